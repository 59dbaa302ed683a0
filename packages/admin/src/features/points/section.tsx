import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The points feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/points',
  label: 'nav.points',
  icon: <TrophyOutlined />,
  needs: { permission: 'points.read' },
  Routes: lazy(() => import('./routes')),
};
