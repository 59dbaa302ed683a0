import { ArrayMaxSize, Matches, Max, Min } from 'class-validator';

/** An allowed origin: `http(s)://host[:port]`, nothing after (at most 200 characters). */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]{1,180}(:\d{1,5})?$/;

import { Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';

@InputType({ description: 'Register an app that calls the API with a key.' })
export class CreateApiClientInput {
  @Field(() => ID, { description: 'The organisation that owns the app (e.g. a property company for its own system).' })
  organisationId: string;

  @Field(() => String, { description: 'Its name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'Browser origins allowed to call with this key (`https://h5.example.com`); empty: any (server-side apps). At most 20.',
  })
  @ArrayMaxSize(20)
  @Matches(ORIGIN, { each: true, message: 'each allowed origin must be http(s)://host[:port]' })
  allowedOrigins: string[];

  @Field(() => Int, { defaultValue: 6000, description: 'Cost points per minute (60 to 1,000,000).' })
  @Min(60)
  @Max(1_000_000)
  budgetPerMinute: number;
}

@InputType({ description: 'Change an app’s name, origins or budget.' })
export class UpdateApiClientInput {
  @Field(() => ID, { description: 'The app.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name (1-100 characters).' })
  @CodePointLength(1, 100)
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'New allowed origins (replaces the list; at most 20).' })
  @ArrayMaxSize(20)
  @Matches(ORIGIN, { each: true, message: 'each allowed origin must be http(s)://host[:port]' })
  allowedOrigins?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'New budget in cost points per minute (60 to 1,000,000).' })
  @Min(60)
  @Max(1_000_000)
  budgetPerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version the editor saw; a newer one refuses with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Issue a new key for an app; the old one keeps working for the overlap.' })
export class RotateApiClientKeyInput {
  @Field(() => ID, { description: 'The app.' })
  id: string;

  @Field(() => Int, {
    defaultValue: 86400,
    description: 'Seconds the old key stays valid (0 to 604800, one week); 0 ends it at once.',
  })
  @Min(0)
  @Max(604_800)
  overlapSeconds: number;
}

@InputType({ description: 'Revoke an app: its keys are refused from now on.' })
export class RevokeApiClientInput {
  @Field(() => ID, { description: 'The app.' })
  id: string;
}
