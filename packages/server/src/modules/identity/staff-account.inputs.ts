import { Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { Role, ScopeKind } from './identity.enums.js';
import { PASSWORD_PATTERN, PASSWORD_RULE, PHONE } from './identity.inputs.js';

@InputType({ description: 'A new staff account with its first role (the rules of `grantMembership`).' })
export class CreateStaffAccountInput {
  @Field(() => String, { description: 'Mainland mobile number, 11 digits; the login.' })
  @Matches(PHONE, { message: 'phone must be an 11-digit mainland mobile number' })
  phone: string;

  @Field(() => String, { description: 'Name to show, 1 to 30 characters.' })
  @CodePointLength(1, 30)
  displayName: string;

  @Field(() => Role, { description: 'The first role: a staff role (not RESIDENT).' })
  role: Role;

  @Field(() => ScopeKind, { description: 'Kind of the scope node (see `roleDefinitions`).' })
  scopeKind: ScopeKind;

  @Field(() => ID, { nullable: true, description: 'Scope node id; null only for SYSTEM.' })
  scopeId?: string;
}

@InputType({ description: 'Issue a one-time code with which a staff member sets a new password.' })
export class ResetStaffPasswordInput {
  @Field(() => ID, { description: 'The staff member.' })
  userId: string;
}

@InputType({ description: 'Set a new password with a one-time code from an administrator (sign-in page).' })
export class SetPasswordWithCodeInput {
  @Field(() => String, { description: 'The one-time code, as shown to the administrator (case and dashes ignored).' })
  @CodePointLength(6, 40)
  code: string;

  @Field(() => String, { description: `The new password: ${PASSWORD_RULE}, at most 72.` })
  @CodePointLength(8, 72)
  @Matches(PASSWORD_PATTERN, { message: `newPassword must have ${PASSWORD_RULE}` })
  newPassword: string;
}

@InputType({ description: 'Change the own display name.' })
export class UpdateMyProfileInput {
  @Field(() => String, { description: 'Name to show, 1 to 30 characters.' })
  @CodePointLength(1, 30)
  displayName: string;
}

@InputType({ description: 'End one of the own sessions.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'The session (`Session.id`).' })
  sessionId: string;
}
