import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';

@ObjectType({ description: 'One triage record of a community.' })
export class Triage {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

export const TriageConnection = ConnectionType(Triage, 'Triage', 'triage');
export const TriagePayload = PayloadType(Triage, 'Triage', 'triage', 'triage');

@ArgsType()
export class TriageListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose triage records to list.' })
  communityId: string;
}
