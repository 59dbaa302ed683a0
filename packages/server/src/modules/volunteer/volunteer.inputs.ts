import { Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';

@InputType({ description: 'Create a volunteer record in a community.' })
export class CreateVolunteerInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Its name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;
}
