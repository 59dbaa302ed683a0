import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { HoursStatus, SignupStatus } from './volunteer.enums.js';

@ObjectType({ description: 'A volunteer of a community (志愿者).' })
export class VolunteerProfile {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { description: 'The resident.' })
  userId: string;

  @Field(() => [String], { description: 'Skills (free tags).' })
  skills: string[];

  @Field(() => String, { nullable: true, description: 'Availability in words.' })
  availability: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Party member (党员): staff only; null for anyone else.' })
  partyMember: boolean | null;

  @Field(() => Boolean, { description: 'Opted in (false once withdrawn).' })
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'The volunteer-offer ticket it was made from (staff only).' })
  sourceTicketId: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt: Date;
}

@ObjectType({ description: 'A volunteer activity (志愿活动).' })
export class VolunteerActivity {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description: string | null;

  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt: Date;

  @Field(() => String, { description: 'Where.' })
  place: string;

  @Field(() => Int, { description: 'Places.' })
  capacity: number;

  @Field(() => Int, { description: 'Places taken.' })
  signedUpCount: number;

  @Field(() => ID, { nullable: true, description: 'The organising organisation.' })
  organiserOrganisationId: string | null;

  @Field(() => [String], { description: 'Skills wanted.' })
  skillsWanted: string[];

  @Field(() => Int, { description: 'Points per approved hour.' })
  pointsPerHour: number;

  @Field(() => Date, { description: 'Sign-up deadline.' })
  signupDeadline: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The check-in code to show at the place: staff who manage it only.',
  })
  checkCode: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt: Date;
}

@ObjectType({ description: "A resident's place on an activity's list, with check-in/out and hours." })
export class VolunteerSignup {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => ID, { description: 'The resident.' })
  userId: string;

  @Field(() => SignupStatus, { description: 'Signed up, waiting or cancelled.' })
  status: SignupStatus;

  @Field(() => Int, { description: 'Arrival order on the list (1 upwards).' })
  position: number;

  @Field(() => Date, { nullable: true, description: 'Checked in at.' })
  checkedInAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Checked out at.' })
  checkedOutAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Minutes recorded between check-in and check-out.' })
  recordedMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes approved by staff (these count).' })
  approvedMinutes: number | null;

  @Field(() => HoursStatus, { description: 'None, recorded (awaiting approval) or approved.' })
  hoursStatus: HoursStatus;

  @Field(() => String, { nullable: true, description: 'Why staff corrected the hours.' })
  correctionReason: string | null;

  @Field(() => Date, { description: 'When they signed up.' })
  createdAt: Date;
}

@ObjectType({ description: 'Approved volunteer hours of one year.' })
export class VolunteerYear {
  @Field(() => Int, { description: 'The year (of the activity, Asia/Shanghai).' })
  year: number;

  @Field(() => Int, { description: 'Approved minutes.' })
  minutes: number;

  @Field(() => Int, { description: 'Activities with approved hours.' })
  activities: number;
}

@ObjectType({ description: "A resident's volunteer record: approved hours per year." })
export class VolunteerRecord {
  @Field(() => [VolunteerYear], { description: 'Per year, newest first.' })
  years: VolunteerYear[];

  @Field(() => Int, { description: 'All approved minutes.' })
  totalMinutes: number;

  @Field(() => Int, { description: 'Activities with approved hours.' })
  activities: number;
}

export const VolunteerProfileConnection = ConnectionType(VolunteerProfile, 'VolunteerProfile', 'volunteer');
export const VolunteerActivityConnection = ConnectionType(VolunteerActivity, 'VolunteerActivity', 'activity');
export const VolunteerSignupConnection = ConnectionType(VolunteerSignup, 'VolunteerSignup', 'sign-up');

@ObjectType({ description: 'Result of a change to a volunteer profile.' })
export class VolunteerProfilePayload {
  @Field(() => VolunteerProfile, { description: 'The profile.' })
  profile: VolunteerProfile;
}
@ObjectType({ description: 'Result of creating an activity.' })
export class VolunteerActivityPayload {
  @Field(() => VolunteerActivity, { description: 'The activity.' })
  activity: VolunteerActivity;
}
@ObjectType({ description: 'Result of a change to a sign-up.' })
export class VolunteerSignupPayload {
  @Field(() => VolunteerSignup, { description: 'The sign-up as it is now.' })
  signup: VolunteerSignup;
}

@ArgsType()
export class VolunteersArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { nullable: true, description: 'Only volunteers with this skill tag.' })
  skill?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Include those who withdrew.' })
  includeInactive: boolean;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;
}

@ArgsType()
export class SignupsArgs extends PageArgs {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => SignupStatus, { nullable: true, description: 'Only this status.' })
  status?: SignupStatus | null;
}

@ArgsType()
export class HoursQueueArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => HoursStatus, {
    defaultValue: HoursStatus.RECORDED,
    description: 'Hours in this state (default: awaiting approval).',
  })
  hoursStatus: HoursStatus;
}
