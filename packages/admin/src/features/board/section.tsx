import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The board feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/board',
  label: 'nav.board',
  icon: <AppstoreOutlined />,
  needs: { permission: 'board.read' },
  Routes: lazy(() => import('./routes')),
};
