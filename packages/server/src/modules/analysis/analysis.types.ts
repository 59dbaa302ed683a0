import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';

@ObjectType({ description: 'One analysis record of a community.' })
export class Analysis {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

export const AnalysisConnection = ConnectionType(Analysis, 'Analysis', 'analysis');
export const AnalysisPayload = PayloadType(Analysis, 'Analysis', 'analysis', 'analysis');

@ArgsType()
export class AnalysisListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose analysis records to list.' })
  communityId: string;
}
