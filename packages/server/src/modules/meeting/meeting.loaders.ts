import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../graphql/loaders/grouped.loader.js';
import { MeetingActionItemEntity, MeetingAgendaItemEntity, MeetingPartyEntity } from './meeting.entity.js';

/** Rows of `entity` grouped by one of its columns, read with the other loaders of the turn (ordered by `order`). */
const groupLoader = groupedLoader;

export const meetingLoaders = (ds: DataSource) => ({
  meetingParties: groupLoader(ds, MeetingPartyEntity, 'meetingId', { createdAt: 'ASC', id: 'ASC' }),
  meetingAgenda: groupLoader(ds, MeetingAgendaItemEntity, 'meetingId', { position: 'ASC', id: 'ASC' }),
  meetingActionItems: groupLoader(ds, MeetingActionItemEntity, 'meetingId', { createdAt: 'ASC', id: 'ASC' }),
  agendaItemsByTicket: groupLoader(ds, MeetingAgendaItemEntity, 'ticketId', { createdAt: 'DESC', id: 'DESC' }),
  actionItemsByTicket: groupLoader(ds, MeetingActionItemEntity, 'ticketId', { createdAt: 'DESC', id: 'DESC' }),
});
