import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { AnalysisReasons as R } from './analysis.errors.js';
import { CreateAnalysisInput } from './analysis.inputs.js';
import { toAnalysis } from './analysis.mappers.js';
import { Analysis, AnalysisConnection, AnalysisListArgs, AnalysisPayload } from './analysis.types.js';

/** The analysis module's API: thin — each operation hands the actor to the service. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => Analysis)
export class AnalysisResolver {
  @Query(() => AnalysisConnection, {
    description: "A community's analysis records, newest first (staff of its place).",
  })
  async analysiss(@Args(() => AnalysisListArgs) args: AnalysisListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.analysis.list(actorOf(ctx), args.communityId, args), toAnalysis);
  }

  @Mutation(() => AnalysisPayload, {
    description: withReasons('Create a analysis record in a community (its staff, street and system administrators).', [
      R.ANALYSIS_BLANK_NAME,
    ]),
  })
  async createAnalysis(
    @Arg('input', () => CreateAnalysisInput, { description: 'The record.' }) input: CreateAnalysisInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { analysis: toAnalysis(await ctx.services.analysis.create(actorOf(ctx), input)) };
  }
}
