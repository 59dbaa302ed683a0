import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgs } from '../../graphql/pagination.js';
import { VolunteerReasons as R } from './volunteer.errors.js';
import {
  ApproveHoursInput,
  CancelSignupInput,
  CheckInput,
  CreateActivityInput,
  CreateVolunteerFromTicketInput,
  SaveMyVolunteerProfileInput,
  SignUpInput,
  UpdateVolunteerInput,
} from './volunteer.inputs.js';
import { toActivity, toProfile, toSignup } from './volunteer.mappers.js';
import {
  ActivitiesArgs,
  HoursQueueArgs,
  SignupsArgs,
  VolunteerActivity,
  VolunteerActivityConnection,
  VolunteerActivityPayload,
  VolunteerProfile,
  VolunteerProfileConnection,
  VolunteerProfilePayload,
  VolunteerRecord,
  VolunteerSignup,
  VolunteerSignupConnection,
  VolunteerSignupPayload,
  VolunteersArgs,
} from './volunteer.types.js';

/** Volunteer service (志愿者服务). Thin: the service decides. */
@Resolver()
export class VolunteerResolver {
  @Authorized()
  @Query(() => VolunteerProfileConnection, { description: "A community's volunteers, with a skill filter (staff)." })
  async volunteers(@Args(() => VolunteersArgs) a: VolunteersArgs, @Ctx() ctx: RequestContext) {
    const c = await ctx.services.volunteers.volunteers(actorOf(ctx), a.communityId, a, a);
    return mapConnection(c, (p) => toProfile(p, ctx.viewer));
  }

  @Authorized()
  @Query(() => VolunteerProfile, {
    nullable: true,
    description: "The viewer's own volunteer profile in a community, if any.",
  })
  async myVolunteerProfile(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    const p = await ctx.services.volunteers.myProfile(actorOf(ctx), communityId);
    return p ? toProfile(p, ctx.viewer) : null;
  }

  @Authorized()
  @Query(() => VolunteerActivityConnection, {
    description: "A community's volunteer activities, newest first (its residents and staff).",
  })
  async volunteerActivities(@Args(() => ActivitiesArgs) a: ActivitiesArgs, @Ctx() ctx: RequestContext) {
    const c = await ctx.services.volunteers.activities(actorOf(ctx), a.communityId, a);
    return mapConnection(c, (x) => toActivity(x, ctx.viewer));
  }

