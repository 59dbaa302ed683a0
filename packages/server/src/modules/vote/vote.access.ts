import type { DataSource, EntityManager } from 'typeorm';
import { allowed, authorize } from '../../auth/abilities.js';
import { requireViewer } from '../../auth/policy.js';
import { scoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { fail, notFound, type Reason } from '../../common/errors.js';
import { type VoteEntity, VoteVoterEntity } from './vote.entity.js';
import type { VoteStatus } from './vote.enums.js';
import { type VoteAbility, type VoteRecord, votePolicy, voteRead } from './vote.policy.js';

export type LoadedVote = VoteEntity & VoteRecord & { myVoter: VoteVoterEntity | null };

/**
 * A vote the viewer may read (NOT_FOUND otherwise), with their own line of the roll — read in the
 * same statement (the viewer's own line of a vote they read, joined to it).
 */
export async function loadVote(db: DataSource | EntityManager, viewer: Viewer | null, id: string): Promise<LoadedVote> {
  const qb = scoped(db, viewer).query(voteRead, 'r').andWhere('r.id = :scopedId', { scopedId: id });
  if (viewer) {
    qb.leftJoinAndMapOne('r.myVoter', VoteVoterEntity, 'mv', 'mv.voteId = r.id AND mv.userId = :me', {
      me: viewer.userId,
    });
  }
  const vote = (await qb.getOne()) as (VoteEntity & { myVoter?: VoteVoterEntity | null }) | null;
  if (!vote) throw notFound(voteRead.what);
  return Object.assign(vote, { myVoter: vote.myVoter ?? null });
}

/**
 * `authorize` for an ability that needs the vote in `state`: a viewer who could act in that state
 * gets the state's reason (e.g. VOTE_NOT_OPEN), others NOT_FOUND / FORBIDDEN as usual.
 */
export function authorizeVote(
  viewer: Viewer | null,
  vote: LoadedVote,
  ability: Parameters<typeof allowed<VoteRecord, VoteAbility>>[2],
  state: VoteStatus,
  reason: Reason,
): Viewer {
  const v = requireViewer(viewer);
  if (vote.status !== state && votePolicy.read(v, vote) && allowed(v, votePolicy, ability, { ...vote, status: state }))
    throw fail(reason, `The vote is ${vote.status.toLowerCase()}`);
  return authorize(v, votePolicy, ability, vote);
}
