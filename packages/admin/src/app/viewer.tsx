import { createContext, type ReactNode, useContext } from 'react';
import type { MeQuery, Role } from '../gql/graphql';

export interface ViewerInfo {
  me: MeQuery['me'];
  roles: Role[];
}

const ViewerContext = createContext<ViewerInfo | null>(null);

export function ViewerProvider({ me, children }: { me: MeQuery['me']; children: ReactNode }) {
  const roles = [...new Set(me.memberships.map((m) => m.role))];
  return <ViewerContext.Provider value={{ me, roles }}>{children}</ViewerContext.Provider>;
}

/** The signed-in staff member (from `me`), for role-aware menus and buttons. */
export function useViewer(): ViewerInfo {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside ViewerProvider');
  return v;
}
