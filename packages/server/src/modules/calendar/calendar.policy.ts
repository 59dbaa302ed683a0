import { type Action, PERMISSIONS } from '../../auth/permissions.js';
import { requireViewer } from '../../auth/policy.js';
import type { Grant, Viewer } from '../../auth/viewer.js';
import { DomainError, ErrorCode } from '../../common/errors.js';

/**
 * The working-day calendar is one table for the whole platform: it sits at no place of the
 * tenancy tree, so its rules are place-less — the viewer must hold one of the action's roles
 * anywhere (a street administrator of any street may edit the national holiday schedule).
 */
export function canOnCalendar(viewer: Viewer | null, action: Action): boolean {
  return viewer !== null && viewer.grantsFor(PERMISSIONS[action]).length > 0;
}

/** FORBIDDEN unless the viewer may perform `action` on the calendar; returns the acting grant. */
export function assertCalendar(viewer: Viewer | null, action: Action): { viewer: Viewer; grant: Grant } {
  const v = requireViewer(viewer);
  const grant = v.grantsFor(PERMISSIONS[action])[0];
  if (!grant) throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed to ${action}`);
  return { viewer: v, grant };
}
