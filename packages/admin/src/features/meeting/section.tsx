import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The meeting feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/meeting',
  label: 'nav.meeting',
  icon: <AppstoreOutlined />,
  needs: { permission: 'meeting.read' },
  Routes: lazy(() => import('./routes')),
};
