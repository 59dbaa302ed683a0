import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import { allow } from '../../auth/abilities.js';
import { PERMISSIONS } from '../../auth/permissions.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import { Role } from '../../auth/roles.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import {
  EquipmentEntity,
  FeeStandardEntity,
  MaintenanceRecordEntity,
  PropertyContractEntity,
  RevenueEntryEntity,
  RevenuePeriodEntity,
} from './property.entity.js';
import { PropertyReasons as R } from './property.errors.js';

/** Where an estate record sits in the tenancy tree. */
export interface EstatePlace {
  streetId: string;
  communityId: string;
  estateId: string;
}
export const placeOf = (r: EstatePlace): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: r.estateId,
});

let seq = 0;

/**
 * The read rule of every property record, as a query filter: staff where they hold
 * `property.read` (street, community, the estates their company or committee serves) and
 * residents for the estates of their approved households (`property.residentRead`). Nothing here
 * is a draft: what a company publishes is public to the estate's residents.
 */
export function filterEstateRecords(qb: WhereExpressionBuilder, alias: string, viewer: Viewer | null): void {
  const staff = reachFor(viewer, 'property.read');
  if (staff.all) return;
  const resident = (viewer as Viewer).grantsFor(PERMISSIONS['property.residentRead']).length > 0;
  const n = ++seq;
  qb.andWhere(
    new Brackets((w) => {
      w.where('1 = 0');
      w.orWhere(new Brackets((x) => applyReach(x, alias, staff)));
      if (resident) {
        w.orWhere(
          `${alias}.estateId IN (SELECT hb.estateId FROM household_binding hb WHERE hb.userId = :pv${n} AND hb.status = 'APPROVED')`,
          { [`pv${n}`]: (viewer as Viewer).userId },
        );
      }
    }),
  );
}

function rule<E extends EstatePlace & { id: string; createdAt: Date }>(entity: new () => E, what: string): ReadRule<E> {
  return { entity, what, filter: (qb, viewer) => filterEstateRecords(qb, qb.alias, viewer) };
}

export const contractRead = rule(PropertyContractEntity, 'PropertyContract');
export const feeStandardRead = rule(FeeStandardEntity, 'FeeStandard');
export const revenueEntryRead = rule(RevenueEntryEntity, 'RevenueEntry');
export const revenuePeriodRead = rule(RevenuePeriodEntity, 'RevenuePeriod');
export const equipmentRead = rule(EquipmentEntity, 'Equipment');
export const maintenanceRecordRead = rule(MaintenanceRecordEntity, 'MaintenanceRecord');

/**
 * Whether a viewer may see an estate's records, judged without the database: staff by reach;
 * residents by their community (the query filter narrows them to their own estates; here it only
 * decides NOT_FOUND versus FORBIDDEN for a refused write).
 */
const readsPlace = (v: Viewer, p: EstatePlace) =>
  can(v, 'property.read', placeOf(p)) || v.grantsFor([Role.RESIDENT]).some((g) => g.communityId === p.communityId);

/** What a viewer may do with an estate's property records: publish is for the companies serving it. */
export const estatePolicy = allow({
  what: 'Estate',
  read: readsPlace,
  forbidden: R.PROPERTY_NOT_PUBLISHER,
  abilities: {
    publish: (v, p: EstatePlace) => can(v, 'property.publish', placeOf(p)),
  },
});

/** Configuring maintenance intervals is the community's (its staff, street and system administrators). */
export const rulePolicy = allow({
  what: 'Community',
  read: (v, p: { streetId: string; communityId: string }) =>
    can(v, 'property.read', { ...p, estateId: null }) ||
    can(v, 'property.configure', { ...p, estateId: null }) ||
    v.grants.some(
      (g) =>
        g.estateCommunityIds.includes(p.communityId) || (g.role === Role.RESIDENT && g.communityId === p.communityId),
    ),
  abilities: {
    configure: (v, p: { streetId: string; communityId: string }) =>
      can(v, 'property.configure', { ...p, estateId: null }),
  },
});

/** A ledger period: entries while open, a close once, correcting entries after. */
export const periodPolicy = allow({
  what: 'RevenuePeriod',
  read: readsPlace,
  forbidden: R.PROPERTY_NOT_PUBLISHER,
  abilities: {
    addEntry: (v, p: EstatePlace & { closedAt: Date | null }) => !p.closedAt && can(v, 'property.publish', placeOf(p)),
    close: (v, p: EstatePlace & { closedAt: Date | null }) => !p.closedAt && can(v, 'property.publish', placeOf(p)),
    correct: (v, p: EstatePlace & { closedAt: Date | null }) =>
      Boolean(p.closedAt) && can(v, 'property.publish', placeOf(p)),
  },
});
