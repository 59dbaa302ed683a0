import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';

@InputType({ description: "A resident's own volunteer profile in a community (opt in or out)." })
export class SaveMyVolunteerProfileInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => [String], { description: 'Skills as free tags (古筝, first aid …), at most 20, each 1-30 characters.' })
  @ArrayMaxSize(20)
  @CodePointLength(1, 30, { each: true })
  skills: string[];

  @Field(() => String, { nullable: true, description: 'When they are available, in words (0-300 characters).' })
  @CodePointLength(0, 300)
  availability?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False to withdraw as a volunteer (default true).' })
  active?: boolean | null;
}

@InputType({ description: 'Make the resident who raised a volunteer-offer ticket a volunteer (staff).' })
export class CreateVolunteerFromTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => [String], { description: 'Skills taken from the ticket, at most 20, each 1-30 characters.' })
  @ArrayMaxSize(20)
  @CodePointLength(1, 30, { each: true })
  skills: string[];

  @Field(() => String, { nullable: true, description: 'Availability in words (0-300 characters).' })
  @CodePointLength(0, 300)
  availability?: string | null;
}

@InputType({ description: "Staff change a volunteer's profile." })
export class UpdateVolunteerInput {
  @Field(() => ID, { description: 'The profile.' })
  profileId: string;

  @Field(() => [String], {
    nullable: true,
    description: 'New skills (replace the old), at most 20, each 1-30 characters.',
  })
  @ArrayMaxSize(20)
  @CodePointLength(1, 30, { each: true })
  skills?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Availability (0-300 characters).' })
  @CodePointLength(0, 300)
  availability?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Party member (shown to staff only).' })
  partyMember?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Active volunteer.' })
  active?: boolean | null;
}

@InputType({ description: 'A new volunteer activity (staff).' })
export class CreateActivityInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Title (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => String, { nullable: true, description: 'Description (0-5000 characters).' })
  @CodePointLength(0, 5000)
  description?: string | null;

  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End (after the start).' })
  endsAt: Date;

  @Field(() => String, { description: 'Where (1-200 characters).' })
  @CodePointLength(1, 200)
  place: string;

  @Field(() => Int, { description: 'Places (1-1000); more sign-ups wait.' })
  @Min(1)
  @Max(1000)
  capacity: number;

  @Field(() => ID, { nullable: true, description: 'The organising organisation.' })
  organiserOrganisationId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Skills wanted, at most 20, each 1-30 characters.' })
  @ArrayMaxSize(20)
  @CodePointLength(1, 30, { each: true })
  skillsWanted?: string[] | null;

  @Field(() => Int, { description: 'Points per approved hour (0-100).' })
  @Min(0)
  @Max(100)
  pointsPerHour: number;

  @Field(() => Date, { nullable: true, description: 'Sign-up deadline (default: the start; not after it).' })
  signupDeadline?: Date | null;
}

@InputType({ description: 'Sign up for an activity (a resident of its community).' })
export class SignUpInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;
}

@InputType({ description: 'Cancel a sign-up (its resident, or staff); the waiting list moves up.' })
export class CancelSignupInput {
  @Field(() => ID, { description: 'The sign-up.' })
  signupId: string;
}

@InputType({
  description:
    'Check in or out: staff give the sign-up; a volunteer gives the activity and the code shown at the place.',
})
export class CheckInput {
  @Field(() => ID, { nullable: true, description: 'The sign-up (staff).' })
  signupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The activity (a volunteer with the code).' })
  activityId?: string | null;

  @Field(() => String, { nullable: true, description: 'The code shown at the place (1-8 characters).' })
  @CodePointLength(1, 8)
  code?: string | null;
}

@InputType({ description: 'Approve recorded hours, or correct them with a reason (staff).' })
export class ApproveHoursInput {
  @Field(() => ID, { description: 'The sign-up.' })
  signupId: string;

  @Field(() => Int, { nullable: true, description: 'Minutes to approve (default: as recorded).' })
  minutes?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the minutes differ from those recorded (0-500 characters).',
  })
  @CodePointLength(0, 500)
  reason?: string | null;
}
