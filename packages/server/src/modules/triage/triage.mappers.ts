import type { TriageEntity } from './triage.entity.js';
import type { Triage } from './triage.types.js';

export const toTriage = (e: TriageEntity): Triage => ({
  id: e.id,
  communityId: e.communityId,
  name: e.name,
  createdAt: e.createdAt,
});
