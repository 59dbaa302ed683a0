import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { TriageReasons as R } from './triage.errors.js';
import { CreateTriageInput } from './triage.inputs.js';
import { toTriage } from './triage.mappers.js';
import { Triage, TriageConnection, TriageListArgs, TriagePayload } from './triage.types.js';

/** The triage module's API: thin — each operation hands the actor to the service. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => Triage)
export class TriageResolver {
  @Query(() => TriageConnection, { description: "A community's triage records, newest first (staff of its place)." })
  async triages(@Args(() => TriageListArgs) args: TriageListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.triage.list(actorOf(ctx), args.communityId, args), toTriage);
  }

  @Mutation(() => TriagePayload, {
    description: withReasons('Create a triage record in a community (its staff, street and system administrators).', [
      R.TRIAGE_BLANK_NAME,
    ]),
  })
  async createTriage(
    @Arg('input', () => CreateTriageInput, { description: 'The record.' }) input: CreateTriageInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { triage: toTriage(await ctx.services.triage.create(actorOf(ctx), input)) };
  }
}
