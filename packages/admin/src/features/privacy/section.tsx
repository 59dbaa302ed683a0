import { UserDeleteOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The privacy feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/privacy',
  label: 'nav.privacy',
  icon: <UserDeleteOutlined />,
  needs: { permission: 'privacy.erasure.manage' },
  Routes: lazy(() => import('./routes')),
};
