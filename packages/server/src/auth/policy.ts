import { DomainError, ErrorCode, notFound, unauthenticated } from '../common/errors.js';
import { type Action, PERMISSIONS } from './permissions.js';
import { inReach, type Place, type Reach, reachOf } from './reach.js';
import type { Viewer } from './viewer.js';

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
