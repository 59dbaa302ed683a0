import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { allow, type Policy } from '../../auth/abilities.js';
import { type Action, PERMISSIONS } from '../../auth/permissions.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place, type PlaceColumns, type Reach } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../identity/identity.enums.js';
import { BuildingEntity } from './building.entity.js';
import { CommunityEntity } from './community.entity.js';
import { EstateEntity } from './estate.entity.js';
import { HouseholdEntity } from './household.entity.js';
import { OrganisationKind } from './org.enums.js';
import { OrganisationEntity } from './organisation.entity.js';
import { StreetEntity } from './street.entity.js';

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

// ---- read rules as query filters ------------------------------------------------------------

/** A tree table read through the reach of `action` on its place columns. */
const placedRead = <E extends { id: string }>(
  entity: ReadRule<E>['entity'],
  what: string,
  action: Action,
  cols: PlaceColumns,
): ReadRule<E> => ({
  entity,
  what,
  filter: (qb, viewer) => applyReach(qb, qb.alias, reachFor(viewer, action), cols),
});

export const streetRead: ReadRule<StreetEntity> = {
  entity: StreetEntity,
  what: 'Street',
  filter: (qb, viewer) => {
    const readable = readableStreetIds(viewer);
    if (!readable.all) {
      qb.andWhere(readable.ids.length ? `${qb.alias}.id IN (:...readableStreets)` : '1 = 0', {
        readableStreets: readable.ids,
      });
    }
  },
};
export const communityRead: ReadRule<CommunityEntity> = {
  entity: CommunityEntity,
  what: 'Community',
  filter: applyCommunityReach,
};
export const estateRead = placedRead<EstateEntity>(EstateEntity, 'Estate', 'tree.read', PLACE_COLUMNS.estate);
export const buildingRead = placedRead<BuildingEntity>(BuildingEntity, 'Building', 'tree.read', PLACE_COLUMNS.building);
export const householdRead = placedRead<HouseholdEntity>(
  HouseholdEntity,
  'Household',
  'household.read',
  PLACE_COLUMNS.household,
);
export const organisationRead: ReadRule<OrganisationEntity> = {
  entity: OrganisationEntity,
  what: 'Organisation',
  filter: (qb, viewer) => applyOrganisationReach(qb, reachFor(viewer, 'organisation.read'), viewer),
};

/** The read rule of estates for a row already loaded (e.g. the estates a company serves). */
export const readsEstate = (viewer: Viewer | null, e: { id: string; streetId: string; communityId: string }) =>
  can(viewer, 'tree.read', placeOfEstate(e));

// ---- abilities -----------------------------------------------------------------------------

export type TreeNodeAbility = 'update' | 'archive' | 'createChild';

/**
 * The abilities of a tree node (and an organisation) from the action that manages it and the one
 * that creates its children: `TreeNode.viewerCan` serialises it, the tree service authorises with
 * it. The node has been read through its read rule before any ability is asked.
 */
function nodePolicy(what: string, manage: Action, createChild: Action | null): Policy<Place, TreeNodeAbility> {
  return allow<Place, TreeNodeAbility>({
    what,
    read: () => true,
    abilities: {
      update: (v, p) => can(v, manage, p),
      archive: (v, p) => can(v, manage, p),
      createChild: (v, p) => createChild !== null && can(v, createChild, p),
    },
  });
}

/**
 * Who manages each level of the tree, and who creates its children: the table the tree's
 * policies, its service and the audit rows share. `root` is the tree itself (streets are its
 * children).
 */
export const TREE_ACTIONS = {
  root: { manage: 'street.manage', createChild: 'street.manage' },
  street: { manage: 'street.manage', createChild: 'community.manage' },
  community: { manage: 'community.manage', createChild: 'estate.manage' },
  estate: { manage: 'estate.manage', createChild: 'estate.manage' },
  building: { manage: 'estate.manage', createChild: 'estate.manage' },
  household: { manage: 'estate.manage', createChild: null },
} as const satisfies Record<string, { manage: Action; createChild: Action | null }>;

export type TreeLevel = Exclude<keyof typeof TREE_ACTIONS, 'root'>;

export const treePolicies = {
  root: nodePolicy('Tree', TREE_ACTIONS.root.manage, TREE_ACTIONS.root.createChild),
  street: nodePolicy('Street', TREE_ACTIONS.street.manage, TREE_ACTIONS.street.createChild),
  community: nodePolicy('Community', TREE_ACTIONS.community.manage, TREE_ACTIONS.community.createChild),
  estate: nodePolicy('Estate', TREE_ACTIONS.estate.manage, TREE_ACTIONS.estate.createChild),
  building: nodePolicy('Building', TREE_ACTIONS.building.manage, TREE_ACTIONS.building.createChild),
  household: nodePolicy('Household', TREE_ACTIONS.household.manage, TREE_ACTIONS.household.createChild),
} satisfies Record<keyof typeof TREE_ACTIONS, Policy<Place, TreeNodeAbility>>;

/** Organisations: managed like tree nodes; `createChild` at a place means creating an organisation there. */
export const organisationPolicy = nodePolicy('Organisation', 'organisation.manage', null);
export const organisationPlacePolicy = nodePolicy('Place', 'organisation.manage', 'organisation.manage');

/** Room numbers are personal data: in full only for roles that need them (or the resident's own binding). */
export const seesRoom = (viewer: Viewer | null, h: Place): boolean => can(viewer, 'household.readRoom', h);
