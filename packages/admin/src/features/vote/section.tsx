import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The owners' votes menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/vote',
  label: 'nav.vote',
  icon: <AuditOutlined />,
  needs: { permission: 'vote.read' },
  Routes: lazy(() => import('./routes')),
};
