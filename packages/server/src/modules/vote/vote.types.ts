import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';

@ObjectType({ description: 'One vote record of a community.' })
export class Vote {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

export const VoteConnection = ConnectionType(Vote, 'Vote', 'vote');
export const VotePayload = PayloadType(Vote, 'Vote', 'vote', 'vote');

@ArgsType()
export class VoteListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose vote records to list.' })
  communityId: string;
}
