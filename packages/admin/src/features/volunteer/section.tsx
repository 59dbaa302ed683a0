import { HeartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The volunteer feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/volunteer',
  label: 'nav.volunteer',
  icon: <HeartOutlined />,
  needs: { permission: 'volunteer.read' },
  Routes: lazy(() => import('./routes')),
};
