import { IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PASSWORD_PATTERN, PASSWORD_RULE, PHONE } from './identity.inputs.js';
import { SmsPurpose } from './signin.enums.js';

const PHONE_MESSAGE = 'phone must be an 11-digit mainland mobile number';

@InputType({ description: 'Ask for an SMS one-time code.' })
export class RequestSmsCodeInput {
  @Field(() => String, { description: 'Mainland mobile number, 11 digits.' })
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone: string;

  @Field(() => SmsPurpose, { description: 'What the code will be used for; it works for nothing else.' })
  purpose: SmsPurpose;
}

@InputType({ description: 'Sign in with a phone and the code sent by `requestSmsCode(phone, LOGIN)`.' })
export class LoginWithSmsCodeInput {
  @Field(() => String, { description: 'Mainland mobile number, 11 digits.' })
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone: string;

  @Field(() => String, { description: 'The 6-digit code.' })
  @CodePointLength(1, 10)
  smsCode: string;
}

@InputType({
  description: 'Set a new password with the code sent by `requestSmsCode(phone, RESET_PASSWORD)`; every session ends.',
})
export class ResetPasswordWithSmsCodeInput {
  @Field(() => String, { description: 'Mainland mobile number, 11 digits.' })
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone: string;

  @Field(() => String, { description: 'The 6-digit code.' })
  @CodePointLength(1, 10)
  smsCode: string;

  @Field(() => String, { description: `The new password: ${PASSWORD_RULE}, at most 72.` })
  @CodePointLength(8, 72)
  @Matches(PASSWORD_PATTERN, { message: `newPassword must have ${PASSWORD_RULE}` })
  newPassword: string;
}

@InputType({ description: 'Sign in from the WeChat mini program.' })
export class LoginWithWechatInput {
  @Field(() => String, { description: 'The code `wx.login()` gave the mini program (valid 5 minutes, single use).' })
  @CodePointLength(1, 128)
  code: string;
}

@InputType({
  description:
    'Link a WeChat sign-in to a phone number: with the code of the mini program’s `getPhoneNumber` button (`phoneCode`), or with `phone` and an SMS code of purpose LINK_PHONE.',
})
export class LinkWechatPhoneInput {
  @Field(() => String, { description: 'The link token `loginWithWechat` returned.' })
  @CodePointLength(1, 300)
  linkToken: string;

  @Field(() => String, {
    nullable: true,
    description: 'The code of `<button open-type="getPhoneNumber">` (`e.detail.code`).',
  })
  @IsOptional()
  @CodePointLength(1, 128)
  phoneCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Instead of `phoneCode`: the phone number …' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '… and its SMS code of purpose LINK_PHONE.' })
  @IsOptional()
  @CodePointLength(1, 10)
  smsCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Name to show when this creates a new account (1 to 30 characters); default 居民 and the last 4 digits.',
  })
  @IsOptional()
  @CodePointLength(1, 30)
  displayName?: string | null;
}
