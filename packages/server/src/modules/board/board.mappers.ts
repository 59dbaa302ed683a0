import type {
  ReplyTemplateEntity,
  TicketCallbackEntity,
  TicketHiddenPartEntity,
  TicketReportEntity,
} from './board.entity.js';
import type { SettingsView } from './board.service.js';
import type { BoardSettings, ReplyTemplate, TicketCallback, TicketHiddenPart, TicketReport } from './board.types.js';

export const toSettings = (s: SettingsView): BoardSettings => ({ ...s });

export const toReport = (e: TicketReportEntity): TicketReport => ({
  id: e.id,
  reason: e.reason,
  state: e.state,
  createdAt: e.createdAt,
  handledAt: e.handledAt,
  ticketId: e.ticketId,
  communityId: e.communityId,
});

export const toHiddenPart = (e: TicketHiddenPartEntity): TicketHiddenPart => ({
  part: e.part,
  reason: e.reason,
  hiddenAt: e.createdAt,
  hiddenById: e.hiddenById,
});

export const toCallback = (e: TicketCallbackEntity): TicketCallback => ({
  id: e.id,
  reached: e.reached,
  satisfaction: e.satisfaction,
  note: e.note,
  reopened: e.reopened,
  createdAt: e.createdAt,
  staffId: e.staffId,
});

export const toTemplate = (e: ReplyTemplateEntity): ReplyTemplate => ({
  id: e.id,
  version: e.version,
  communityId: e.communityId,
  categoryId: e.categoryId,
  title: e.title,
  body: e.body,
  createdAt: e.createdAt,
});
