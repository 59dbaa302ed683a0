import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import type { MessageKey } from '../i18n';
import { MANAGER_ROLES, STAFF_ROLES } from './roles';

export interface Section {
  /** URL prefix (also the menu key). */
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Roles that see the section; the server checks scope again on every request. */
  roles: readonly Role[];
  /** The feature's routes, loaded on first visit. */
  Routes: ComponentType;
}

export const SECTIONS: Section[] = [
  {
    path: '/tickets',
    label: 'nav.tickets',
    icon: <MessageOutlined />,
    roles: STAFF_ROLES,
    Routes: lazy(() => import('../features/tickets/routes')),
  },
  {
    path: '/org',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    roles: STAFF_ROLES,
    Routes: lazy(() => import('../features/org/routes')),
  },
  {
    path: '/organisations',
    label: 'nav.organisations',
    icon: <BankOutlined />,
    roles: STAFF_ROLES,
    Routes: lazy(() => import('../features/organisations/routes')),
  },
  {
    path: '/users',
    label: 'nav.users',
    icon: <TeamOutlined />,
    roles: MANAGER_ROLES,
    Routes: lazy(() => import('../features/users/routes')),
  },
  {
    path: '/verification',
    label: 'nav.verification',
    icon: <SafetyCertificateOutlined />,
    roles: MANAGER_ROLES,
    Routes: lazy(() => import('../features/verification/routes')),
  },
  {
    path: '/audit',
    label: 'nav.audit',
    icon: <AuditOutlined />,
    roles: MANAGER_ROLES,
    Routes: lazy(() => import('../features/audit/routes')),
  },
  {
    path: '/ticket-settings',
    label: 'nav.ticketSettings',
    icon: <SettingOutlined />,
    roles: STAFF_ROLES,
    Routes: lazy(() => import('../features/tickets/settings-routes')),
  },
];

export const sectionsFor = (roles: readonly Role[]) => SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r)));
