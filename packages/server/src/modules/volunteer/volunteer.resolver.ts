import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { VolunteerReasons as R } from './volunteer.errors.js';
import { CreateVolunteerInput } from './volunteer.inputs.js';
import { toVolunteer } from './volunteer.mappers.js';
import { Volunteer, VolunteerConnection, VolunteerListArgs, VolunteerPayload } from './volunteer.types.js';

/** The volunteer module's API: thin — each operation hands the actor to the service. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => VolunteerConnection, {
    description: "A community's volunteer records, newest first (staff of its place).",
  })
  async volunteers(@Args(() => VolunteerListArgs) args: VolunteerListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.volunteer.list(actorOf(ctx), args.communityId, args), toVolunteer);
  }

  @Mutation(() => VolunteerPayload, {
    description: withReasons(
      'Create a volunteer record in a community (its staff, street and system administrators).',
      [R.VOLUNTEER_BLANK_NAME],
    ),
  })
  async createVolunteer(
    @Arg('input', () => CreateVolunteerInput, { description: 'The record.' }) input: CreateVolunteerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { volunteer: toVolunteer(await ctx.services.volunteer.create(actorOf(ctx), input)) };
  }
}
