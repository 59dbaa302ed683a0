import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { Role } from '../identity/identity.enums.js';
import { AnalysisReasons as R } from './analysis.errors.js';
import {
  BreakdownArgs,
  FigureArgs,
  PublicFiguresArgs,
  SetAnalysisSettingsInput,
  TrendArgs,
} from './analysis.inputs.js';
import {
  AnalysisFigures,
  AnalysisSettings,
  AnalysisSettingsPayload,
  AssessmentTable,
  FigureRow,
  PublicMonthFigures,
} from './analysis.types.js';

const STAFF = [Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF];

/** Figures (分析) with written definitions: thin — each operation hands the viewer to the service. */
@Resolver()
export class AnalysisResolver {
  @Authorized(STAFF)
  @Query(() => AnalysisFigures, {
    description: withReasons(
      'The figures of a period in the viewer’s reach (narrowed by the optional street, community, estate, organisation, category). Each field’s description is its definition.',
      [R.ANALYSIS_BAD_PERIOD],
    ),
  })
  analysisFigures(@Args(() => FigureArgs) args: FigureArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.analysis.figures(ctx.viewer, args);
  }

  @Authorized(STAFF)
  @Query(() => [FigureRow], {
    description: withReasons(
      'The ticket figures of a period grouped by street, community, estate, handling organisation or category (one row per group with tickets; bounded by the number of places, organisations and categories in reach).',
      [R.ANALYSIS_BAD_PERIOD],
    ),
  })
  analysisBreakdown(@Args(() => BreakdownArgs) args: BreakdownArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.analysis.breakdown(ctx.viewer, args, args.by);
  }

  @Authorized(STAFF)
  @Query(() => [FigureRow], {
    description: withReasons(
      'The ticket figures of a period per day, week or month (at most 366 points; periods without tickets are absent).',
      [R.ANALYSIS_BAD_PERIOD],
    ),
  })
  analysisTrend(@Args(() => TrendArgs) args: TrendArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.analysis.trend(ctx.viewer, args, args.interval);
  }

  @Authorized(STAFF)
  @Query(() => AssessmentTable, {
    description: withReasons(
      'The assessment table of handling organisations (三率: reply, resolution and satisfaction rates, plus on-time rate and overdue count); ranked only from the community’s minimum sample.',
      [R.ANALYSIS_BAD_PERIOD],
    ),
  })
  analysisAssessment(@Args(() => FigureArgs) args: FigureArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.analysis.assessment(ctx.viewer, args);
  }

  @Query(() => [PublicMonthFigures], {
    description: withReasons(
      "A community's monthly figures (raised, replied, resolved, reply rate, on-time rate, satisfaction): anyone, signed in or not, when the community publishes them; its staff always.",
      [R.ANALYSIS_NOT_PUBLISHED],
    ),
  })
  publicFigures(@Args(() => PublicFiguresArgs) args: PublicFiguresArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.analysis.publicFigures(ctx.viewer, args.communityId, args.months);
  }

  @Authorized(STAFF)
  @Query(() => AnalysisSettings, {
    description: "A community's figures settings (its staff, street and system administrators).",
  })
  analysisSettings(
    @Arg('communityId', () => String, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.analysis.settings(ctx.viewer, communityId);
  }

  @Authorized(STAFF)
  @Mutation(() => AnalysisSettingsPayload, {
    description: "Publish a community's monthly figures or not, and set the assessment's minimum sample (audited).",
  })
  async setAnalysisSettings(
    @Arg('input', () => SetAnalysisSettingsInput, { description: 'The change.' }) input: SetAnalysisSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { settings: await ctx.services.analysis.setSettings(actorOf(ctx), input) };
  }
}
