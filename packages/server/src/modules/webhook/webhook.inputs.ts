import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { WebhookEventType } from './webhook.enums.js';

@InputType({ description: 'Subscribe an organisation’s receiver to events.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The owner organisation: events are delivered within its scope only. With an app key it is the app’s organisation (omit it, or name that one); without, it is required.',
  })
  organisationId?: string | null;

  @Field(() => String, { description: 'A name for people (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;

  @Field(() => String, {
    description:
      'The receiver URL (at most 500 characters): https; http only to a loopback host outside production; never a private address in production.',
  })
  @CodePointLength(1, 500)
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events to hear (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  events: WebhookEventType[];
}

@InputType({ description: 'Pause or resume a webhook subscription.' })
export class SetWebhookSubscriptionPausedInput {
  @Field(() => ID, { description: 'The subscription.' })
  id: string;

  @Field(() => Boolean, {
    description: 'true: hold deliveries; false: resume (the failure count starts again, held deliveries are sent).',
  })
  paused: boolean;
}
