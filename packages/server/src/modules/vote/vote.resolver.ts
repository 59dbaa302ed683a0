import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { VoteReasons as R } from './vote.errors.js';
import { CreateVoteInput } from './vote.inputs.js';
import { toVote } from './vote.mappers.js';
import { Vote, VoteConnection, VoteListArgs, VotePayload } from './vote.types.js';

/** The vote module's API: thin — each operation hands the actor to the service. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => Vote)
export class VoteResolver {
  @Query(() => VoteConnection, { description: "A community's vote records, newest first (staff of its place)." })
  async votes(@Args(() => VoteListArgs) args: VoteListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.vote.list(actorOf(ctx), args.communityId, args), toVote);
  }

  @Mutation(() => VotePayload, {
    description: withReasons('Create a vote record in a community (its staff, street and system administrators).', [
      R.VOTE_BLANK_NAME,
    ]),
  })
  async createVote(
    @Arg('input', () => CreateVoteInput, { description: 'The record.' }) input: CreateVoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { vote: toVote(await ctx.services.vote.create(actorOf(ctx), input)) };
  }
}
