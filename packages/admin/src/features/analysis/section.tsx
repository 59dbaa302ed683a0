import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The analysis feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/analysis',
  label: 'nav.analysis',
  icon: <AppstoreOutlined />,
  needs: { permission: 'analysis.read' },
  Routes: lazy(() => import('./routes')),
};
