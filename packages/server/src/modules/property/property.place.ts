import type { EntityManager } from 'typeorm';
import { PERMISSIONS } from '../../auth/permissions.js';
import { can, requireViewer } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { fail, notFound } from '../../common/errors.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { BindingStatus } from '../identity/identity.enums.js';
import { EstateEntity } from '../org/estate.entity.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import { PropertyReasons as R } from './property.errors.js';
import { type EstatePlace, placeOf } from './property.policy.js';

/** An estate's place in the tree (NOT_FOUND when there is no such estate; the policy decides the rest). */
export async function estatePlace(m: EntityManager, estateId: string): Promise<EstatePlace> {
  const estate = await unscoped(m, 'the place of a new record, checked by the policy next')
    .repo(EstateEntity)
    .findOneBy({ id: estateId });
  if (!estate) throw notFound('Estate');
  return { streetId: estate.streetId, communityId: estate.communityId, estateId: estate.id };
}

/**
 * The property company that publishes for an estate as `viewer`: their own company when it serves
 * the estate, else (a system administrator) the company serving it; CONFLICT when none does.
 */
export async function publisherOf(m: EntityManager, viewer: Viewer, estateId: string): Promise<string> {
  const links = await unscoped(m, 'which companies serve the estate (a public fact of the tree)')
    .query(OrganisationEstateEntity, 'l')
    .innerJoin(OrganisationEntity, 'o', 'o.id = l.organisationId')
    .where('l.estateId = :estateId', { estateId })
    .andWhere('o.kind = :kind', { kind: OrganisationKind.PROPERTY_COMPANY })
    .orderBy('l.createdAt', 'ASC')
    .getMany();
  if (links.length === 0) throw fail(R.PROPERTY_NO_COMPANY, 'No property company serves the estate');
  const own = new Set(viewer.grants.map((g) => g.organisationId).filter(Boolean));
  return (links.find((l) => own.has(l.organisationId)) ?? links[0])?.organisationId as string;
}

/**
 * Whether the viewer may read an estate's property records: staff in reach, or a resident with an
 * approved household there (the record-level form of `filterEstateRecords`).
 */
export async function canReadEstate(m: EntityManager, viewer: Viewer | null, place: EstatePlace): Promise<boolean> {
  const v = requireViewer(viewer);
  if (can(v, 'property.read', placeOf(place))) return true;
  if (v.grantsFor(PERMISSIONS['property.residentRead']).length === 0) return false;
  return unscoped(m, "the viewer's own household bindings")
    .repo(HouseholdBindingEntity)
    .existsBy({ userId: v.userId, estateId: place.estateId, status: BindingStatus.APPROVED });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD` (BAD_USER_INPUT with PROPERTY_BAD_DATE on `field` otherwise). */
export function checkDate(value: string, field: string): string {
  const m = DATE.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value || Number(m[1]) < 1900) {
    throw fail(R.PROPERTY_BAD_DATE, `${field} is not a date YYYY-MM-DD`, { field });
  }
  return value;
}

/** A real month `YYYY-MM`. */
export function checkPeriod(value: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1900) {
    throw fail(R.PROPERTY_BAD_PERIOD, 'period is not a month YYYY-MM', { field: 'period' });
  }
  return value;
}

export const MAX_FEN = 2_000_000_000;

/** An amount in fen: a whole number from 1 to 2,000,000,000. */
export function checkFen(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_FEN) {
    throw fail(R.PROPERTY_BAD_AMOUNT, `${field} must be 1 to ${MAX_FEN} fen`, { field });
  }
  return value;
}

/** A required text, trimmed. */
export function required(value: string, field: string): string {
  const t = value.trim();
  if (!t) throw fail(R.PROPERTY_BLANK, `${field} is blank`, { field });
  return t;
}

/** An optional text, trimmed; blank is null. */
export const optional = (value: string | null | undefined): string | null => value?.trim() || null;
