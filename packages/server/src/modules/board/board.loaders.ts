import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import {
  TicketCallbackEntity,
  TicketClosureEntity,
  TicketFollowEntity,
  TicketHiddenPartEntity,
  TicketMeTooEntity,
} from './board.entity.js';

/** 我也遇到 count of each ticket (one grouped statement per batch). */
export function meTooCountLoader(ds: DataSource) {
  return new DataLoader<string, number>(async (ids) => {
    const rows = await ds
      .getRepository(TicketMeTooEntity)
      .createQueryBuilder('mt')
      .select('mt.ticketId', 'ticketId')
      .addSelect('COUNT(*)', 'n')
      .where('mt.ticketId IN (:...ids)', { ids: [...ids] })
      .groupBy('mt.ticketId')
      .getRawMany<{ ticketId: string; n: number | string }>();
    return ids.map((id) => Number(rows.find((r) => r.ticketId === id)?.n ?? 0));
  });
}

/** Which of `userId|ticketId` pairs exist in a per-person table (我也遇到, follows). */
function pairLoader(ds: DataSource, entity: typeof TicketMeTooEntity | typeof TicketFollowEntity) {
  return new DataLoader<string, boolean>(async (keys) => {
    const pairs = keys.map((k) => k.split('|') as [string, string]);
    const userIds = [...new Set(pairs.map((p) => p[0]))];
    const rows = await ds.getRepository(entity).find({
      where: { userId: In(userIds), ticketId: In(pairs.map((p) => p[1])) },
      select: { userId: true, ticketId: true },
    });
    return pairs.map(([u, t]) => rows.some((r) => r.userId === u && r.ticketId === t));
  });
}

export const viewerMeTooLoader = (ds: DataSource) => pairLoader(ds, TicketMeTooEntity);
export const viewerFollowsLoader = (ds: DataSource) => pairLoader(ds, TicketFollowEntity);

/** Hidden texts of each ticket. */
export function hiddenPartsLoader(ds: DataSource) {
  return new DataLoader<string, TicketHiddenPartEntity[]>(async (ids) => {
    const rows = await ds.getRepository(TicketHiddenPartEntity).findBy({ ticketId: In([...ids]) });
    return ids.map((id) => rows.filter((r) => r.ticketId === id));
  });
}

/** Follow-up calls of each ticket, newest first, at most 20 each. */
export function callbacksLoader(ds: DataSource) {
  return new DataLoader<string, TicketCallbackEntity[]>(async (ids) => {
    const rows = await ds
      .getRepository(TicketCallbackEntity)
      .find({ where: { ticketId: In([...ids]) }, order: { createdAt: 'DESC', id: 'DESC' } });
    return ids.map((id) => rows.filter((r) => r.ticketId === id).slice(0, 20));
  });
}

/** When each ticket closed itself (null: it did not). */
export function closureLoader(ds: DataSource) {
  return new DataLoader<string, Date | null>(async (ids) => {
    const rows = await ds.getRepository(TicketClosureEntity).findBy({ ticketId: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.ticketId === id)?.createdAt ?? null);
  });
}
