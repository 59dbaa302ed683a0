import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { TicketAssignmentEntity } from '../../modules/ticket/ticket-assignment.entity.js';
import { TicketEventEntity } from '../../modules/ticket/ticket-event.entity.js';

function groupBy<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T[]> {
  const map = new Map<T[K], T[]>();
  for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
  return map;
}

/** Assignments (every state) of each ticket, batched per request. */
export function assignmentsByTicketLoader(ds: DataSource) {
  return new DataLoader<string, TicketAssignmentEntity[]>(async (ids) => {
    const rows = await ds
      .getRepository(TicketAssignmentEntity)
      .find({ where: { ticketId: In([...ids]) }, order: { id: 'ASC' } });
    const map = groupBy(rows, 'ticketId');
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Timeline of each ticket in order, batched per request (at most 500 events a ticket). */
export function eventsByTicketLoader(ds: DataSource) {
  return new DataLoader<string, TicketEventEntity[]>(async (ids) => {
    const rows = await ds
      .getRepository(TicketEventEntity)
      .find({ where: { ticketId: In([...ids]) }, order: { id: 'ASC' } });
    const map = groupBy(rows, 'ticketId');
    return ids.map((id) => (map.get(id) ?? []).slice(0, 500));
  });
}
