import type { ErasureRequestEntity } from './privacy.entity.js';
import { ErasureStatus } from './privacy.enums.js';
import type { ErasureRequest } from './privacy.types.js';

export const toErasureRequest = (e: ErasureRequestEntity, now: Date = new Date()): ErasureRequest => ({
  id: e.id,
  userId: e.userId,
  communityId: e.communityId,
  status: e.status,
  createdAt: e.createdAt,
  dueAt: e.dueAt,
  completedAt: e.completedAt,
  overdue: e.status === ErasureStatus.PENDING && new Date(e.dueAt).getTime() < now.getTime(),
});
