import type { DataSource } from 'typeorm';
import { reachFor } from '../../auth/policy.js';
import { applyReach } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import { sqlDate } from '../../db/sql.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketEventType as E } from './ticket.enums.js';
import { TicketEventEntity } from './ticket-event.entity.js';

export interface DepartmentAnswerRow {
  organisationId: string;
  escalated: number;
  answered: number;
  acknowledged: number;
  medianAnswerHours: number | null;
  maxAnswerHours: number | null;
}

const asDate = (v: unknown) => (v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`));
const MAX_ROWS = 20_000;

/**
 * How each street department answered what was escalated to it in [from, to): per escalation
 * event, the first acknowledgement and the first answer after it (each looked up by the ticket's
 * own events), in clock hours; median and longest per department. Bounded by the period and the
 * viewer's figures reach.
 */
export async function departmentAnswerTimes(
  ds: DataSource,
  viewer: Viewer | null,
  args: { streetId?: string; from: Date; to: Date },
): Promise<DepartmentAnswerRow[]> {
  const firstAfter = (type: E) =>
    `(SELECT MIN(a.createdAt) FROM ticket_event a WHERE a.ticketId = e.ticketId AND a.type = '${type}' AND a.createdAt >= e.createdAt)`;
  const qb = ds
    .getRepository(TicketEventEntity)
    .createQueryBuilder('e')
    .innerJoin(TicketEntity, 't', 't.id = e.ticketId')
    .select('e.organisationId', 'org')
    .addSelect('e.createdAt', 'at')
    .addSelect(firstAfter(E.ESCALATION_ANSWERED), 'answeredAt')
    .addSelect(firstAfter(E.ESCALATION_ACKNOWLEDGED), 'acknowledgedAt')
    .where('e.type = :esc AND e.organisationId IS NOT NULL', { esc: E.ESCALATED })
    .andWhere('e.createdAt >= :from AND e.createdAt < :to', { from: sqlDate(ds, args.from), to: sqlDate(ds, args.to) })
    .orderBy('e.createdAt', 'ASC')
    .limit(MAX_ROWS);
  applyReach(qb, 't', reachFor(viewer, 'ticket.figures'));
  if (args.streetId) qb.andWhere('t.streetId = :sid', { sid: args.streetId });
  const rows = await qb.getRawMany<{ org: string; at: unknown; answeredAt: unknown; acknowledgedAt: unknown }>();
  const by = new Map<string, { escalated: number; acknowledged: number; hours: number[] }>();
  for (const r of rows) {
    const g = by.get(r.org) ?? { escalated: 0, acknowledged: 0, hours: [] };
    g.escalated += 1;
    if (r.acknowledgedAt) g.acknowledged += 1;
    if (r.answeredAt) g.hours.push((asDate(r.answeredAt).getTime() - asDate(r.at).getTime()) / 3_600_000);
    by.set(r.org, g);
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return [...by.entries()]
    .map(([organisationId, g]) => {
      const sorted = g.hours.sort((a, b) => a - b);
      const mid = sorted.length ? (sorted[Math.ceil(sorted.length / 2) - 1] as number) : null;
      return {
        organisationId,
        escalated: g.escalated,
        answered: sorted.length,
        acknowledged: g.acknowledged,
        medianAnswerHours: mid === null ? null : round(mid),
        maxAnswerHours: sorted.length ? round(sorted.at(-1) as number) : null,
      };
    })
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId));
}
