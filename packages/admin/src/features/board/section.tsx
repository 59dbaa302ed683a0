import { NotificationOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** 公示与回访's menu entry and routes (collected by app/sections.tsx): staff who moderate a community. */
export const section: Section = {
  path: '/board',
  label: 'nav.board',
  icon: <NotificationOutlined />,
  needs: { permission: 'board.moderate' },
  Routes: lazy(() => import('./routes')),
};
