import { Field, Int, ObjectType } from 'type-graphql';
import { AuthPayload } from './identity.types.js';

@ObjectType({
  description: 'Answer of `requestSmsCode`: the same whether or not the phone has an account.',
})
export class SmsCodeRequestPayload {
  @Field(() => Boolean, { description: 'Always true: a code is on its way.' })
  sent: boolean;

  @Field(() => Int, { description: 'Seconds the code stays valid.' })
  expiresInSeconds: number;

  @Field(() => Int, { description: 'Seconds before another code may be requested for this phone.' })
  resendAfterSeconds: number;
}

@ObjectType({
  description:
    'Answer of `loginWithWechat`: a session when the WeChat user is linked to an account; otherwise a link token for `linkWechatPhone`.',
})
export class WechatLoginPayload {
  @Field(() => AuthPayload, { nullable: true, description: 'The session, when the WeChat user is linked.' })
  session: AuthPayload | null;

  @Field(() => String, {
    nullable: true,
    description: 'When not linked: pass it to `linkWechatPhone` with the phone proof (short-lived, single use).',
  })
  linkToken: string | null;

  @Field(() => Date, { nullable: true, description: 'When the link token expires.' })
  linkTokenExpiresAt: Date | null;
}
