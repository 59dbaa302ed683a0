import type { AuthChecker } from 'type-graphql';
import type { Role } from '../auth/roles.js';
import { unauthenticated } from '../common/errors.js';
import type { RequestContext } from './context.js';

/**
 * The role gate (`@Authorized(roles)`): the viewer must hold one of the roles somewhere. Scope is
 * checked by the module policies. Failing the gate reads as UNAUTHENTICATED when signed out, and
 * NOT_FOUND-style denial is left to the policies; a signed-in viewer without the role gets FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw context.authError ?? unauthenticated();
  return roles.length === 0 || context.viewer.hasRole(...roles);
};
