import type { HotTopicEntity } from './triage.entity.js';
import type { HotTopic } from './triage.types.js';

export const toHotTopic = (e: HotTopicEntity): HotTopic => ({
  id: e.id,
  streetId: e.streetId,
  communityId: e.communityId,
  state: e.state,
  title: e.title,
  ticketCount: e.ticketCount,
  createdAt: e.createdAt,
  lastTicketAt: e.lastTicketAt,
  primaryTicketId: e.primaryTicketId,
  dismissReason: e.dismissReason,
  closedAt: e.closedAt,
});
