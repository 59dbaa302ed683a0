import { Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';

@InputType({ description: 'Create a analysis record in a community.' })
export class CreateAnalysisInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Its name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;
}
