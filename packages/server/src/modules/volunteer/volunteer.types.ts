import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';

@ObjectType({ description: 'One volunteer record of a community.' })
export class Volunteer {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

export const VolunteerConnection = ConnectionType(Volunteer, 'Volunteer', 'volunteer');
export const VolunteerPayload = PayloadType(Volunteer, 'Volunteer', 'volunteer', 'volunteer');

@ArgsType()
export class VolunteerListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose volunteer records to list.' })
  communityId: string;
}
