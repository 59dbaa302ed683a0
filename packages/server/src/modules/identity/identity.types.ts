import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import { OrganisationKind } from '../org/org.enums.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from './identity.enums.js';

@ObjectType({ description: 'What the viewer may do with a user.' })
export class UserViewerCan {
  @Field(() => Boolean, { description: 'May see the phone number in full (`revealUserPhone`, audited).' })
  revealPhone: boolean;

  @Field(() => Boolean, { description: 'May disable or enable the account.' })
  disable: boolean;

  @Field(() => Boolean, { description: 'May grant memberships to this user.' })
  grantMembership: boolean;
}

@ObjectType({ description: 'A person with a login. The phone number is personal data and is masked.' })
export class User {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => String, { description: 'Name shown to staff and, unless a ticket is anonymous, to residents.' })
  displayName: string;

  @Field(() => String, {
    description: 'Phone number, masked (138****1234) except for the user themself; see `revealUserPhone`.',
  })
  phone: string;

  @Field(() => Boolean, { description: 'Party member (党员) — shown as a badge.' })
  isPartyMember: boolean;

  @Field(() => Boolean, { description: 'True when an administrator has disabled the account.' })
  disabled: boolean;

  @Field(() => Date, { description: 'When the account was registered.' })
  createdAt: Date;
}

@ObjectType({ description: 'A role held in a scope: user × role × scope node.' })
export class Membership {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Role, { description: 'The role.' })
  role: Role;

  @Field(() => ScopeKind, { description: 'Kind of the scope node.' })
  scopeKind: ScopeKind;

  @Field(() => ID, { nullable: true, description: 'Id of the scope node (null for SYSTEM).' })
  scopeId: string | null;

  @Field(() => Date, { description: 'When the membership was granted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while active.' })
  revokedAt: Date | null;

  userId: string;
  streetId: string | null;
  communityId: string | null;
  estateId: string | null;
  organisationId: string | null;
}

@ObjectType({ description: 'What the viewer may do with a household binding.' })
export class BindingViewerCan {
  @Field(() => Boolean, { description: 'May approve the binding.' })
  approve: boolean;

  @Field(() => Boolean, { description: 'May reject the binding.' })
  reject: boolean;
}

@ObjectType({ description: "A resident's request to be bound to a household, and its verification." })
export class HouseholdBinding {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => HouseholdRelation, { description: 'How the resident relates to the household.' })
  relation: HouseholdRelation;

  @Field(() => BindingStatus, { description: 'Verification state.' })
  status: BindingStatus;

  @Field(() => String, { nullable: true, description: 'Reason given when rejected or revoked.' })
  reason: string | null;

  @Field(() => Date, { description: 'When the resident asked.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff decided.' })
  reviewedAt: Date | null;

  userId: string;
  householdId: string;
  streetId: string;
  communityId: string;
  estateId: string;
  reviewedById: string | null;
}

@ObjectType({ description: 'Tokens of a new or refreshed session.' })
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the `Authorization` header; lives at most 15 minutes.' })
  accessToken: string;

  @Field(() => Date, { description: 'When the access token expires.' })
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    description:
      'Single-use token for `refreshSession`. Each use returns a new one; reusing an old one ends the session.',
  })
  refreshToken: string;

  @Field(() => Date, { description: 'When the refresh token expires.' })
  refreshTokenExpiresAt: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user: User;
}

@ObjectType({ description: 'Result of `logout`.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'True once the session is ended.' })
  ok: boolean;
}

@ObjectType({ description: 'A phone number shown in full, once; the reveal is written to the audit log.' })
export class RevealPhonePayload {
  @Field(() => ID, { description: 'The user whose number this is.' })
  userId: string;

  @Field(() => String, { description: 'The full phone number.' })
  phone: string;
}

export const UserConnection = ConnectionType(User, 'User', 'user');
export const HouseholdBindingConnection = ConnectionType(HouseholdBinding, 'HouseholdBinding', 'household binding');
export const UserPayload = PayloadType(User, 'User', 'user', 'user');
export const MembershipPayload = PayloadType(Membership, 'Membership', 'membership', 'membership');
export const HouseholdBindingPayload = PayloadType(
  HouseholdBinding,
  'HouseholdBinding',
  'binding',
  'household binding',
);

@ObjectType({ description: 'What a role is and where it is granted: the rules the server applies, for clients.' })
export class RoleDefinition {
  @Field(() => Role, { description: 'The role.' })
  role: Role;

  @Field(() => [ScopeKind], { description: 'Kinds of scope the role is granted on (grantMembership checks it).' })
  scopeKinds: ScopeKind[];

  @Field(() => OrganisationKind, {
    nullable: true,
    description: 'On ORGANISATION scope: the kind of organisation the role is granted in.',
  })
  organisationKind: OrganisationKind | null;

  @Field(() => Boolean, { description: 'A staff role (works in the console); RESIDENT is not.' })
  staff: boolean;

  @Field(() => [String], {
    description:
      'Actions (`area.verb`, e.g. `membership.manage`) the role’s memberships count for, wherever their scope reaches the record.',
  })
  permissions: string[];
}
