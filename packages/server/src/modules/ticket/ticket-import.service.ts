import type { DataSource, EntityManager } from 'typeorm';
import { actingGrant, can, requireViewer } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { readTable, rowObjects, type TabularRowError, TabularUnreadable } from '../../common/tabular.js';
import { codePointLength } from '../../common/text-length.js';
import { newId } from '../../db/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketEventType as E, TicketState as S, TicketSource } from './ticket.enums.js';
import { TicketReasons as R } from './ticket.errors.js';
import type { DeadlineCalendar } from './ticket.ports.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
import { TicketEventEntity } from './ticket-event.entity.js';
import { TicketIntakeReasons as D } from './ticket-intake.errors.js';
import type { ImportTicketsInput } from './ticket-intake.inputs.js';

export const TICKET_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const TICKET_IMPORT_MAX_ROWS = 5000;
const REPORT_MAX = 200;

type Column =
  | 'submittedAt'
  | 'category'
  | 'place'
  | 'title'
  | 'text'
  | 'outcome'
  | 'reply'
  | 'repliedAt'
  | 'resolvedAt'
  | 'source';

/** Header names as the previous systems and paper registers write them (English or Chinese). */
const HEADERS: Record<string, Column> = {
  submittedAt: 'submittedAt',
  提交时间: 'submittedAt',
  登记时间: 'submittedAt',
  category: 'category',
  类别: 'category',
  place: 'place',
  地点: 'place',
  title: 'title',
  标题: 'title',
  text: 'text',
  内容: 'text',
  outcome: 'outcome',
  结果: 'outcome',
  reply: 'reply',
  答复: 'reply',
  repliedAt: 'repliedAt',
  答复时间: 'repliedAt',
  resolvedAt: 'resolvedAt',
  办结时间: 'resolvedAt',
  source: 'source',
  来源: 'source',
};
const REQUIRED: Column[] = ['submittedAt', 'category', 'text', 'outcome'];

const OUTCOMES: Record<string, S> = {
  RESOLVED: S.RESOLVED,
  已办结: S.RESOLVED,
  REPLIED: S.REPLIED,
  已答复: S.REPLIED,
  REJECTED: S.REJECTED,
  不予受理: S.REJECTED,
};

/** One checked row, ready to write. */
interface Draft {
  submittedAt: Date;
  category: TicketCategoryEntity;
  place: string | null;
  title: string;
  text: string;
  outcome: S;
  reply: string | null;
  repliedAt: Date | null;
  resolvedAt: Date | null;
  source: TicketSource;
}

/**
 * A time as the registers write it: ISO 8601 with a zone, or `YYYY-MM-DD[ HH:mm[:ss]]` read on the
 * Asia/Shanghai clock (a bare day is its noon, so it stays on its own day in every figure).
 */
export function parseLocalTime(text: string): Date | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '12', m[5] ?? '00', m[6] ?? '00'].map(Number) as number[];
  const date = new Date(Date.UTC(y as number, (mo as number) - 1, d, (h as number) - 8, mi, s));
  // Reject 2024-02-31 and the like (Date would roll it over).
  const back = new Date(date.getTime() + 8 * 3_600_000);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() + 1 !== mo || back.getUTCDate() !== d) return null;
  if ((h as number) > 23 || (mi as number) > 59 || (s as number) > 59) return null;
  return date;
}

/**
 * Import of historical matters (from the previous system or paper records): every row checked,
 * then — only when none is refused — every ticket written with its backdated timeline (submitted,
 * accepted, replied, resolved or rejected at the times given) in one transaction, marked imported.
 * The tickets count in the figures of their own dates: figures read the submission time and the
 * projection columns the timeline sets, exactly as for tickets that lived their life here.
 */
