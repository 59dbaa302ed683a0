import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { PERMISSIONS } from '../../auth/permissions.js';
import { reachFor } from '../../auth/policy.js';
import { applyReach, type Place, type PlaceColumns, type Reach } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../identity/identity.enums.js';
import type { CommunityEntity } from './community.entity.js';
import { OrganisationKind } from './org.enums.js';
import type { OrganisationEntity } from './organisation.entity.js';

/** Place columns of each tree table: a node is placed by its own id at its own level. */
export const PLACE_COLUMNS = {
  street: { street: 'id' },
  community: { street: 'streetId', community: 'id' },
  estate: { street: 'streetId', community: 'communityId', estate: 'id' },
  building: { street: 'streetId', community: 'communityId', estate: 'estateId' },
  household: { street: 'streetId', community: 'communityId', estate: 'estateId' },
} as const satisfies Record<string, PlaceColumns>;

export const placeOfStreet = (s: { id: string }): Place => ({ streetId: s.id, communityId: null, estateId: null });
export const placeOfCommunity = (c: { id: string; streetId: string }): Place => ({
  streetId: c.streetId,
  communityId: c.id,
  estateId: null,
});
export const placeOfEstate = (e: { id: string; streetId: string; communityId: string }): Place => ({
  streetId: e.streetId,
  communityId: e.communityId,
  estateId: e.id,
});
export const placeOfOrganisation = (o: Pick<OrganisationEntity, 'streetId' | 'communityId' | 'estateId'>): Place => ({
  streetId: o.streetId,
  communityId: o.communityId,
  estateId: o.estateId,
});

/**
 * Streets a viewer may read: every street their tree-reading memberships sit in (a community
 * staff member sees the street of their community, not its other communities).
 */
export function readableStreetIds(viewer: Viewer | null): { all: boolean; ids: string[] } {
  const reach = reachFor(viewer, 'tree.read');
  if (reach.all) return { all: true, ids: [] };
  const ids = new Set(reach.streetIds);
  for (const g of viewer?.grants ?? []) if (g.role !== Role.SYSTEM_ADMIN && g.streetId) ids.add(g.streetId);
  return { all: false, ids: [...ids] };
}

/**
 * Communities a viewer may read as tree nodes: those in their tree.read reach, plus the
 * communities of the estates property staff and committee members work in (so their tree starts
 * at their community; the community's own data stays out of reach).
 */
export function applyCommunityReach(qb: SelectQueryBuilder<CommunityEntity>, viewer: Viewer | null): void {
  const reach = reachFor(viewer, 'tree.read');
  if (reach.all) return;
  const extra = estateCommunityIds(viewer);
  qb.andWhere(
    new Brackets((w) => {
      w.where(new Brackets((p) => applyReach(p, qb.alias, reach, PLACE_COLUMNS.community)));
      if (extra.length > 0) w.orWhere(`${qb.alias}.id IN (:...estateCommunities)`, { estateCommunities: extra });
    }),
  );
}

export function estateCommunityIds(viewer: Viewer | null): string[] {
  const roles: readonly Role[] = PERMISSIONS['tree.read'];
  return [...new Set((viewer?.grantsFor(roles) ?? []).flatMap((g) => g.estateCommunityIds))];
}

/**
 * Read rule of organisations as a query filter: those placed in reach, those the viewer belongs
 * to, and property companies serving an estate in reach.
 */
export function applyOrganisationReach(
  qb: SelectQueryBuilder<OrganisationEntity>,
  reach: Reach,
  viewer: Viewer | null = null,
): void {
  if (reach.all) return;
  const deptStreets = departmentStreetIds(viewer);
  const inner = qb.subQuery().select('1').from('organisation_estate', 'oe').where(`oe.organisationId = ${qb.alias}.id`);
  applyReach(inner, 'oe', reach, { community: 'communityId', estate: 'estateId' });
  qb.andWhere(
    new Brackets((w) => {
      w.where(
        new Brackets((placed) => {
          applyReach(placed, qb.alias, reach);
        }),
      );
      if (reach.organisationIds.size > 0) {
        w.orWhere(`${qb.alias}.id IN (:...memberOrgIds)`, { memberOrgIds: [...reach.organisationIds] });
      }
      w.orWhere(`EXISTS ${inner.getQuery()}`, inner.getParameters());
      if (deptStreets.length > 0) {
        w.orWhere(`(${qb.alias}.kind = :deptKind AND ${qb.alias}.streetId IN (:...deptStreets))`, {
          deptKind: OrganisationKind.DEPARTMENT,
          deptStreets,
        });
      }
    }),
  );
}

/**
 * Streets whose departments (职能部门) a viewer may read beyond their reach: community staff
 * escalate tickets (上报) to the departments of their street, which sit at street level.
 */
export function departmentStreetIds(viewer: Viewer | null): string[] {
  return [
    ...new Set(
      (viewer?.grantsFor([Role.COMMUNITY_STAFF]) ?? []).map((g) => g.streetId).filter((x): x is string => !!x),
    ),
  ];
}
