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
import { type RoleDefinition, rolesAreStaff, rolesMay } from './roles';

export interface Section {
  /** URL prefix (also the menu key). */
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /**
   * Who sees the section: every staff role, or the roles that count for a server permission
   * (`roleDefinitions`); the server checks scope again on every request.
   */
  needs: 'staff' | { permission: string };
  /** The feature's routes, loaded on first visit. */
  Routes: ComponentType;
}

const LISTED: Section[] = [
  {
    path: '/tickets',
    label: 'nav.tickets',
    icon: <MessageOutlined />,
    needs: 'staff',
    Routes: lazy(() => import('../features/tickets/routes')),
  },
  {
    path: '/org',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    needs: 'staff',
    Routes: lazy(() => import('../features/org/routes')),
  },
  {
    path: '/organisations',
    label: 'nav.organisations',
    icon: <BankOutlined />,
    needs: 'staff',
    Routes: lazy(() => import('../features/organisations/routes')),
  },
  {
    path: '/users',
    label: 'nav.users',
    icon: <TeamOutlined />,
    needs: { permission: 'user.read' },
    Routes: lazy(() => import('../features/users/routes')),
  },
  {
    path: '/verification',
    label: 'nav.verification',
    icon: <SafetyCertificateOutlined />,
    needs: { permission: 'binding.review' },
    Routes: lazy(() => import('../features/verification/routes')),
  },
  {
    path: '/audit',
    label: 'nav.audit',
    icon: <AuditOutlined />,
    needs: { permission: 'audit.read' },
    Routes: lazy(() => import('../features/audit/routes')),
  },
  {
    path: '/ticket-settings',
    label: 'nav.ticketSettings',
    icon: <SettingOutlined />,
    needs: 'staff',
    Routes: lazy(() => import('../features/tickets/settings-routes')),
  },
];

/**
 * Sections features declare in their own `section.tsx` (as `pnpm gen:module` writes them), after the
 * ones listed above: a new feature adds its file, not a line here. The routes stay lazy.
 */
const DECLARED = Object.values(
  import.meta.glob<{ section: Section }>('../features/*/section.tsx', { eager: true }),
).map((m) => m.section);

export const SECTIONS: Section[] = [...LISTED, ...DECLARED];

export const sectionsFor = (definitions: readonly RoleDefinition[], roles: readonly Role[]) =>
  SECTIONS.filter((s) =>
    s.needs === 'staff' ? rolesAreStaff(definitions, roles) : rolesMay(definitions, roles, s.needs.permission),
  );

/**
 * The section a path belongs to: the longest section path that is the path or a parent of it, so
 * `/organisations` is not taken for `/org` (a prefix of its name, not of its path).
 */
export function sectionOf<S extends Pick<Section, 'path'>>(sections: readonly S[], pathname: string): S | undefined {
  return sections
    .filter((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