export class TicketImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: () => DeadlineCalendar,
  ) {}

  async import(
    actor: Actor,
    input: ImportTicketsInput,
    now = new Date(),
  ): Promise<{ imported: number; rows: number; errors: TabularRowError[] }> {
    const viewer = requireViewer(actor.viewer);
    const community = await unscoped(this.ds, 'the community whose place the permission check reads next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community || community.archivedAt) throw notFound('Community');
    const place = { streetId: community.streetId, communityId: community.id, estateId: null };
    if (!can(viewer, 'ticket.triage', place)) {
      if (!can(viewer, 'tree.read', place)) throw notFound('Community');
      throw fail(R.TICKET_ACTION_NOT_ALLOWED, 'Your roles do not allow importing matters here');
    }
    const unreadable = (why: string) => fail(D.TICKET_IMPORT_UNREADABLE, why, { field: 'content' });
    if (input.content.length > Math.ceil((TICKET_IMPORT_MAX_BYTES * 4) / 3) + 4) throw unreadable('Larger than 2 MB');
    const bytes = Buffer.from(input.content, 'base64');
    if (bytes.length === 0) throw unreadable('The file is empty');
    let table: string[][];
    try {
      table = await readTable(input.format, bytes);
    } catch (err) {
      if (err instanceof TabularUnreadable) throw unreadable(err.message);
      throw err;
    }
    if (table.length === 0) throw unreadable('The file is empty');
    const { columns, rows } = rowObjects(table, HEADERS);
    for (const need of REQUIRED) if (!columns.includes(need)) throw unreadable(`The header lacks ${need}`);
    if (rows.length > TICKET_IMPORT_MAX_ROWS) throw unreadable(`More than ${TICKET_IMPORT_MAX_ROWS} rows`);

    const categories = await this.ds.getRepository(TicketCategoryEntity).findBy({ communityId: community.id });
    const byName = new Map<string, TicketCategoryEntity>();
    for (const c of categories) for (const k of [c.code, c.nameZh, c.nameEn]) byName.set(k.trim().toLowerCase(), c);

    const errors: TabularRowError[] = [];
    const drafts: Draft[] = [];
    for (const r of rows) {
      const checked = checkRow(r.values, r.row, byName, now);
      if ('reason' in checked) errors.push(checked);
      else drafts.push(checked);
    }
    if (errors.length > 0) return { imported: 0, rows: rows.length, errors: errors.slice(0, REPORT_MAX) };
    if (drafts.length === 0) return { imported: 0, rows: 0, errors: [] };

    await this.ds.transaction(async (m) => {
      await this.write(m, viewer.userId, community, drafts);
      await this.audit.record(
        actor.meta,
        {
          operation: 'ticket.import',
          targetType: 'Community',
          targetId: community.id,
          grant: actingGrant(viewer, 'ticket.triage', place),
          streetId: community.streetId,
          communityId: community.id,
          summary: { rows: drafts.length, format: input.format },
        },
        m,
      );
    });
    return { imported: drafts.length, rows: rows.length, errors: [] };
  }

  /** The tickets and their backdated timelines, in batches of multi-row inserts. */
  private async write(m: EntityManager, importerId: string, community: CommunityEntity, drafts: Draft[]) {
    const batch = newId().replaceAll('-', '').slice(0, 20);
    const tickets: Partial<TicketEntity>[] = [];
    const events: Partial<TicketEventEntity>[] = [];
    drafts.forEach((d, i) => {
      const id = newId();
      const reply = this.calendar().dueAt(d.submittedAt, d.category.replyDays);
      const resolve = this.calendar().dueAt(d.submittedAt, d.category.resolveDays);
      const accepted = d.outcome !== S.REJECTED;
      const lastAt = d.resolvedAt ?? d.repliedAt ?? d.submittedAt;
      tickets.push({
        id,
        createdAt: d.submittedAt,
        updatedAt: lastAt,
        streetId: community.streetId,
        communityId: community.id,
        estateId: null,
        buildingId: null,
        categoryId: d.category.id,
        submitterId: importerId,
        title: d.title,
        body: d.text,
        locationText: d.place,
        anonymous: false,
        state: d.outcome,
        version: 1,
        idempotencyKey: `imp_${batch}_${i}`,
        mergedIntoId: null,
        acceptedAt: accepted ? d.submittedAt : null,
        firstRepliedAt: accepted ? d.repliedAt : null,
        resolvedAt: d.outcome === S.RESOLVED ? d.resolvedAt : null,
        replyDueAt: accepted ? reply.dueAt : null,
        triageOverdueNotifiedAt: null,
        resolveDueAt: accepted ? resolve.dueAt : null,
        dueCovered: reply.covered && resolve.covered,
        rating: null,
        ratingComment: null,
        reopenCount: 0,
        source: d.source,
        externalRef: null,
        contactName: null,
        contactPhone: null,
        recordedById: importerId,
        escalatedToId: null,
        imported: true,
      });
      const ev = (type: E, at: Date, from: S | null, to: S | null, note: string | null) =>
        events.push({
          id: newId(),
          createdAt: at,
          ticketId: id,
          communityId: community.id,
          type,
          fromState: from,
          toState: to,
          actorId: importerId,
          actorRole: null,
          organisationId: null,
          note,
          relatedTicketId: null,
        });
      ev(E.SUBMITTED, d.submittedAt, null, S.SUBMITTED, null);
      if (!accepted) {
        ev(E.REJECTED, d.repliedAt ?? d.submittedAt, S.SUBMITTED, S.REJECTED, d.reply);
        return;
      }
      ev(E.ACCEPTED, d.submittedAt, S.SUBMITTED, S.ACCEPTED, '历史导入 / imported');
      ev(E.REPLIED, d.repliedAt as Date, S.ACCEPTED, S.REPLIED, d.reply);
      if (d.outcome === S.RESOLVED) ev(E.RESOLVED, d.resolvedAt as Date, S.REPLIED, S.RESOLVED, d.reply);
    });
    for (let i = 0; i < tickets.length; i += 100) await m.insert(TicketEntity, tickets.slice(i, i + 100));
    for (let i = 0; i < events.length; i += 200) await m.insert(TicketEventEntity, events.slice(i, i + 200));
  }
}

