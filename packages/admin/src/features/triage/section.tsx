import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The triage feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/triage',
  label: 'nav.triage',
  icon: <AppstoreOutlined />,
  needs: { permission: 'triage.read' },
  Routes: lazy(() => import('./routes')),
};
