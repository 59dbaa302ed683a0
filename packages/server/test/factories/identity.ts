/**
 * Factories of people: accounts, verified (or pending) residents and staff of any role and scope.
 * Each creates the place it is not given; `token()` signs the person in through the API once.
 */
import { hashPassword } from '../../src/auth/password.js';
import { HouseholdBindingEntity } from '../../src/modules/identity/household-binding.entity.js';
import { MembershipEntity } from '../../src/modules/identity/membership.entity.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import type { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import type { OrganisationEntity } from '../../src/modules/org/organisation.entity.js';
import type { StreetEntity } from '../../src/modules/org/street.entity.js';
import { type FactoryContext, must, seq } from './context.js';
import { buildCommunity, buildHousehold, buildOrganisation, buildStreet } from './org.js';

/** The password of every factory-made account. */
export const FACTORY_PASSWORD = 'Factory@123';
let hash: Promise<string> | undefined;

let phones = 0;
/** A phone number unique within this file's database. */
export const factoryPhone = () =>
  `137${String(process.pid % 1000).padStart(3, '0')}${String(++phones % 100000).padStart(5, '0')}`;

export interface Person {
  user: UserEntity;
  /** The membership the factory granted (none for a plain account or a pending resident). */
  membership: MembershipEntity | null;
  /** An access token, signing in through the API on first use. */
  token(): Promise<string>;
}

function person(f: FactoryContext, user: UserEntity, membership: MembershipEntity | null): Person {
  let token: Promise<string> | undefined;
  return {
    user,
    membership,
    token() {
      token ??= must<{ login: { accessToken: string } }>(
        f,
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { phone: user.phone, password: FACTORY_PASSWORD } },
      ).then((d) => d.login.accessToken);
      return token;
    },
  };
}

/** A resident and the household they are bound to. */
export type Resident = Person & { household: HouseholdEntity; binding: HouseholdBindingEntity };

/** An account with no role at all. */
export async function buildUser(f: FactoryContext, o: { displayName?: string } = {}): Promise<Person> {
  hash ??= hashPassword(FACTORY_PASSWORD);
  const user = await f.db.dataSource.getRepository(UserEntity).save({
    phone: factoryPhone(),
    passwordHash: await hash,
    displayName: o.displayName ?? `用户${seq()}`.slice(0, 50),
    isPartyMember: false,
    disabledAt: null,
    tokenVersion: 0,
  } as UserEntity);
  return person(f, user, null);
}

export type RoleName =
  | 'RESIDENT'
  | 'COMMUNITY_STAFF'
  | 'PROPERTY_STAFF'
  | 'COMMITTEE_MEMBER'
  | 'DEPARTMENT_STAFF'
  | 'STREET_ADMIN'
  | 'SYSTEM_ADMIN';

interface Place {
  streetId: string | null;
  communityId: string | null;
  estateId: string | null;
  organisationId: string | null;
}

async function grant(
  f: FactoryContext,
  user: UserEntity,
  role: RoleName,
  scopeKind: string,
  scopeId: string | null,
  p: Place,
) {
  return f.db.dataSource.getRepository(MembershipEntity).save({
    userId: user.id,
    role,
    scopeKind,
    scopeId,
    ...p,
    grantedById: null,
    revokedAt: null,
    revokedById: null,
  } as unknown as MembershipEntity);
}

/**
 * A resident bound to a household (a new one in `community`, or a new community, if not given):
 * verified (an approved binding and the RESIDENT role of the community) unless `verified: false`,
 * which leaves the binding pending in the verification queue.
 */
export async function buildResident(
  f: FactoryContext,
  o: { community?: CommunityEntity; household?: HouseholdEntity; verified?: boolean; displayName?: string } = {},
): Promise<Resident> {
  const household = o.household ?? (await buildHousehold(f, { community: o.community }));
  const verified = o.verified ?? true;
  const { user } = await buildUser(f, { displayName: o.displayName ?? `居民${seq()}`.slice(0, 50) });
  const binding = await f.db.dataSource.getRepository(HouseholdBindingEntity).save({
    userId: user.id,
    householdId: household.id,
    streetId: household.streetId,
    communityId: household.communityId,
    estateId: household.estateId,
    relation: 'OWNER',
    status: verified ? 'APPROVED' : 'PENDING',
    reason: null,
    reviewedById: null,
    reviewedAt: verified ? new Date() : null,
    version: 1,
  } as unknown as HouseholdBindingEntity);
  const membership = verified
    ? await grant(f, user, 'RESIDENT', 'COMMUNITY', household.communityId, {
        streetId: household.streetId,
        communityId: household.communityId,
        estateId: null,
        organisationId: null,
      })
    : null;
  return { ...person(f, user, membership), household, binding };
}

/**
 * A staff member of a role, scoped as the role is: a street admin to a street, community staff to
 * a community, property staff to a property company, a committee member to an owners' committee
 * (each made if `scope` is not given); a system admin to the system.
 */
export async function buildStaff(
  f: FactoryContext,
  o: {
    role: Exclude<RoleName, 'RESIDENT'>;
    scope?: StreetEntity | CommunityEntity | OrganisationEntity;
    displayName?: string;
  },
): Promise<Person> {
  const { user } = await buildUser(f, { displayName: o.displayName ?? `${o.role}-${seq()}`.slice(0, 50) });
  let membership: MembershipEntity;
  switch (o.role) {
    case 'SYSTEM_ADMIN':
      membership = await grant(f, user, o.role, 'SYSTEM', null, {
        streetId: null,
        communityId: null,
        estateId: null,
        organisationId: null,
      });
      break;
    case 'STREET_ADMIN': {
      const street = (o.scope as StreetEntity | undefined) ?? (await buildStreet(f));
      membership = await grant(f, user, o.role, 'STREET', street.id, {
        streetId: street.id,
        communityId: null,
        estateId: null,
        organisationId: null,
      });
      break;
    }
    case 'COMMUNITY_STAFF': {
      const c = (o.scope as CommunityEntity | undefined) ?? (await buildCommunity(f));
      membership = await grant(f, user, o.role, 'COMMUNITY', c.id, {
        streetId: c.streetId,
        communityId: c.id,
        estateId: null,
        organisationId: null,
      });
      break;
    }
    default: {
      const kind =
        o.role === 'PROPERTY_STAFF'
          ? 'PROPERTY_COMPANY'
          : o.role === 'DEPARTMENT_STAFF'
            ? 'DEPARTMENT'
            : 'OWNERS_COMMITTEE';
      const org = (o.scope as OrganisationEntity | undefined) ?? (await buildOrganisation(f, { kind }));
      if (org.kind !== kind) throw new Error(`buildStaff: ${o.role} belongs to a ${kind}, not a ${org.kind}`);
      membership = await grant(f, user, o.role, 'ORGANISATION', org.id, {
        streetId: org.streetId,
        communityId: org.communityId,
        estateId: org.estateId,
        organisationId: org.id,
      });
    }
  }
  return person(f, user, membership);
}
