import type { VoteEntity } from './vote.entity.js';
import type { Vote } from './vote.types.js';

export const toVote = (e: VoteEntity): Vote => ({
  id: e.id,
  communityId: e.communityId,
  name: e.name,
  createdAt: e.createdAt,
});
