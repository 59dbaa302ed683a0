import { hashPassword } from '../../src/auth/password.js';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity.js';
import { HouseholdBindingEntity } from '../../src/modules/identity/household-binding.entity.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from '../../src/modules/identity/identity.enums.js';
import { MembershipEntity } from '../../src/modules/identity/membership.entity.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import { StreetEntity } from '../../src/modules/org/street.entity.js';
import type { World } from './world.js';

let seq = 0;
/** A unique suffix for names and phone numbers within a test run. */
export const uniq = () => `${process.pid % 1000}${Date.now() % 100000}${++seq}`;
export const uniquePhone = () =>
  `136${String(Date.now() % 1e5).padStart(5, '0')}${String(++seq % 1000).padStart(3, '0')}`;

let hash: Promise<string> | undefined;
const fixtureHash = () => {
  hash ??= hashPassword('Fixture@123');
  return hash;
};

type Where = 'boxue' | 'xingyi';

export async function freshUser(w: World): Promise<UserEntity> {
  return w.ds.getRepository(UserEntity).save({
    phone: uniquePhone(),
    passwordHash: await fixtureHash(),
    displayName: `fixture ${uniq()}`,
    isPartyMember: false,
    disabledAt: null,
    tokenVersion: 0,
  } as UserEntity);
}

/** A household of the community (tianju for Boxue, 兴议花园 for Xingyi). */
export async function householdIn(w: World, where: Where): Promise<HouseholdEntity> {
  const estateId = where === 'boxue' ? w.estate.tianju : w.estate.xingyiGarden;
  const rows = await w.ds
    .getRepository(HouseholdEntity)
    .find({ where: { estateId }, order: { id: 'ASC' }, take: 1, skip: seq++ % 40 });
  if (!rows[0]) throw new Error('no household');
  return rows[0];
}

export async function pendingBinding(w: World, where: Where): Promise<HouseholdBindingEntity> {
  const user = await freshUser(w);
  const h = await householdIn(w, where);
  return w.ds.getRepository(HouseholdBindingEntity).save({
    userId: user.id,
    householdId: h.id,
    streetId: h.streetId,
    communityId: h.communityId,
    estateId: h.estateId,
    relation: HouseholdRelation.TENANT,
    status: BindingStatus.PENDING,
    reason: null,
    reviewedById: null,
    reviewedAt: null,
    version: 1,
  } as HouseholdBindingEntity);
}

export async function residentMembership(w: World, where: Where): Promise<MembershipEntity> {
  const user = await freshUser(w);
  const communityId = w.community[where];
  return w.ds.getRepository(MembershipEntity).save({
    userId: user.id,
    role: Role.RESIDENT,
    scopeKind: ScopeKind.COMMUNITY,
    scopeId: communityId,
    streetId: w.streetId,
    communityId,
    estateId: null,
    organisationId: null,
    grantedById: null,
    revokedAt: null,
    revokedById: null,
  } as MembershipEntity);
}

export async function otherStreet(w: World): Promise<StreetEntity> {
  return w.ds
    .getRepository(StreetEntity)
    .save({ name: `城厢街道${uniq()}`, district: '杭州市萧山区', archivedAt: null } as StreetEntity);
}

export async function auditRowIn(w: World, where: Where): Promise<void> {
  await w.ds.getRepository(AuditLogEntity).save({
    actorId: w.user.system,
    actorRole: 'SYSTEM_ADMIN',
    scopeKind: 'SYSTEM',
    scopeId: null,
    streetId: w.streetId,
    communityId: w.community[where],
    operation: 'fixture.action',
    targetType: 'Community',
    targetId: w.community[where],
    summary: '{}',
    requestId: null,
    ip: null,
  } as AuditLogEntity);
}
