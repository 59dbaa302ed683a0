import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { MeetingActionItemEntity, MeetingAgendaItemEntity, MeetingPartyEntity } from './meeting.entity.js';

/** Rows of `entity` grouped by one of its columns, one query per batch of keys (ordered by `order`). */
function groupLoader<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return new DataLoader<string, E[]>(
    async (keys) => {
      const rows = await ds
        .getRepository(entity)
        .find({ where: { [column]: In([...keys]) } as never, order: order as never });
      const map = new Map<string, E[]>();
      for (const r of rows) {
        const k = r[column] as string;
        map.set(k, [...(map.get(k) ?? []), r]);
      }
      return keys.map((k) => map.get(k) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

export const meetingLoaders = (ds: DataSource) => ({
  meetingParties: groupLoader(ds, MeetingPartyEntity, 'meetingId', { createdAt: 'ASC', id: 'ASC' }),
  meetingAgenda: groupLoader(ds, MeetingAgendaItemEntity, 'meetingId', { position: 'ASC', id: 'ASC' }),
  meetingActionItems: groupLoader(ds, MeetingActionItemEntity, 'meetingId', { createdAt: 'ASC', id: 'ASC' }),
  agendaItemsByTicket: groupLoader(ds, MeetingAgendaItemEntity, 'ticketId', { createdAt: 'DESC', id: 'DESC' }),
  actionItemsByTicket: groupLoader(ds, MeetingActionItemEntity, 'ticketId', { createdAt: 'DESC', id: 'DESC' }),
});
