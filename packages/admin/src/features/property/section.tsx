import { ToolOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The property feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/property',
  label: 'nav.property',
  icon: <ToolOutlined />,
  needs: { permission: 'property.read' },
  Routes: lazy(() => import('./routes')),
};
