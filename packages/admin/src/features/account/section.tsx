import { UserOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** 我的账号 — every staff member's own account (collected by app/sections.tsx). */
export const section: Section = {
  path: '/account',
  label: 'nav.account',
  icon: <UserOutlined />,
  needs: 'staff',
  Routes: lazy(() => import('./routes')),
};
