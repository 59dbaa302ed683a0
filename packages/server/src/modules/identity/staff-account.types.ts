import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { User } from './identity.types.js';

@ObjectType({ description: 'A one-time code to set a password: shown once, to the administrator who issued it.' })
export class OneTimeCode {
  @Field(() => String, {
    description: 'The code (e.g. K7MQ-2XPA-9HTD). Shown only in this answer; the server keeps a hash.',
  })
  code: string;

  @Field(() => Date, { description: 'When the code stops working (it also stops once used).' })
  expiresAt: Date;
}

@ObjectType({ description: 'Result of `createStaffAccount`.' })
export class CreateStaffAccountPayload {
  @Field(() => User, { description: 'The new account (phone masked).' })
  user: User;

  @Field(() => OneTimeCode, { description: 'The code with which the staff member sets their first password.' })
  setupCode: OneTimeCode;
}

@ObjectType({ description: 'Result of `resetStaffPassword`.' })
export class ResetStaffPasswordPayload {
  @Field(() => User, { description: 'The staff member (phone masked).' })
  user: User;

  @Field(() => OneTimeCode, { description: 'The code with which the staff member sets a new password.' })
  resetCode: OneTimeCode;
}

@ObjectType({ description: 'Result of `setPasswordWithCode`.' })
export class SetPasswordWithCodePayload {
  @Field(() => Boolean, { description: 'True once the password is set; every earlier session has ended.' })
  ok: boolean;
}

@ObjectType({ description: 'One signed-in device or browser of the viewer (a refresh-token family).' })
export class Session {
  @Field(() => ID, { description: 'Opaque id (pass it to `revokeSession`).' })
  id: string;

  @Field(() => Date, { description: 'When the session last signed in or refreshed its tokens.' })
  lastActiveAt: Date;

  @Field(() => Date, { description: 'When the refresh token of the session expires.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The browser or app that signed in (User-Agent, shortened).' })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'Network address it last used, the last part masked.' })
  ip: string | null;

  @Field(() => Boolean, { description: 'True for the session this request is made with.' })
  current: boolean;

  /** The row behind it (cursor position). */
  createdAt: Date;
}

export const SessionConnection = ConnectionType(Session, 'Session', 'session');

@ObjectType({ description: 'Result of `revokeSession`.' })
export class RevokeSessionPayload {
  @Field(() => ID, { description: 'The session that ended.' })
  sessionId: string;

  @Field(() => Boolean, { description: 'False when it had already ended.' })
  revoked: boolean;
}

@ObjectType({ description: 'Result of `signOutOtherSessions`.' })
export class SignOutOtherSessionsPayload {
  @Field(() => Int, { description: 'How many other sessions were ended.' })
  count: number;
}
