import { type DataSource, IsNull } from 'typeorm';
import { actingGrant, can, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../identity/user.entity.js';
import { CommunityEntity } from '../org/community.entity.js';
import { loadTicketWithAccess } from '../ticket/ticket.access.js';
import type { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketReasons } from '../ticket/ticket.errors.js';
import { hidesSubmitter } from '../ticket/ticket.policy.js';
import { TicketCategoryEntity } from '../ticket/ticket-category.entity.js';
import { ReplyTemplateEntity } from './board.entity.js';
import { BoardReasons as R } from './board.errors.js';
import type * as I from './board.inputs.js';
import { communityPlace, replyTemplateRead } from './board.policy.js';

/** Most templates the reply dialog offers for one ticket. */
const PICKER = 50;

/**
 * The placeholders of reply templates: `{name}` in braces, in Chinese or English, filled for one
 * ticket. An unknown name stays as it is written.
 *   {居民姓名} {residentName}   the submitter's name, or the caller's of a matter taken on behalf
 *                               (居民 when anonymous to the viewer)
 *   {工单号}   {ticketNumber}   the ticket's number: the last 8 characters of its id, upper case
 *   {答复期限} {dueDate}        the resolution (else reply) deadline, YYYY-MM-DD in Asia/Shanghai
 */
export const PLACEHOLDERS: Record<string, 'residentName' | 'ticketNumber' | 'dueDate'> = {
  居民姓名: 'residentName',
  residentName: 'residentName',
  工单号: 'ticketNumber',
  ticketNumber: 'ticketNumber',
  答复期限: 'dueDate',
  dueDate: 'dueDate',
};

export const ticketNumberOf = (id: string) => id.replace(/-/g, '').slice(-8).toUpperCase();

const shanghaiDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);

/** Fills a template's text for a ticket. */
export function fillTemplate(body: string, values: Record<'residentName' | 'ticketNumber' | 'dueDate', string>) {
  return body.replace(/\{([^{}\s]{1,20})\}/g, (whole, name: string) => {
    const key = PLACEHOLDERS[name];
    return key ? values[key] : whole;
  });
}

