import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';

@ObjectType({ description: 'An app (应用) that calls the API with a key; the key itself is shown only once.' })
export class ApiClient {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The organisation that owns the app.' })
  organisationId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => String, { description: 'Public part of the current key (`ak_…`), to recognise it; not a secret.' })
  keyId: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the key before the last rotation is still accepted (null: none).',
  })
  previousKeyValidUntil: Date | null;

  @Field(() => [String], { description: 'Browser origins allowed to call with the key (empty: any).' })
  allowedOrigins: string[];

  @Field(() => Int, { description: 'Cost points per minute.' })
  budgetPerMinute: number;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (null: active).' })
  revokedAt: Date | null;

  @Field(() => Int, { description: 'Version for optimistic locking (`expectedVersion`).' })
  version: number;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt: Date;
}

export const ApiClientConnection = ConnectionType(ApiClient, 'ApiClient', 'app');

@ObjectType({ description: 'Result of a change to an app.' })
export class ApiClientPayload {
  @Field(() => ApiClient, { description: 'The app as it is after the mutation.' })
  apiClient: ApiClient;
}

@ObjectType({ description: 'An app with its new key: the key is shown this once and stored only hashed.' })
export class ApiClientKeyPayload {
  @Field(() => ApiClient, { description: 'The app.' })
  apiClient: ApiClient;

  @Field(() => String, { description: 'The full key `ak_….secret`, to send as the `X-Api-Key` header. Shown once.' })
  key: string;
}

@ArgsType()
export class ApiClientListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Include revoked apps.' })
  includeRevoked: boolean;
}
