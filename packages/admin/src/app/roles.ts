import type { MeQuery, Role } from '../gql/graphql';

/** The server's role rules (`roleDefinitions`): where each role is granted and what it counts for. */
export type RoleDefinition = MeQuery['roleDefinitions'][number];

/**
 * Whether any of `held` counts for a server permission (`membership.manage`, `audit.read` …, as
 * `roleDefinitions` lists them). Scope is not known here: the server checks it on every request.
 */
export const rolesMay = (definitions: readonly RoleDefinition[], held: readonly Role[], permission: string) =>
  definitions.some((d) => held.includes(d.role) && d.permissions.includes(permission));

/** Whether any of `held` is a staff role (the console is for staff). */
export const rolesAreStaff = (definitions: readonly RoleDefinition[], held: readonly Role[]) =>
  definitions.some((d) => held.includes(d.role) && d.staff);