  @Authorized()
  @Query(() => VolunteerActivity, { description: 'One activity (its community’s residents and staff).' })
  async volunteerActivity(
    @Arg('id', () => ID, { description: 'The activity.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return toActivity(await ctx.services.volunteers.activity(actorOf(ctx), id), ctx.viewer);
  }

  @Authorized()
  @Query(() => VolunteerSignupConnection, {
    description: "An activity's list in arrival order: seats, then the waiting list (staff).",
  })
  async volunteerSignups(@Args(() => SignupsArgs) a: SignupsArgs, @Ctx() ctx: RequestContext) {
    // The activity read for the check is the one every row's activityTitle names: kept for them.
    const activity = await ctx.services.volunteers.activity(actorOf(ctx), a.activityId);
    ctx.loaders.volunteerActivity.prime(activity.id, activity);
    return mapConnection(await ctx.services.volunteers.signups(actorOf(ctx), activity, a.status, a), toSignup);
  }

  @Authorized()
  @Query(() => VolunteerSignupConnection, {
    description: 'Hours awaiting approval (or approved) in a community, oldest first (staff).',
  })
  async volunteerHours(@Args(() => HoursQueueArgs) a: HoursQueueArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(
      await ctx.services.volunteers.hoursQueue(actorOf(ctx), a.communityId, a.hoursStatus, a),
      toSignup,
    );
  }

  @Authorized()
  @Query(() => VolunteerSignupConnection, { description: "The viewer's own sign-ups, newest first." })
  async mySignups(@Args(() => PageArgs) a: PageArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.volunteers.mySignups(actorOf(ctx), a), toSignup);
  }

  @Authorized()
  @Query(() => VolunteerRecord, {
    description: "The viewer's volunteer record: approved hours per year (in a community, or everywhere).",
  })
  myVolunteerRecord(
    @Arg('communityId', () => ID, { nullable: true, description: 'Only this community.' }) communityId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.volunteers.record(actorOf(ctx), communityId);
  }

  @Authorized()
  @Mutation(() => VolunteerProfilePayload, {
    description: withReasons('Opt in (or out) as a volunteer of one’s community, with skills and availability.', []),
  })
  async saveMyVolunteerProfile(
    @Arg('input', () => SaveMyVolunteerProfileInput, { description: 'The profile.' })
    input: SaveMyVolunteerProfileInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { profile: toProfile(await ctx.services.volunteers.saveMyProfile(actorOf(ctx), input), ctx.viewer) };
  }

  @Authorized()
  @Mutation(() => VolunteerProfilePayload, {
    description: withReasons(
      'Make the resident who offered to volunteer in a ticket a volunteer, in one step (staff who may read the ticket in full, audited).',
      [],
    ),
  })
  async createVolunteerFromTicket(
    @Arg('input', () => CreateVolunteerFromTicketInput, { description: 'The ticket and skills.' })
    input: CreateVolunteerFromTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { profile: toProfile(await ctx.services.volunteers.createFromTicket(actorOf(ctx), input), ctx.viewer) };
  }

  @Authorized()
  @Mutation(() => VolunteerProfilePayload, {
    description: withReasons("Change a volunteer's skills, availability or party-member flag (staff, audited).", []),
  })
  async updateVolunteer(
    @Arg('input', () => UpdateVolunteerInput, { description: 'The change.' }) input: UpdateVolunteerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { profile: toProfile(await ctx.services.volunteers.updateProfile(actorOf(ctx), input), ctx.viewer) };
  }

  @Authorized()
  @Mutation(() => VolunteerActivityPayload, {
    description: withReasons('Create a volunteer activity (staff, audited).', [R.VOLUNTEER_BAD_ACTIVITY]),
  })
  async createVolunteerActivity(
    @Arg('input', () => CreateActivityInput, { description: 'The activity.' }) input: CreateActivityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { activity: toActivity(await ctx.services.volunteers.createActivity(actorOf(ctx), input), ctx.viewer) };
  }

  @Authorized()
  @Mutation(() => VolunteerSignupPayload, {
    description: withReasons(
      'Sign up: a seat while the capacity lasts, else the waiting list (a resident of the community).',
      [R.VOLUNTEER_SIGNUP_CLOSED],
    ),
  })
  async signUpForActivity(
    @Arg('input', () => SignUpInput, { description: 'The activity.' }) input: SignUpInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { signup: toSignup(await ctx.services.volunteers.signUp(actorOf(ctx), input.activityId)) };
  }

  @Authorized()
  @Mutation(() => VolunteerSignupPayload, {
    description: withReasons('Cancel a sign-up; the first on the waiting list moves up.', [R.VOLUNTEER_WRONG_STEP]),
  })
  async cancelActivitySignup(
    @Arg('input', () => CancelSignupInput, { description: 'The sign-up.' }) input: CancelSignupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { signup: toSignup(await ctx.services.volunteers.cancel(actorOf(ctx), input.signupId)) };
  }

  @Authorized()
  @Mutation(() => VolunteerSignupPayload, {
    description: withReasons(
      'Check a volunteer in: staff by sign-up, or the volunteer with the code shown at the place.',
      [R.VOLUNTEER_NOT_SIGNED_UP, R.VOLUNTEER_WRONG_CODE, R.VOLUNTEER_WRONG_STEP],
    ),
  })
  async checkInVolunteer(
    @Arg('input', () => CheckInput, { description: 'Who.' }) input: CheckInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { signup: toSignup(await ctx.services.volunteers.checkIn(actorOf(ctx), input)) };
  }

  @Authorized()
  @Mutation(() => VolunteerSignupPayload, {
    description: withReasons('Check a volunteer out: the minutes are recorded, awaiting approval.', [
      R.VOLUNTEER_WRONG_CODE,
      R.VOLUNTEER_WRONG_STEP,
    ]),
  })
  async checkOutVolunteer(
    @Arg('input', () => CheckInput, { description: 'Who.' }) input: CheckInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { signup: toSignup(await ctx.services.volunteers.checkOut(actorOf(ctx), input)) };
  }

  @Authorized()
  @Mutation(() => VolunteerSignupPayload, {
    description: withReasons(
      'Approve recorded hours, or correct them with a reason; the points are awarded at once (staff, audited).',
      [R.VOLUNTEER_REASON_REQUIRED, R.VOLUNTEER_WRONG_STEP],
    ),
  })
  async approveVolunteerHours(
    @Arg('input', () => ApproveHoursInput, { description: 'The approval.' }) input: ApproveHoursInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { signup: toSignup(await ctx.services.volunteers.approve(actorOf(ctx), input)) };
  }
}

/** Display names on staff lists, through the user loader. */
@Resolver(() => VolunteerProfile)
export class VolunteerProfileFieldsResolver {
  @FieldResolver(() => String, { description: "The volunteer's display name." })
  async displayName(@Root() p: VolunteerProfile, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.user.load(p.userId))?.displayName ?? '';
  }
}

@Resolver(() => VolunteerSignup)
export class VolunteerSignupFieldsResolver {
  @FieldResolver(() => String, { description: "The volunteer's display name." })
  async displayName(@Root() s: VolunteerSignup, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.user.load(s.userId))?.displayName ?? '';
  }

  @FieldResolver(() => String, { description: "The activity's title." })
  async activityTitle(@Root() s: VolunteerSignup, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.volunteerActivity.load(s.activityId))?.title ?? '';
  }
}
