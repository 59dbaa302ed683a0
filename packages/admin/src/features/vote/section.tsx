import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The vote feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/vote',
  label: 'nav.vote',
  icon: <AppstoreOutlined />,
  needs: { permission: 'vote.read' },
  Routes: lazy(() => import('./routes')),
};
