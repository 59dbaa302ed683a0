import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { VoteEntity } from './vote.entity.js';

/** Where a vote record sits in the tenancy tree. */
export const placeOfVote = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the records of the places where the viewer holds `vote.read`. */
export const voteRead: ReadRule<VoteEntity> = {
  entity: VoteEntity,
  what: 'Vote',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'vote.read'), { street: 'streetId', community: 'communityId' }),
};

/** Who may do what with a vote record (a record about to be created is judged by its place). */
export const votePolicy = allow({
  what: 'Vote',
  read: (v, r: { streetId: string; communityId: string }) => can(v, 'vote.read', placeOfVote(r)),
  abilities: {
    create: (v, r) => can(v, 'vote.manage', placeOfVote(r)),
  },
});
