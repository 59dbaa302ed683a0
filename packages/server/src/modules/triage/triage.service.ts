import { type DataSource, type EntityManager, In, IsNull, MoreThanOrEqual } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { type Connection, type PageArgs, paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { Role } from '../identity/identity.enums.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { loadTicketWithAccess } from '../ticket/ticket.access.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketState } from '../ticket/ticket.enums.js';
import { ticketStaffRead } from '../ticket/ticket.policy.js';
import { communityStaff } from '../ticket/ticket.routing.js';
import type { TicketService } from '../ticket/ticket.service.js';
import type { TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import { clusterOf, rankSimilar, type SimilarityDoc, type SimilarityScore } from './similarity.js';
import { HotTopicEntity, HotTopicRuleEntity, HotTopicTicketEntity } from './triage.entity.js';
import { DEFAULT_RULE, HotTopicState } from './triage.enums.js';
import { TriageReasons as R } from './triage.errors.js';
import type {
  DismissHotTopicInput,
  HotTopicListArgs,
  MergeHotTopicInput,
  SetHotTopicRuleInput,
} from './triage.inputs.js';
import { TriageNoticeKind } from './triage.notices.js';
import { hotTopicPolicy, hotTopicRead, hotTopicRulePolicy, placeOfTopic } from './triage.policy.js';

/** Tickets still open to judgement: not closed (rejected, merged, resolved, withdrawn). */
export const OPEN_STATES: readonly TicketState[] = [
  TicketState.SUBMITTED,
  TicketState.ACCEPTED,
  TicketState.REPLIED,
  TicketState.ESCALATED,
  TicketState.IN_MEETING,
];
/** States a ticket may be merged from (the ticket module's transition table). */
const MERGEABLE: readonly TicketState[] = [TicketState.SUBMITTED, TicketState.ACCEPTED];
/** How many recent open tickets of a community are compared (the newest first). */
const CANDIDATES = 300;

const docOf = (t: TicketEntity): SimilarityDoc => ({
  id: t.id,
  title: t.title,
  body: t.body,
  estateId: t.estateId,
  buildingId: t.buildingId,
  locationText: t.locationText,
});

export interface SimilarTicket extends SimilarityScore {
  ticket: TicketEntity;
}

/** A community's hot-topic rule as it applies (its own or the defaults). */
export interface EffectiveRule {
  communityId: string;
  streetId: string;
  threshold: number;
  windowHours: number;
  isDefault: boolean;
}

/**
 * 研判: similar tickets, and hot topics — bursts of similar tickets in one community, found when a
 * ticket arrives (registered with the ticket service's `onSubmitted`, in the submission's
 * transaction), merged into one primary ticket through the ticket module's merge pipeline.
 */
/**
 * What else weighs toward a hot topic besides the tickets of a cluster (the board module adds the
 * residents' 我也遇到 on them): a count for the given tickets.
 */
export type HotTopicWeight = (m: EntityManager, ticketIds: string[]) => Promise<number>;

export class TriageService {
  private readonly weights: HotTopicWeight[] = [];

  /** Registers a weight toward hot-topic detection (see HotTopicWeight). */
  countsToward(weight: HotTopicWeight): void {
    this.weights.push(weight);
  }

  /**
   * Looks at a ticket's cluster again (inside the caller's transaction) after something that weighs
   * toward a hot topic happened to it, e.g. a 我也遇到; returns the notifications it added.
   */
  reconsider(ticket: TicketEntity, m: EntityManager) {
    return this.detect(ticket, m);
  }

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    tickets: TicketService,
    private readonly workflow: TicketWorkflowService,
  ) {
    tickets.onSubmitted((ticket, m) => this.detect(ticket, m));
  }

  // ---- similar tickets --------------------------------------------------------------------

  /**
   * Open tickets of the same community most like this one, best first (staff who read the ticket
   * in full; the candidates are read through the same staff read rule).
   */
  async similar(viewer: Viewer | null, ticketId: string, page: PageArgs): Promise<Connection<SimilarTicket>> {
    const { ticket, access } = await loadTicketWithAccess(this.ds, viewer, ticketId);
    if (!access.staff) throw notFound('Ticket');
    const candidates = await scoped(this.ds, viewer)
      .query(ticketStaffRead, 't')
      .andWhere('t.communityId = :c', { c: ticket.communityId })
      .andWhere('t.state IN (:...open)', { open: OPEN_STATES })
      .andWhere('t.id <> :id', { id: ticket.id })
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(CANDIDATES)
      .getMany();
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const ranked = rankSimilar(docOf(ticket), candidates.map(docOf));
    const start = page.after ? Number(Buffer.from(page.after, 'base64url').toString('utf8').replace(/^s:/, '')) : 0;
    const from = Number.isInteger(start) && start > 0 ? start : 0;
    const slice = ranked.slice(from, from + page.first);
    const edges = slice.map((s, i) => ({
      cursor: Buffer.from(`s:${from + i + 1}`).toString('base64url'),
      node: { ...s, ticket: byId.get(s.id) as TicketEntity },
    }));
    return {
      edges,
      totalCount: ranked.length,
      pageInfo: {
        hasNextPage: from + page.first < ranked.length,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  // ---- detection --------------------------------------------------------------------------

  /**
   * A ticket arrived: the open tickets of its community within the rule's window are compared, and
   * the tickets linked to it (same matter, directly or through one another) form its cluster. A
   * cluster touching an open hot topic joins it; a cluster as large as the threshold raises one,
   * told once to the community's staff and the street's administrators.
   */
  private async detect(ticket: TicketEntity, m: EntityManager) {
    const rule = await this.ruleOf(m, ticket.communityId, ticket.streetId);
    const since = new Date(ticket.createdAt.getTime() - rule.windowHours * 3_600_000);
    const recent = await m.find(TicketEntity, {
      where: { communityId: ticket.communityId, state: In(OPEN_STATES), createdAt: MoreThanOrEqual(since) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: CANDIDATES,
    });
    if (!recent.some((t) => t.id === ticket.id)) recent.push(ticket);
    const cluster = clusterOf(ticket.id, recent.map(docOf));
    // One ticket alone is a hot topic only through what else weighs toward one (its 我也遇到).
    if (cluster.size < 2 && !this.weights.length) return [];
    const memberships = await m.findBy(HotTopicTicketEntity, { ticketId: In([...cluster]) });
    const topics = memberships.length
      ? await m.findBy(HotTopicEntity, { id: In([...new Set(memberships.map((x) => x.hotTopicId))]) })
      : [];
    const taken = new Set(memberships.map((x) => x.ticketId));
    const free = recent.filter((t) => cluster.has(t.id) && !taken.has(t.id));
    const openTopic = topics
      .filter((t) => t.state === HotTopicState.OPEN)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
    if (openTopic) {
      await this.addTickets(m, openTopic, free);
      return [];
    }
    // Tickets of the cluster, plus what else weighs toward a hot topic (residents' 我也遇到 on them).
    let weight = free.length;
    for (const w of this.weights)
      weight += await w(
        m,
        free.map((t) => t.id),
      );
    if (weight < rule.threshold) return [];
    const first = [...free].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0] as TicketEntity;
    const topic = await m.save(
      m.create(HotTopicEntity, {
        streetId: ticket.streetId,
        communityId: ticket.communityId,
        state: HotTopicState.OPEN,
        title: first.title,
        ticketCount: 0,
        lastTicketAt: ticket.createdAt,
        primaryTicketId: null,
        dismissReason: null,
        closedAt: null,
        closedById: null,
      }),
    );
    await this.addTickets(m, topic, free);
    const street = await m.find(MembershipEntity, {
      where: { role: Role.STREET_ADMIN, streetId: ticket.streetId, revokedAt: IsNull() },
      select: { userId: true },
    });
    const users = new Set([...(await communityStaff(m, ticket.communityId)), ...street.map((s) => s.userId)]);
    return this.notifications.add(
      m,
      [...users].map((userId) => ({
        userId,
        kind: TriageNoticeKind.HOT_TOPIC_RAISED,
        subject: { type: 'HotTopic', id: topic.id },
        params: { title: topic.title, count: free.length },
        communityId: topic.communityId,
      })),
    );
  }

  /**
   * Adds tickets to a hot topic. A ticket already taken (by a concurrent submission) is skipped
   * (INSERT … OR IGNORE on the unique ticket key), so triage never makes a submission fail; the
   * count is recounted.
   */
  private async addTickets(m: EntityManager, topic: HotTopicEntity, tickets: TicketEntity[]) {
    if (!tickets.length) return;
    await m
      .createQueryBuilder()
      .insert()
      .into(HotTopicTicketEntity)
      .values(tickets.map((t) => ({ hotTopicId: topic.id, ticketId: t.id, communityId: t.communityId })))
      .orIgnore()
      .execute();
    const last = Math.max(topic.lastTicketAt.getTime(), ...tickets.map((t) => t.createdAt.getTime()));
    const ticketCount = await m.countBy(HotTopicTicketEntity, { hotTopicId: topic.id });
    await m.update(HotTopicEntity, { id: topic.id }, { ticketCount, lastTicketAt: new Date(last) });
  }

  // ---- reading hot topics -----------------------------------------------------------------

  /** Hot topics the viewer may read (one community, or all in reach), by state, newest first. */
  list(viewer: Viewer | null, args: HotTopicListArgs) {
    const qb = scoped(this.ds, viewer).query(hotTopicRead, 'h');
    if (args.communityId) qb.andWhere('h.communityId = :c', { c: args.communityId });
    if (args.state) qb.andWhere('h.state = :s', { s: args.state });
    return paginate(qb, args, (r) => r);
  }

  /** One hot topic; NOT_FOUND outside the viewer's reach. */
  get(viewer: Viewer | null, id: string) {
    return scoped(this.ds, viewer).get(hotTopicRead, id);
  }

  /** The hot topic's tickets, oldest first (at most 100). */
  ticketsOf(hotTopicIds: readonly string[]) {
    return unscoped(this.ds, 'tickets of hot topics the viewer already reads (triage.read ⊆ ticket.read reach)')
      .query(HotTopicTicketEntity, 'x')
      .innerJoinAndMapOne('x.ticket', TicketEntity, 't', 't.id = x.ticketId')
      .where('x.hotTopicId IN (:...ids)', { ids: hotTopicIds })
      .orderBy('x.createdAt', 'ASC')
      .addOrderBy('x.id', 'ASC')
      .getMany() as Promise<(HotTopicTicketEntity & { ticket: TicketEntity })[]>;
  }

  // ---- acting on hot topics ---------------------------------------------------------------

  private async openTopic(actor: Actor, id: string, ability: 'merge' | 'dismiss') {
    const topic = await this.get(actor.viewer, id);
    if (topic.state !== HotTopicState.OPEN) throw fail(R.TRIAGE_HOT_TOPIC_CLOSED, `The hot topic is ${topic.state}`);
    const viewer = authorize(actor.viewer, hotTopicPolicy, ability, topic);
    return { topic, viewer };
  }

  /** Dismisses a hot topic with a reason (audited); it no longer grows. */
  async dismiss(actor: Actor, input: DismissHotTopicInput): Promise<HotTopicEntity> {
    const { topic, viewer } = await this.openTopic(actor, input.hotTopicId, 'dismiss');
    const reason = input.reason.trim();
    if (!reason) throw fail(R.TRIAGE_BLANK_REASON, 'The reason is blank', { field: 'reason' });
    return this.close(actor, viewer, topic, 'dismissHotTopic', {
      state: HotTopicState.DISMISSED,
      dismissReason: reason,
    });
  }

  /**
   * Merges every ticket of the hot topic into one of them, each through the ticket module's merge
   * pipeline (its checks, event, notice to the submitter, audit): afterwards a reply on the primary
   * reaches every submitter. Checked before anything is merged; tickets already closed are left
   * as they are; a retry after a failure merges what is left.
   */
  async merge(actor: Actor, input: MergeHotTopicInput): Promise<HotTopicEntity> {
    const { topic, viewer } = await this.openTopic(actor, input.hotTopicId, 'merge');
    const members = (await this.ticketsOf([topic.id])).map((x) => x.ticket);
    const primary = members.find((t) => t.id === input.primaryTicketId);
    if (!primary) {
      throw fail(R.TRIAGE_PRIMARY_NOT_IN_TOPIC, 'The primary ticket is not in this hot topic', {
        field: 'primaryTicketId',
      });
    }
    const others = members.filter((t) => t.id !== primary.id && OPEN_STATES.includes(t.state));
    const busy = others.filter((t) => !MERGEABLE.includes(t.state));
    if (busy.length || !OPEN_STATES.includes(primary.state)) {
      throw fail(R.TRIAGE_TICKET_IN_PROGRESS, 'Some tickets are already being handled and cannot be merged', {
        details: { ticketIds: (busy.length ? busy.map((t) => t.id) : [primary.id]).join(',') },
      });
    }
    for (const t of others) {
      await this.workflow.merge(actor, { ticketId: t.id, primaryTicketId: primary.id, note: input.note });
    }
    return this.close(actor, viewer, topic, 'mergeHotTopic', {
      state: HotTopicState.MERGED,
      primaryTicketId: primary.id,
    });
  }

  private async close(
    actor: Actor,
    viewer: Viewer,
    topic: HotTopicEntity,
    operation: string,
    patch: Partial<HotTopicEntity>,
  ): Promise<HotTopicEntity> {
    return this.ds.transaction(async (m) => {
      const done = await m.update(
        HotTopicEntity,
        { id: topic.id, state: HotTopicState.OPEN },
        { ...patch, closedAt: new Date(), closedById: viewer.userId },
      );
      if (!done.affected) throw fail(R.TRIAGE_HOT_TOPIC_CLOSED, 'The hot topic was closed meanwhile');
      await this.audit.record(
        actor.meta,
        {
          operation: `triage.${operation}`,
          targetType: 'HotTopic',
          targetId: topic.id,
          grant: actingGrant(viewer, 'triage.manage', placeOfTopic(topic)),
          streetId: topic.streetId,
          communityId: topic.communityId,
          summary: { ...patch, tickets: topic.ticketCount },
        },
        m,
      );
      return m.findOneByOrFail(HotTopicEntity, { id: topic.id });
    });
  }

  // ---- the rule ---------------------------------------------------------------------------

  private async ruleOf(m: EntityManager, communityId: string, streetId: string): Promise<EffectiveRule> {
    const row = await m.findOneBy(HotTopicRuleEntity, { communityId });
    return row
      ? { communityId, streetId, threshold: row.threshold, windowHours: row.windowHours, isDefault: false }
      : { communityId, streetId, ...DEFAULT_RULE, isDefault: true };
  }

  private async community(id: string) {
    const community = await unscoped(this.ds, 'the place of the rule, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id, archivedAt: IsNull() });
    if (!community) throw notFound('Community');
    return { streetId: community.streetId, communityId: community.id };
  }

  /** A community's hot-topic rule (staff who read its hot topics). */
  async rule(viewer: Viewer | null, communityId: string): Promise<EffectiveRule> {
    const place = await this.community(communityId);
    if (!hotTopicRulePolicy.read(requireViewer(viewer), place)) throw notFound('Community');
    return this.ruleOf(this.ds.manager, place.communityId, place.streetId);
  }

  /** Sets a community's threshold and window (its staff, the street, the system admin), audited. */
  async setRule(actor: Actor, input: SetHotTopicRuleInput): Promise<EffectiveRule> {
    const place = await this.community(input.communityId);
    const viewer = authorize(actor.viewer, hotTopicRulePolicy, 'configure', place);
    if (input.threshold < 2 || input.threshold > 50 || input.windowHours < 1 || input.windowHours > 168) {
      throw fail(R.TRIAGE_BAD_RULE, 'Threshold 2-50 tickets, window 1-168 hours', {
        field: input.threshold < 2 || input.threshold > 50 ? 'threshold' : 'windowHours',
      });
    }
    return this.ds.transaction(async (m) => {
      const before = await this.ruleOf(m, place.communityId, place.streetId);
      const existing = await m.findOneBy(HotTopicRuleEntity, { communityId: place.communityId });
      const values = { threshold: input.threshold, windowHours: input.windowHours };
      if (existing) await m.update(HotTopicRuleEntity, { id: existing.id }, values);
      else await m.save(m.create(HotTopicRuleEntity, { ...place, ...values }));
      await this.audit.record(
        actor.meta,
        {
          operation: 'triage.setHotTopicRule',
          targetType: 'Community',
          targetId: place.communityId,
          grant: actingGrant(viewer, 'triage.configure', placeOfTopic(place)),
          streetId: place.streetId,
          communityId: place.communityId,
          summary: {
            from: { threshold: before.threshold, windowHours: before.windowHours },
            to: values,
          },
        },
        m,
      );
      return this.ruleOf(m, place.communityId, place.streetId);
    });
  }
}
