import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** 圆桌会: every staff role (invited property staff and committee members read their meetings). */
export const section: Section = {
  path: '/meeting',
  label: 'nav.meeting',
  icon: <TeamOutlined />,
  needs: 'staff',
  Routes: lazy(() => import('./routes')),
};
