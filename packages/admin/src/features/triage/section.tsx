import { FireOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The hot-topic list's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/triage',
  label: 'nav.triage',
  icon: <FireOutlined />,
  needs: { permission: 'triage.read' },
  Routes: lazy(() => import('./routes')),
};
