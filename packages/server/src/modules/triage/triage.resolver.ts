import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { serialize } from '../../auth/abilities.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { TicketReasons } from '../ticket/ticket.errors.js';
import { toTicket } from '../ticket/ticket.mappers.js';
import { Ticket } from '../ticket/ticket.types.js';
import { TriageReasons as R } from './triage.errors.js';
import * as I from './triage.inputs.js';
import { toHotTopic } from './triage.mappers.js';
import { hotTopicPolicy } from './triage.policy.js';
import {
  HotTopic,
  HotTopicConnection,
  HotTopicPayload,
  HotTopicRule,
  HotTopicRulePayload,
  HotTopicViewerCan,
  SimilarTicketConnection,
} from './triage.types.js';

const STAFF = { staff: true, owner: false, publicOnly: false };
const TRIAGE_ROLES = [Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF];

/** 研判: similar tickets and hot topics (community staff, street and system administrators). */
@Authorized(TRIAGE_ROLES)
@Resolver(() => HotTopic)
export class TriageResolver {
  @Query(() => SimilarTicketConnection, {
    description:
      'Open tickets of the same community most like this one, best first, with a score and the reason (staff who read the ticket in full; NOT_FOUND otherwise). Bounded: the 300 newest open tickets are compared.',
  })
  async similarTickets(@Args(() => I.SimilarTicketsArgs) args: I.SimilarTicketsArgs, @Ctx() ctx: RequestContext) {
    const conn = await ctx.services.triage.similar(ctx.viewer, args.ticketId, args);
    return mapConnection(conn, (s) => ({ ticket: toTicket(s.ticket, STAFF), score: s.score, reason: s.reason }));
  }

  @Query(() => HotTopicConnection, {
    description: 'Hot topics in the viewer’s reach (or one community), newest first.',
  })
  async hotTopics(@Args(() => I.HotTopicListArgs) args: I.HotTopicListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.triage.list(ctx.viewer, args), toHotTopic);
  }

  @Query(() => HotTopic, { description: 'One hot topic; NOT_FOUND outside the viewer’s reach.' })
  async hotTopic(@Arg('id', () => ID, { description: 'Hot topic id.' }) id: string, @Ctx() ctx: RequestContext) {
    return toHotTopic(await ctx.services.triage.get(ctx.viewer, id));
  }

  @Query(() => HotTopicRule, {
    description: 'A community’s hot-topic rule (its own, or the defaults 5 within 24 hours).',
  })
  async hotTopicRule(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.triage.rule(ctx.viewer, communityId);
  }

  @Mutation(() => HotTopicRulePayload, {
    description: withReasons(
      'Set how many similar tickets within how many hours make a hot topic in a community (its staff, the street, the system admin); audited.',
      [R.TRIAGE_BAD_RULE],
    ),
  })
  async setHotTopicRule(
    @Arg('input', () => I.SetHotTopicRuleInput, { description: 'The rule.' }) input: I.SetHotTopicRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { rule: await ctx.services.triage.setRule(actorOf(ctx), input) };
  }

  @Mutation(() => HotTopicPayload, {
    description: withReasons('Dismiss an open hot topic with a reason; audited. It no longer grows.', [
      R.TRIAGE_HOT_TOPIC_CLOSED,
      R.TRIAGE_BLANK_REASON,
    ]),
  })
  async dismissHotTopic(
    @Arg('input', () => I.DismissHotTopicInput, { description: 'The hot topic and why.' })
    input: I.DismissHotTopicInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { hotTopic: toHotTopic(await ctx.services.triage.dismiss(actorOf(ctx), input)) };
  }

  @Mutation(() => HotTopicPayload, {
    description: withReasons(
      'Merge every open ticket of a hot topic into one primary ticket, each through mergeTicket (its checks, timeline event, notice to the submitter, audit). Afterwards one reply on the primary reaches every submitter. Checked before anything is merged; a retry after a failure merges what is left.',
      [
        R.TRIAGE_HOT_TOPIC_CLOSED,
        R.TRIAGE_PRIMARY_NOT_IN_TOPIC,
        R.TRIAGE_TICKET_IN_PROGRESS,
        TicketReasons.TICKET_CHANGED_CONCURRENTLY,
      ],
    ),
  })
  async mergeHotTopic(
    @Arg('input', () => I.MergeHotTopicInput, { description: 'The hot topic and its primary ticket.' })
    input: I.MergeHotTopicInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { hotTopic: toHotTopic(await ctx.services.triage.merge(actorOf(ctx), input)) };
  }

  @FieldResolver(() => [Ticket], { description: 'Its tickets, oldest first (at most 100; `ticketCount` counts all).' })
  async tickets(@Root() h: HotTopic, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.ticketsByHotTopic.load(h.id)).map((t) => toTicket(t, STAFF));
  }

  @FieldResolver(() => HotTopicViewerCan, { description: 'What the viewer may do now (role and state permitting).' })
  viewerCan(@Root() h: HotTopic, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, hotTopicPolicy, h);
  }
}
