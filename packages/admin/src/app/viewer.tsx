import { createContext, type ReactNode, useContext } from 'react';
import type { MeQuery, Role } from '../gql/graphql';
import { type RoleDefinition, rolesMay } from './roles';

export interface ViewerInfo {
  me: MeQuery['me'];
  roles: Role[];
  /** The server's role rules, loaded with `me`. */
  definitions: readonly RoleDefinition[];
  /** Whether a role the viewer holds counts for a server permission (scope is checked by the server). */
  may(permission: string): boolean;
}

const ViewerContext = createContext<ViewerInfo | null>(null);

export function ViewerProvider({
  me,
  definitions,
  children,
}: {
  me: MeQuery['me'];
  definitions: readonly RoleDefinition[];
  children: ReactNode;
}) {
  const roles = [...new Set(me.memberships.map((m) => m.role))];
  const may = (permission: string) => rolesMay(definitions, roles, permission);
  return <ViewerContext.Provider value={{ me, roles, definitions, may }}>{children}</ViewerContext.Provider>;
}

/** The signed-in staff member (from `me`), for role-aware menus and buttons. */
export function useViewer(): ViewerInfo {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside ViewerProvider');
  return v;
}
