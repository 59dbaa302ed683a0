import { ApiOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The webhook feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/webhook',
  label: 'nav.webhook',
  icon: <ApiOutlined />,
  needs: { permission: 'webhook.manage' },
  Routes: lazy(() => import('./routes')),
};
