import { NotificationOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The disclosures feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/publication',
  label: 'nav.publication',
  icon: <NotificationOutlined />,
  needs: { permission: 'publication.read' },
  Routes: lazy(() => import('./routes')),
};
