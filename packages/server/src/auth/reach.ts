import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import { Role } from './roles.js';
import type { Viewer } from './viewer.js';

/** Where a record sits in the tenancy tree (the columns every placed record carries). */
export interface Place {
  streetId: string | null;
  communityId: string | null;
  estateId: string | null;
}

/** The part of the tree a viewer reaches through the memberships of some roles. */
export interface Reach {
  all: boolean;
  streetIds: Set<string>;
  communityIds: Set<string>;
  estateIds: Set<string>;
  organisationIds: Set<string>;
}

export function reachOf(viewer: Viewer | null, roles: readonly Role[]): Reach {
  const reach: Reach = {
    all: false,
    streetIds: new Set(),
    communityIds: new Set(),
    estateIds: new Set(),
    organisationIds: new Set(),
  };
  if (!viewer) return reach;
  for (const g of viewer.grantsFor(roles)) {
    switch (g.role) {
      case Role.SYSTEM_ADMIN:
        reach.all = true;
        break;
      case Role.STREET_ADMIN:
        if (g.streetId) reach.streetIds.add(g.streetId);
        break;
      case Role.COMMUNITY_STAFF:
      case Role.RESIDENT:
        if (g.communityId) reach.communityIds.add(g.communityId);
        break;
      case Role.PROPERTY_STAFF:
      case Role.COMMITTEE_MEMBER:
        for (const e of g.estateIds) reach.estateIds.add(e);
        if (g.organisationId) reach.organisationIds.add(g.organisationId);
        break;
    }
  }
  return reach;
}

export function isEmptyReach(r: Reach): boolean {
  return !r.all && r.streetIds.size === 0 && r.communityIds.size === 0 && r.estateIds.size === 0;
}

export function inReach(r: Reach, p: Place): boolean {
  if (r.all) return true;
  if (p.streetId && r.streetIds.has(p.streetId)) return true;
  if (p.communityId && r.communityIds.has(p.communityId)) return true;
  return Boolean(p.estateId && r.estateIds.has(p.estateId));
}

export interface PlaceColumns {
  street?: string;
  community?: string;
  estate?: string;
}

let paramSeq = 0;

/**
 * Turns a reach into a WHERE clause on the given alias: the read rule of a policy becomes a query
 * filter, so out-of-scope rows are never loaded. An empty reach matches nothing.
 */
export function applyReach(
  qb: WhereExpressionBuilder,
  alias: string,
  r: Reach,
  cols: PlaceColumns = { street: 'streetId', community: 'communityId', estate: 'estateId' },
): void {
  if (r.all) return;
  const n = ++paramSeq;
  const parts = (
    [
      [cols.street, r.streetIds, `rs${n}`],
      [cols.community, r.communityIds, `rc${n}`],
      [cols.estate, r.estateIds, `re${n}`],
    ] as const
  ).filter(([col, ids]) => col && ids.size > 0);
  if (parts.length === 0) {
    qb.andWhere('1 = 0');
    return;
  }
  // A plain `col IN (…)` when one kind of place is in reach (the usual case): the planner then serves
  // it from the place indexes, which a constant `1 = 0 OR …` in front hid from it.
  qb.andWhere(
    new Brackets((w) => {
      for (const [i, [col, ids, param]] of parts.entries()) {
        const cond = `${alias}.${col} IN (:...${param})`;
        if (i === 0) w.where(cond, { [param]: [...ids] });
        else w.orWhere(cond, { [param]: [...ids] });
      }
    }),
  );
}