/** 常用语: reply templates per community and category, managed by staff, filled for the reply dialog. */
export class BoardTemplateService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A community's templates (staff who configure it), newest first; with a category: its own and the general ones. */
  list(viewer: Viewer | null, args: I.ReplyTemplateListArgs) {
    const qb = scoped(this.ds, requireViewer(viewer))
      .query(replyTemplateRead, 'rt')
      .andWhere('rt.communityId = :c', { c: args.communityId });
    if (args.categoryId) qb.andWhere('(rt.categoryId IS NULL OR rt.categoryId = :cat)', { cat: args.categoryId });
    return paginate(qb, args, (r) => r);
  }

  /** The templates for a ticket's community and category, filled for it (staff who see the ticket in full). */
  async filled(viewer: Viewer | null, ticketId: string) {
    const { ticket, access } = await loadTicketWithAccess(this.ds, viewer, ticketId);
    if (!access.staff) throw notFound('Ticket');
    const templates = await unscoped(this.ds, 'templates of the community of a ticket the viewer handles (above)')
      .query(ReplyTemplateEntity, 'rt')
      .where('rt.communityId = :c', { c: ticket.communityId })
      .andWhere('(rt.categoryId IS NULL OR rt.categoryId = :cat)', { cat: ticket.categoryId })
      .orderBy('rt.categoryId', 'DESC')
      .addOrderBy('rt.createdAt', 'ASC')
      .take(PICKER)
      .getMany();
    if (!templates.length) return [];
    const values = await this.valuesFor(viewer, ticket);
    return templates.map((t) => ({ templateId: t.id, title: t.title, text: fillTemplate(t.body, values) }));
  }

  private async valuesFor(viewer: Viewer | null, ticket: TicketEntity) {
    const hidden = hidesSubmitter(viewer, { ...ticket, staffView: true, ownerView: false, isPublicView: false });
    // A matter taken on behalf (代为登记) names the person who called: until their phone registers,
    // its submitter is the staff member who recorded it, whose name must not greet the caller.
    const user = hidden
      ? null
      : ticket.contactName
        ? { displayName: ticket.contactName }
        : await unscoped(this.ds, 'the submitter of a ticket the viewer handles, whose name they see')
            .repo(UserEntity)
            .findOne({ where: { id: ticket.submitterId }, select: { id: true, displayName: true } });
    const due = ticket.resolveDueAt ?? ticket.replyDueAt;
    return {
      residentName: user?.displayName ?? '居民',
      ticketNumber: ticketNumberOf(ticket.id),
      dueDate: due ? shanghaiDate(due) : '',
    };
  }

  private async placeOf(viewer: Viewer, communityId: string, categoryId: string | null | undefined) {
    const c = await unscoped(this.ds, 'the community named, checked by the permission next')
      .repo(CommunityEntity)
      .findOneBy({ id: communityId, archivedAt: IsNull() });
    if (!c) throw notFound('Community');
    const place = communityPlace({ streetId: c.streetId, communityId: c.id });
    if (!can(viewer, 'board.configure', place)) throw notFound('Community');
    if (categoryId) {
      const cat = await unscoped(this.ds, 'categories are public')
        .repo(TicketCategoryEntity)
        .findOneBy({ id: categoryId, communityId: c.id });
      if (!cat) throw fail(TicketReasons.TICKET_UNKNOWN_CATEGORY, 'Unknown category', { field: 'categoryId' });
    }
    return place;
  }

  private text(value: string, field: string) {
    const t = value.trim();
    if (!t) throw fail(R.BOARD_BLANK_TEXT, 'Blank', { field });
    return t;
  }

  async create(actor: Actor, input: I.CreateReplyTemplateInput) {
    const viewer = requireViewer(actor.viewer);
    const place = await this.placeOf(viewer, input.communityId, input.categoryId);
    const title = this.text(input.title, 'title');
    const body = this.text(input.body, 'body');
    return this.ds.transaction(async (m) => {
      const row = await m.save(
        m.create(ReplyTemplateEntity, {
          streetId: place.streetId as string,
          communityId: input.communityId,
          categoryId: input.categoryId ?? null,
          title,
          body,
          version: 1,
        }),
      );
      await this.audited(actor, viewer, 'board.template.create', row, m);
      return row;
    });
  }

  async update(actor: Actor, input: I.UpdateReplyTemplateInput) {
    const viewer = requireViewer(actor.viewer);
    const row = await scoped(this.ds, viewer).get(replyTemplateRead, input.id);
    await this.placeOf(viewer, row.communityId, input.categoryId);
    const title = this.text(input.title, 'title');
    const body = this.text(input.body, 'body');
    return this.ds.transaction(async (m) => {
      const done = await m.update(
        ReplyTemplateEntity,
        { id: row.id, version: input.expectedVersion },
        { title, body, categoryId: input.categoryId ?? null, version: input.expectedVersion + 1 },
      );
      if (!done.affected) throw fail(R.BOARD_TEMPLATE_STALE, 'The template changed since you loaded it');
      const updated = await m.findOneByOrFail(ReplyTemplateEntity, { id: row.id });
      await this.audited(actor, viewer, 'board.template.update', updated, m);
      return updated;
    });
  }

  async remove(actor: Actor, id: string) {
    const viewer = requireViewer(actor.viewer);
    const row = await scoped(this.ds, viewer).get(replyTemplateRead, id);
    await this.ds.transaction(async (m) => {
      await m.delete(ReplyTemplateEntity, { id: row.id });
      await this.audited(actor, viewer, 'board.template.delete', row, m);
    });
    return row.id;
  }

  private audited(
    actor: Actor,
    viewer: Viewer,
    operation: string,
    row: ReplyTemplateEntity,
    m: Parameters<AuditService['record']>[2],
  ) {
    return this.audit.record(
      actor.meta,
      {
        operation,
        targetType: 'ReplyTemplate',
        targetId: row.id,
        grant: actingGrant(viewer, 'board.configure', communityPlace(row)),
        streetId: row.streetId,
        communityId: row.communityId,
        summary: { title: row.title },
      },
      m,
    );
  }
}
