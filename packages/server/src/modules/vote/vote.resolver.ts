import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection, primeJoined } from '../../graphql/pagination.js';
import { selects } from '../../graphql/selection.js';
import { Role } from '../identity/identity.enums.js';
import { VoteReasons as R } from './vote.errors.js';
import {
  CastBallotInput,
  CreateVoteInput,
  EnterPaperBallotInput,
  ImportVoteUnitsInput,
  SetVoteUnitInput,
  UpdateVoteInput,
  VoteRefInput,
} from './vote.inputs.js';
import { toUnit, toVote, toVoter } from './vote.mappers.js';
import { votePolicy } from './vote.policy.js';
import {
  ImportVoteUnitsPayload,
  RemindVotersPayload,
  Vote,
  VoteConnection,
  VoteListArgs,
  VotePayload,
  VoteRollArgs,
  VoteUnitConnection,
  VoteUnitListArgs,
  VoteUnitPayload,
  VoteVoterConnection,
} from './vote.types.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

/** Owners' votes (业主表决): thin — each operation hands the actor to a service. */
@Resolver(() => Vote)
export class VoteResolver {
  @Authorized([SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER, RESIDENT])
  @Query(() => VoteConnection, {
    description:
      "A community's owners' votes, newest first: staff of its places see all; an owner sees the votes whose frozen roll they are on.",
  })
  async votes(@Args(() => VoteListArgs) args: VoteListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.votes.list(actorOf(ctx), args), toVote);
  }

  @Authorized([SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER, RESIDENT])
  @Query(() => Vote, {
    description:
      'One vote (NOT_FOUND when the viewer may not read it). A vote past its closing time is closed on reading.',
  })
  async vote(@Arg('id', () => String, { description: 'The vote.' }) id: string, @Ctx() ctx: RequestContext) {
    const viewer = actorOf(ctx).viewer;
    const v = await ctx.services.votes.get(viewer, id);
    if (await ctx.services.voteBallots.close(v)) return toVote(await ctx.services.votes.get(viewer, id));
    return toVote(v);
  }

  @Authorized([SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Query(() => VoteVoterConnection, {
    description:
      'The frozen roll of a vote, in roll order, with who has voted (staff who read the vote; how each voted only for a vote declared open).',
  })
  async voteRoll(
    @Args(() => VoteRollArgs) args: VoteRollArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = actorOf(ctx);
    // Each owner's ballot is read with the page when `hasVoted` or `ballot` is asked for.
    const withBallots = selects(info, 'edges', 'node', 'hasVoted') || selects(info, 'edges', 'node', 'ballot');
    const { vote, page } = await ctx.services.voteBallots.roll(actor, args.voteId, args, withBallots);
    if (withBallots) primeJoined(page, 'joinedBallot', ctx.loaders.voteBallotByVoter, (voter) => voter.id);
    const viewer = actor.viewer;
    const flags = {
      manage: viewer ? votePolicy.abilities.remind(viewer, { ...vote, status: 'OPEN' as never }) : false,
      readChoices: viewer ? votePolicy.abilities.readChoices(viewer, vote) : false,
    };
    return mapConnection(page, (e) => toVoter(e, flags));
  }

  @Authorized([SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Query(() => VoteUnitConnection, {
    description: "An estate's voting units (registered areas and owners of record), for staff of its places.",
  })
  async voteUnits(@Args(() => VoteUnitListArgs) args: VoteUnitListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.voteUnits.list(actorOf(ctx), args.estateId, args), toUnit);
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => VotePayload, {
    description: withReasons('Create a draft vote of an estate (its committee, or community staff).', [
      R.VOTE_BLANK_TITLE,
      R.VOTE_BAD_PERIOD,
      R.VOTE_ORGANISER_NOT_ALLOWED,
    ]),
  })
  async createVote(
    @Arg('input', () => CreateVoteInput, { description: 'The draft.' }) input: CreateVoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { vote: toVote(await ctx.services.votes.create(actorOf(ctx), input)) };
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => VotePayload, {
    description: withReasons('Edit a draft vote (replaces its matters).', [
      R.VOTE_NOT_DRAFT,
      R.VOTE_BLANK_TITLE,
      R.VOTE_BAD_PERIOD,
    ]),
  })
  async updateVote(
    @Arg('input', () => UpdateVoteInput, { description: 'The new content.' }) input: UpdateVoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { vote: toVote(await ctx.services.votes.update(actorOf(ctx), input)) };
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => VotePayload, {
    description: withReasons(
      'Open a draft vote: the roll is frozen from the voting units (one buyer of several units and the developer count once), and its owners are told.',
      [R.VOTE_NOT_DRAFT, R.VOTE_EMPTY_ROLL],
    ),
  })
  async openVote(
    @Arg('input', () => VoteRefInput, { description: 'The vote.' }) input: VoteRefInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { vote: toVote(await ctx.services.votes.open(actorOf(ctx), input.voteId)) };
  }

  @Authorized([RESIDENT])
  @Mutation(() => VotePayload, {
    description: withReasons(
      'Cast or change one’s own ballot online (an owner of the frozen roll, verified). Changeable until closing; every version is kept.',
      [R.VOTE_NOT_OPEN, R.VOTE_BAD_CHOICES, R.VOTE_BALLOT_CHANGED_CONCURRENTLY],
    ),
  })
  async castBallot(
    @Arg('input', () => CastBallotInput, { description: 'The choices.' }) input: CastBallotInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { vote: toVote(await ctx.services.voteBallots.cast(actorOf(ctx), input)) };
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => VotePayload, {
    description: withReasons(
      'Enter a signed paper ballot for an owner of the roll, with its scan (replaces their current ballot; audited).',
      [R.VOTE_NOT_OPEN, R.VOTE_BAD_CHOICES, R.VOTE_SCAN_REQUIRED, R.VOTE_BALLOT_CHANGED_CONCURRENTLY],
    ),
  })
  async enterPaperBallot(
    @Arg('input', () => EnterPaperBallotInput, { description: 'The paper ballot.' }) input: EnterPaperBallotInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { vote: toVote(await ctx.services.voteBallots.enterPaper(actorOf(ctx), input)) };
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => RemindVotersPayload, {
    description: withReasons('Notify the owners of the roll with an account who have not voted yet (audited).', [
      R.VOTE_NOT_OPEN,
    ]),
  })
  async remindVoters(
    @Arg('input', () => VoteRefInput, { description: 'The vote.' }) input: VoteRefInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { notified: await ctx.services.votes.remind(actorOf(ctx), input.voteId) };
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => VoteUnitPayload, {
    description: withReasons("Set a household's exclusive area and owner of record (audited; later votes' rolls).", [
      R.VOTE_BAD_AREA,
    ]),
  })
  async setVoteUnit(
    @Arg('input', () => SetVoteUnitInput, { description: 'The unit.' }) input: SetVoteUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { voteUnit: toUnit(await ctx.services.voteUnits.set(actorOf(ctx), input)) };
  }

  @Authorized([SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER])
  @Mutation(() => ImportVoteUnitsPayload, {
    description:
      "Import an estate's exclusive areas from CSV or XLSX: all rows are written, or none and a report of each refused row (audited).",
  })
  async importVoteUnits(
    @Arg('input', () => ImportVoteUnitsInput, { description: 'The file.' }) input: ImportVoteUnitsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.voteUnits.import(actorOf(ctx), input);
  }
}