/** One row checked: the ticket to write, or why it is refused. */
function checkRow(
  v: Partial<Record<Column, string>>,
  row: number,
  categories: Map<string, TicketCategoryEntity>,
  now: Date,
): TabularRowError | Draft {
  const refuse = (column: string, reason: string, message: string): TabularRowError => ({
    row,
    column,
    reason,
    message,
  });
  const time = (col: 'submittedAt' | 'repliedAt' | 'resolvedAt', required: boolean): Date | null | TabularRowError => {
    const text = v[col] ?? '';
    if (!text) return required ? refuse(col, 'BLANK', `${col} is blank`) : null;
    const d = parseLocalTime(text);
    if (!d) return refuse(col, 'BAD_TIME', `${col} is not a time (YYYY-MM-DD HH:mm or ISO 8601)`);
    if (d > now) return refuse(col, 'FUTURE_TIME', `${col} is in the future`);
    return d;
  };
  const isError = (x: unknown): x is TabularRowError => !!x && typeof x === 'object' && 'reason' in x;

  const submittedAt = time('submittedAt', true);
  if (isError(submittedAt)) return submittedAt;
  const categoryText = v.category ?? '';
  if (!categoryText) return refuse('category', 'BLANK', 'category is blank');
  const category = categories.get(categoryText.toLowerCase());
  if (!category) return refuse('category', 'UNKNOWN_CATEGORY', 'No category with this code or name in the community');
  const text = v.text ?? '';
  if (!text) return refuse('text', 'BLANK', 'text is blank');
  for (const [col, max] of [
    ['text', 2000],
    ['title', 100],
    ['place', 200],
    ['reply', 2000],
  ] as const) {
    if (codePointLength(v[col] ?? '') > max) return refuse(col, 'TOO_LONG', `${col} is longer than ${max} characters`);
  }
  const outcome = OUTCOMES[(v.outcome ?? '').toUpperCase()] ?? OUTCOMES[v.outcome ?? ''];
  if (!outcome) return refuse('outcome', 'BAD_OUTCOME', 'outcome must be RESOLVED, REPLIED or REJECTED');
  const source = (v.source ?? '').toUpperCase() || TicketSource.IMPORT;
  if (!Object.values(TicketSource).includes(source as TicketSource) || source === TicketSource.APP) {
    return refuse('source', 'BAD_SOURCE', 'source must be PHONE, COUNTER, GRID_PATROL, HOTLINE_12345, LETTER or blank');
  }
  const reply = v.reply ?? '';
  const repliedAt = time('repliedAt', outcome !== S.REJECTED);
  if (isError(repliedAt)) return repliedAt;
  const resolvedAt = time('resolvedAt', outcome === S.RESOLVED);
  if (isError(resolvedAt)) return resolvedAt;
  if (outcome !== S.REJECTED && !reply) return refuse('reply', 'BLANK', 'reply is blank');
  if (repliedAt && repliedAt < (submittedAt as Date))
    return refuse('repliedAt', 'TIME_ORDER', 'repliedAt is before submittedAt');
  if (resolvedAt && repliedAt && resolvedAt < repliedAt)
    return refuse('resolvedAt', 'TIME_ORDER', 'resolvedAt is before repliedAt');
  const title = v.title || [...text].slice(0, 30).join('');
  return {
    submittedAt: submittedAt as Date,
    category,
    place: v.place || null,
    title,
    text,
    outcome,
    reply: reply || null,
    repliedAt: outcome === S.REJECTED ? repliedAt : repliedAt,
    resolvedAt: outcome === S.RESOLVED ? resolvedAt : null,
    source: source as TicketSource,
  };
}
