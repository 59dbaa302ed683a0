import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from './identity.enums.js';

/** Mainland China mobile numbers. */
export const PHONE = /^1[3-9]\d{9}$/;
export const PASSWORD_RULE = 'at least 8 characters with a letter and a digit';
/**
 * A letter and a digit somewhere. Anchored: unanchored, the engine retried both lookaheads from
 * every position, and a 100,000-character password without a digit took 10-25 s of CPU to refuse
 * (class-validator runs every constraint, the length check does not stop it; found by test/hostile).
 */
export const PASSWORD_PATTERN = /^(?=[\s\S]*[A-Za-z])(?=[\s\S]*\d)/;

@InputType({ description: 'Self-registration of a resident.' })
export class RegisterResidentInput {
  @Field(() => String, { description: 'Mainland mobile number, 11 digits; the login.' })
  @Matches(PHONE, { message: 'phone must be an 11-digit mainland mobile number' })
  phone: string;

  @Field(() => String, {
    description:
      'The code sent by `requestSmsCode(phone, REGISTER)`: proves the phone is yours (6 digits, valid 5 minutes).',
  })
  @CodePointLength(1, 10)
  smsCode: string;

  @Field(() => String, {
    nullable: true,
    description: `Password: ${PASSWORD_RULE}, at most 72. Optional: without one the account signs in by SMS code (or WeChat) until a password is set with \`resetPasswordWithSmsCode\`.`,
  })
  @IsOptional()
  @CodePointLength(8, 72)
  @Matches(PASSWORD_PATTERN, { message: `password must have ${PASSWORD_RULE}` })
  password?: string | null;

  @Field(() => String, { description: 'Name to show, 1 to 30 characters.' })
  @CodePointLength(1, 30)
  displayName: string;
}

@InputType({ description: 'Sign-in with phone and password.' })
export class LoginInput {
  @Field(() => String, { description: 'Mobile number.' })
  @CodePointLength(1, 20)
  phone: string;

  @Field(() => String, { description: 'Password.' })
  @CodePointLength(1, 200)
  password: string;
}

@InputType({ description: 'Exchange a refresh token for new tokens.' })
export class RefreshSessionInput {
  @Field(() => String, { description: 'The latest refresh token of the session.' })
  @CodePointLength(20, 200)
  refreshToken: string;
}

@InputType({ description: 'Change the own password; every other session ends.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  @CodePointLength(1, 200)
  currentPassword: string;

  @Field(() => String, { description: `The new password: ${PASSWORD_RULE}.` })
  @CodePointLength(8, 72)
  @Matches(PASSWORD_PATTERN, { message: `newPassword must have ${PASSWORD_RULE}` })
  newPassword: string;
}

@InputType({ description: 'Ask to be bound to a household; community staff verify it.' })
export class RequestHouseholdBindingInput {
  @Field(() => ID, { description: 'The building (find it with `estateDirectory` and `buildingDirectory`).' })
  buildingId: string;

  @Field(() => String, { defaultValue: '', description: 'Unit, e.g. 1单元 (empty when the building has none).' })
  @CodePointLength(0, 20)
  unit: string;

  @Field(() => String, { description: 'Room number as on the door, e.g. 502.' })
  @CodePointLength(1, 20)
  room: string;

  @Field(() => HouseholdRelation, { description: 'How you relate to the household.' })
  relation: HouseholdRelation;
}

@InputType({ description: 'Approve a pending household binding.' })
export class ApproveHouseholdBindingInput {
  @Field(() => ID, { description: 'The binding.' })
  bindingId: string;
}

@InputType({ description: 'Reject a pending household binding, or revoke an approved one, with a reason.' })
export class RejectHouseholdBindingInput {
  @Field(() => ID, { description: 'The binding.' })
  bindingId: string;

  @Field(() => String, { description: 'Reason shown to the resident, 2 to 200 characters.' })
  @CodePointLength(2, 200)
  reason: string;
}

@InputType({ description: 'Grant a role in a scope.' })
export class GrantMembershipInput {
  @Field(() => ID, { description: 'The user.' })
  userId: string;

  @Field(() => Role, { description: 'The role.' })
  role: Role;

  @Field(() => ScopeKind, { description: 'Kind of scope node; must fit the role.' })
  scopeKind: ScopeKind;

  @Field(() => ID, { nullable: true, description: 'The scope node (omit for SYSTEM).' })
  scopeId?: string;
}

@InputType({ description: 'Revoke a membership.' })
export class RevokeMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  membershipId: string;
}

@InputType({ description: 'Show a user’s phone number in full (audited).' })
export class RevealUserPhoneInput {
  @Field(() => ID, { description: 'The user.' })
  userId: string;
}

@InputType({ description: 'Disable or enable an account. Disabling ends its sessions.' })
export class SetUserDisabledInput {
  @Field(() => ID, { description: 'The user.' })
  userId: string;

  @Field(() => Boolean, { description: 'true disables, false enables.' })
  disabled: boolean;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only users with a membership or household in this community.' })
  communityId?: string;

  @Field(() => Role, { nullable: true, description: 'Only users holding this role.' })
  role?: Role;

  @Field(() => String, {
    nullable: true,
    description:
      'Name contains this text; or a full 11-digit phone number, matched exactly (each such search is audited).',
  })
  @IsOptional()
  @CodePointLength(1, 30)
  search?: string;
}

@ArgsType()
export class BindingListArgs extends PageArgs {
  @Field(() => BindingStatus, {
    nullable: true,
    description: 'Only bindings in this state (PENDING for the verification queue).',
  })
  status?: BindingStatus;

  @Field(() => ID, { nullable: true, description: 'Only bindings in this community.' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only bindings in this estate.' })
  estateId?: string;
}
