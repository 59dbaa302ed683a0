import { DomainError, ErrorCode, notFound, unauthenticated } from '../common/errors.js';
import { type Action, PERMISSIONS } from './permissions.js';
import { inReach, type Place, type Reach, reachOf } from './reach.js';
import type { Role } from './roles.js';
import { type Grant, Viewer } from './viewer.js';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The part of the tree where `viewer` may perform `action`: the read rule as a query filter. */
export function reachFor(viewer: Viewer | null, action: Action): Reach {
  return reachOf(requireViewer(viewer), PERMISSIONS[action]);
}

export function can(viewer: Viewer | null, action: Action, place: Place): boolean {
  return viewer !== null && inReach(reachOf(viewer, PERMISSIONS[action]), place);
}

/**
 * Asserts `action` on a record at `place`. A record the viewer cannot even read is reported as
 * NOT_FOUND (its existence is not revealed); one they can read but not act on is FORBIDDEN.
 */
export function authorize(
  viewer: Viewer | null,
  action: Action,
  place: Place,
  what: string,
  readAction: Action,
): Viewer {
  const v = requireViewer(viewer);
  if (can(v, action, place)) return v;
  if (!can(v, readAction, place)) throw notFound(what);
  throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed to ${action} this ${what.toLowerCase()}`);
}

/** The membership through which the viewer performs `action` at `place` (recorded in the audit log). */
export function actingGrant(viewer: Viewer, action: Action, place: Place): Grant | null {
  const roles: readonly Role[] = PERMISSIONS[action];
  for (const g of viewer.grantsFor(roles)) {
    if (inReach(reachOf(new Viewer(viewer.userId, viewer.displayName, viewer.sessionFamilyId, [g]), roles), place)) {
      return g;
    }
  }
  return null;
}

/**
 * For a record the viewer has already been shown (its read rule passed): FORBIDDEN unless they may
 * perform `action` on it.
 */
export function assertCan(viewer: Viewer | null, action: Action, place: Place, what: string): Viewer {
  const v = requireViewer(viewer);
  if (!can(v, action, place))
    throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed to ${action} this ${what.toLowerCase()}`);
  return v;
}
