import { type DataSource, type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { actingGrant, can, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { badInput, DomainError, ErrorCode, fail, notFound } from '../../common/errors.js';
import { referenceRow } from '../../graphql/loaders/reference.loader.js';
import { type Connection, paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { loadTicketWithAccess, PUBLIC_STATES } from '../ticket/ticket.access.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketEventType, TicketState } from '../ticket/ticket.enums.js';
import { excerpt } from '../ticket/ticket.notices.js';
import type { TicketService } from '../ticket/ticket.service.js';
import type { Ticket } from '../ticket/ticket.types.js';
import type { TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import type { TriageService } from '../triage/triage.service.js';
import {
  BoardSettingEntity,
  TicketFollowEntity,
  TicketHiddenPartEntity,
  TicketMeTooEntity,
  TicketReportEntity,
} from './board.entity.js';
import { BoardSort, TicketReportState, type TicketTextPart } from './board.enums.js';
import { BoardReasons as R } from './board.errors.js';
import type * as I from './board.inputs.js';
import { BoardNoticeKind } from './board.notices.js';
import { communityPlace, residentOf, ticketReportRead } from './board.policy.js';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Start of the next day in Asia/Shanghai (no daylight saving: a fixed UTC+8). */
export const nextShanghaiDay = (now: Date) =>
  new Date(Math.floor((now.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS + 1) * DAY_MS - SHANGHAI_OFFSET_MS);

/** The settings of a community as the API shows them (defaults when never set). */
export interface SettingsView {
  communityId: string;
  blockedWords: string[];
  dailyTicketLimit: number | null;
  autoCloseDays: number | null;
  version: number;
}

export const wordsOf = (text: string) =>
  text
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean);

/** Offset cursors of the board's orders (counts and resolution times are not keyset-stable). */
const encodeOffset = (n: number) => Buffer.from(`b:${n}`).toString('base64url');
function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^b:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'Invalid cursor');
  return Number(m[1]);
}

/**
 * The public board (我也遇到, follow, report) and its moderation (blocked words, the daily limit,
 * hidden texts, the reports queue). Hooks into the ticket module: a submission check, a public-form
 * filter and a listener of timeline events that tells followers; into triage: 我也遇到 weighs toward
 * hot topics.
 */
export class BoardService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    tickets: TicketService,
    workflow: TicketWorkflowService,
    private readonly triage: TriageService,
  ) {
    tickets.checkSubmissions((viewer, draft) => this.checkSubmission(viewer, draft));
    tickets.filterPublicForm((shown) => this.hideFromPublic(shown));
    workflow.onEvent((e, m) => this.tellFollowers(e, m));
    triage.countsToward((m, ids) =>
      ids.length ? m.countBy(TicketMeTooEntity, { ticketId: In(ids) }) : Promise.resolve(0),
    );
  }

  // ---- settings ---------------------------------------------------------------------------

  private async communityOf(communityId: string) {
    // A community named by the caller, checked by the policy next: from the in-process reference cache.
    const c = await referenceRow(this.ds, CommunityEntity, communityId);
    if (!c) throw notFound('Community');
    return c;
  }

  /** A community's settings (staff who configure it); defaults when never set. */
  async settings(viewer: Viewer | null, communityId: string): Promise<SettingsView> {
    const c = await this.communityOf(communityId);
    if (!can(viewer, 'board.configure', communityPlace({ streetId: c.streetId, communityId: c.id })))
      throw notFound('Community');
    return this.settingsOf(this.ds.manager, c.id);
  }

  async settingsOf(m: EntityManager, communityId: string): Promise<SettingsView> {
    const row = await unscoped(m, "the community's own settings, for a check or a reader already placed")
      .repo(BoardSettingEntity)
      .findOneBy({ communityId });
    return row
      ? {
          communityId,
          blockedWords: wordsOf(row.blockedWords),
          dailyTicketLimit: row.dailyTicketLimit,
          autoCloseDays: row.autoCloseDays,
          version: row.version,
        }
      : { communityId, blockedWords: [], dailyTicketLimit: null, autoCloseDays: null, version: 0 };
  }

  /** Sets a community's blocked words, daily limit and auto-close days (audited). */
  async setSettings(actor: Actor, input: I.SetBoardSettingsInput): Promise<SettingsView> {
    const c = await this.communityOf(input.communityId);
    const place = communityPlace({ streetId: c.streetId, communityId: c.id });
    const viewer = requireViewer(actor.viewer);
    if (!can(viewer, 'board.configure', place)) throw notFound('Community');
    const words = [...new Set(input.blockedWords.map((w) => w.trim()).filter(Boolean))];
    if (words.length > 200 || words.some((w) => [...w].length > 30 || w.includes('\n')))
      throw fail(R.BOARD_BAD_SETTING, 'At most 200 blocked words of 1-30 characters', { field: 'blockedWords' });
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(BoardSettingEntity);
      const row = await repo.findOneBy({ communityId: c.id });
      const version = row?.version ?? 0;
      if (input.expectedVersion != null && input.expectedVersion !== version)
        throw fail(R.BOARD_SETTINGS_STALE, 'The settings changed since you loaded them');
      const values = {
        blockedWords: words.join('\n'),
        dailyTicketLimit: input.dailyTicketLimit ?? null,
        autoCloseDays: input.autoCloseDays ?? null,
      };
      if (row) {
        const done = await repo.update({ id: row.id, version }, { ...values, version: version + 1 });
        if (!done.affected) throw fail(R.BOARD_SETTINGS_STALE, 'The settings changed since you loaded them');
      } else {
        await repo.save(repo.create({ streetId: c.streetId, communityId: c.id, ...values, version: 1 }));
      }
      await this.audit.record(
        actor.meta,
        {
          operation: 'board.setSettings',
          targetType: 'Community',
          targetId: c.id,
          grant: actingGrant(viewer, 'board.configure', place),
          streetId: c.streetId,
          communityId: c.id,
          summary: {
            blockedWords: words.length,
            dailyTicketLimit: values.dailyTicketLimit,
            autoCloseDays: values.autoCloseDays,
          },
        },
        m,
      );
      return this.settingsOf(m, c.id);
    });
  }

  /**
   * Before a new ticket is written: a blocked word refuses it (BOARD_BLOCKED_WORD — refused, not
   * held, so the resident can rephrase at once); past the daily limit, BOARD_DAILY_TICKET_LIMIT
   * with the seconds to the next day.
   */
  async checkSubmission(viewer: Viewer, draft: { communityId: string; title: string; body: string }, now = new Date()) {
    const s = await this.settingsOf(this.ds.manager, draft.communityId);
    for (const field of ['title', 'body'] as const) {
      const text = draft[field].toLowerCase();
      const word = s.blockedWords.find((w) => text.includes(w.toLowerCase()));
      if (word)
        throw fail(R.BOARD_BLOCKED_WORD, `The ${field} contains a word this community does not allow: ${word}`, {
          field,
          details: { word },
        });
    }
    if (s.dailyTicketLimit != null) {
      const next = nextShanghaiDay(now);
      const today = await unscoped(this.ds, "the submitter's own tickets of today")
        .repo(TicketEntity)
        .countBy({
          submitterId: viewer.userId,
          communityId: draft.communityId,
          createdAt: MoreThanOrEqual(new Date(next.getTime() - DAY_MS)),
        });
      if (today >= s.dailyTicketLimit)
        throw fail(R.BOARD_DAILY_TICKET_LIMIT, `At most ${s.dailyTicketLimit} new matters a day here`, {
          details: {
            limit: s.dailyTicketLimit,
            retryAfterSeconds: Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)),
          },
        });
    }
  }

  // ---- the public board ---------------------------------------------------------------------

  /**
   * A community's tickets in the public form (accepted and later: PUBLIC_STATES), for its residents
   * and staff: newest, most 我也遇到, or resolved most recently; by estate and category. Two statements
   * whatever the page size (count, page).
   */
  async board(viewer: Viewer | null, args: I.TicketBoardArgs): Promise<Connection<TicketEntity>> {
    const c = await this.communityOf(args.communityId);
    if (!can(viewer, 'ticket.publicRead', communityPlace({ streetId: c.streetId, communityId: c.id })))
      throw notFound('Community');
    const qb = unscoped(this.ds, 'the public board: the public form of a community the viewer may read (above)')
      .query(TicketEntity, 't')
      .where('t.communityId = :c', { c: c.id })
      .andWhere('t.mergedIntoId IS NULL');
    if (args.sort === BoardSort.RECENTLY_RESOLVED)
      qb.andWhere('t.state = :resolved', { resolved: TicketState.RESOLVED });
    else qb.andWhere('t.state IN (:...states)', { states: [...PUBLIC_STATES] });
    if (args.estateId) qb.andWhere('t.estateId = :e', { e: args.estateId });
    if (args.categoryId) qb.andWhere('t.categoryId = :cat', { cat: args.categoryId });
    if (args.sort === BoardSort.NEWEST) return paginate(qb, args, (t) => t);

    const from = decodeOffset(args.after);
    const totalCount = await qb.clone().getCount();
    if (args.sort === BoardSort.MOST_ME_TOO) {
      qb.addSelect('(SELECT COUNT(*) FROM ticket_me_too mt WHERE mt.ticketId = t.id)', 'me_too').orderBy(
        'me_too',
        'DESC',
      );
    } else {
      qb.orderBy('t.resolvedAt', 'DESC');
    }
    const rows = await qb
      .addOrderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .offset(from)
      .limit(args.first + 1)
      .getMany();
    const items = rows.slice(0, args.first);
    const edges = items.map((node, i) => ({ cursor: encodeOffset(from + i + 1), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** A ticket a resident of its community sees on the board (their own or another's, public states only). */
  private async boardTicket(actor: Actor, ticketId: string) {
    const viewer = requireViewer(actor.viewer);
    const { ticket, access } = await loadTicketWithAccess(this.ds, viewer, ticketId);
    if (!PUBLIC_STATES.includes(ticket.state) || ticket.mergedIntoId) throw notFound('Ticket');
    if (!residentOf(viewer, ticket.communityId))
      throw fail(R.BOARD_NOT_A_RESIDENT_HERE, 'Only residents of this community do this');
    return { viewer, ticket, access };
  }

  /** 我也遇到: once per person (the unique key); a second press changes nothing. Weighs toward hot topics. */
  async meToo(actor: Actor, ticketId: string) {
    const { viewer, ticket, access } = await this.boardTicket(actor, ticketId);
    if (ticket.submitterId === viewer.userId) throw fail(R.BOARD_OWN_TICKET, 'This is your own matter');
    const notices = await this.ds.transaction(async (m) => {
      if (await m.existsBy(TicketMeTooEntity, { ticketId: ticket.id, userId: viewer.userId })) return [];
      // A concurrent second press meets the unique key and is ignored.
      await m
        .createQueryBuilder()
        .insert()
        .into(TicketMeTooEntity)
        .values({ ticketId: ticket.id, userId: viewer.userId, communityId: ticket.communityId })
        .orIgnore()
        .execute();
      return this.triage.reconsider(ticket, m);
    });
    this.notifications.publish(notices);
    return { ticket, access };
  }

  /** Follow (or stop following) a ticket: followers are told of its replies and resolution. */
  async follow(actor: Actor, ticketId: string, follow: boolean) {
    const { viewer, ticket, access } = await this.boardTicket(actor, ticketId);
    if (follow) {
      await this.ds
        .createQueryBuilder()
        .insert()
        .into(TicketFollowEntity)
        .values({ ticketId: ticket.id, userId: viewer.userId, communityId: ticket.communityId })
        .orIgnore()
        .execute();
    } else {
      await this.ds.getRepository(TicketFollowEntity).delete({ ticketId: ticket.id, userId: viewer.userId });
    }
    return { ticket, access };
  }

  /** Followers are told of replies, answers and the resolution (not the submitter: the ticket module tells them). */
  private async tellFollowers(
    e: { ticket: TicketEntity; type: TicketEventType; note: string | null; actorId: string },
    m: EntityManager,
  ) {
    const kind =
      e.type === TicketEventType.RESOLVED
        ? BoardNoticeKind.TICKET_FOLLOWED_RESOLVED
        : e.type === TicketEventType.REPLIED || e.type === TicketEventType.ESCALATION_ANSWERED
          ? BoardNoticeKind.TICKET_FOLLOWED_REPLIED
          : null;
    if (!kind) return [];
    const followers = await m.find(TicketFollowEntity, { where: { ticketId: e.ticket.id }, select: { userId: true } });
    const users = followers.map((f) => f.userId).filter((u) => u !== e.ticket.submitterId && u !== e.actorId);
    if (!users.length) return [];
    return this.notifications.add(
      m,
      users.map((userId) => ({
        userId,
        kind,
        subject: { type: 'Ticket', id: e.ticket.id },
        params: { title: e.ticket.title, excerpt: excerpt(e.note ?? '') },
        communityId: e.ticket.communityId,
      })),
    );
  }

  // ---- reports --------------------------------------------------------------------------------

  /** A resident reports a public ticket to staff (once per person and ticket). */
  async report(actor: Actor, input: I.ReportTicketInput) {
    const { viewer, ticket, access } = await this.boardTicket(actor, input.ticketId);
    const reason = input.reason.trim();
    if (!reason) throw fail(R.BOARD_BLANK_TEXT, 'Say what is wrong', { field: 'reason' });
    const repo = this.ds.getRepository(TicketReportEntity);
    if (await repo.existsBy({ ticketId: ticket.id, reporterId: viewer.userId }))
      throw fail(R.BOARD_ALREADY_REPORTED, 'You have reported this matter already');
    await repo.save(
      repo.create({
        streetId: ticket.streetId,
        communityId: ticket.communityId,
        ticketId: ticket.id,
        reporterId: viewer.userId,
        reason,
        state: TicketReportState.OPEN,
        handledAt: null,
        handledById: null,
      }),
    );
    return { ticket, access };
  }

  /** The reports queue of a community (staff who moderate it), newest first. */
  reports(viewer: Viewer | null, args: I.TicketReportListArgs) {
    const qb = scoped(this.ds, requireViewer(viewer))
      .query(ticketReportRead, 'r')
      .andWhere('r.communityId = :c', { c: args.communityId });
    if (args.state) qb.andWhere('r.state = :s', { s: args.state });
    return paginate(qb, args, (r) => r);
  }

  /** Staff mark a report handled (audited). */
  async handleReport(actor: Actor, id: string) {
    const viewer = requireViewer(actor.viewer);
    const report = await scoped(this.ds, viewer).get(ticketReportRead, id);
    return this.ds.transaction(async (m) => {
      await m.update(
        TicketReportEntity,
        { id: report.id },
        { state: TicketReportState.HANDLED, handledAt: new Date(), handledById: viewer.userId },
      );
      await this.audit.record(
        actor.meta,
        {
          operation: 'board.handleReport',
          targetType: 'Ticket',
          targetId: report.ticketId,
          grant: actingGrant(viewer, 'board.moderate', communityPlace(report)),
          streetId: report.streetId,
          communityId: report.communityId,
          summary: { reportId: report.id },
        },
        m,
      );
      return m.findOneByOrFail(TicketReportEntity, { id: report.id });
    });
  }

  // ---- hidden texts ---------------------------------------------------------------------------

  /** Staff who moderate the ticket's place hide (or show again) a text of it in the public form; audited. */
  async setHidden(actor: Actor, ticketId: string, part: TicketTextPart, reason: string | null) {
    const viewer = requireViewer(actor.viewer);
    const { ticket, access } = await loadTicketWithAccess(this.ds, viewer, ticketId);
    if (!access.staff) throw notFound('Ticket');
    if (!can(viewer, 'board.moderate', ticket))
      throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed to moderate this ticket');
    const why = reason?.trim() ?? null;
    if (reason !== null && !why) throw fail(R.BOARD_BLANK_TEXT, 'Give a reason', { field: 'reason' });
    await this.ds.transaction(async (m) => {
      const repo = m.getRepository(TicketHiddenPartEntity);
      await repo.delete({ ticketId: ticket.id, part });
      if (why) {
        await repo.save(
          repo.create({
            ticketId: ticket.id,
            communityId: ticket.communityId,
            part,
            reason: why,
            hiddenById: viewer.userId,
          }),
        );
      }
      await this.audit.record(
        actor.meta,
        {
          operation: why ? 'board.hideText' : 'board.unhideText',
          targetType: 'Ticket',
          targetId: ticket.id,
          grant: actingGrant(viewer, 'board.moderate', ticket),
          streetId: ticket.streetId,
          communityId: ticket.communityId,
          summary: { part, ...(why ? { reason: why } : {}) },
        },
        m,
      );
    });
    return { ticket, access };
  }

  /** The public form leaves out hidden texts (one statement for the whole list). */
  private async hideFromPublic(shown: Ticket[]) {
    const hidden = await unscoped(this.ds, 'hidden parts of tickets already shown to the viewer')
      .repo(TicketHiddenPartEntity)
      .find({ where: { ticketId: In(shown.map((t) => t.id)) }, select: { ticketId: true, part: true } });
    for (const h of hidden) {
      const t = shown.find((x) => x.id === h.ticketId);
      if (!t) continue;
      if (h.part === 'TITLE') t.title = '';
      if (h.part === 'BODY') t.body = '';
    }
  }
}
