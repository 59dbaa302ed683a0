import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The api-client feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/api-client',
  label: 'nav.apiClient',
  icon: <AppstoreOutlined />,
  needs: { permission: 'apiclient.read' },
  Routes: lazy(() => import('./routes')),
};
