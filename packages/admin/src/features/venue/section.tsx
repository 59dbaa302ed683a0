import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The venue feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/venue',
  label: 'nav.venue',
  icon: <CalendarOutlined />,
  needs: { permission: 'venue.manage' },
  Routes: lazy(() => import('./routes')),
};
