import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The publication feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/publication',
  label: 'nav.publication',
  icon: <AppstoreOutlined />,
  needs: { permission: 'publication.read' },
  Routes: lazy(() => import('./routes')),
};
