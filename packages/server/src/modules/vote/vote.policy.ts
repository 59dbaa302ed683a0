import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, isEmptyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { VoteEntity, VoteUnitEntity, type VoteVoterEntity } from './vote.entity.js';
import { VoteOrganiser, VoteStatus } from './vote.enums.js';

/** Where a vote (or a voting unit) sits: an estate. */
export const placeOf = (r: { streetId: string; communityId: string; estateId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: r.estateId,
});

/**
 * Read rule as a query filter: staff where they hold `vote.read` (community, street, the
 * committee's estate), and owners on the frozen roll of the vote (no one else: private by default).
 */
export const voteRead: ReadRule<VoteEntity> = {
  entity: VoteEntity,
  what: 'Vote',
  filter: (qb, viewer) => {
    const alias = qb.alias;
    qb.andWhere(
      new Brackets((w) => {
        w.where(
          new Brackets((staff) => {
            staff.where('1 = 1');
            applyReach(staff, alias, viewer ? reachFor(viewer, 'vote.read') : emptyReach());
          }),
        );
        if (viewer && !isEmptyReach(reachFor(viewer, 'vote.cast'))) {
          w.orWhere(
            `EXISTS (SELECT 1 FROM vote_voter vv WHERE vv.voteId = ${alias}.id AND vv.userId = :voteViewerId)`,
            { voteViewerId: viewer.userId },
          );
        }
      }),
    );
  },
};

/** Voting units (areas, owners of record): staff of the estate's places only. */
export const voteUnitRead: ReadRule<VoteUnitEntity> = {
  entity: VoteUnitEntity,
  what: 'VoteUnit',
  filter: (qb: SelectQueryBuilder<VoteUnitEntity>, viewer) =>
    applyReach(qb, qb.alias, viewer ? reachFor(viewer, 'vote.read') : emptyReach()),
};

function emptyReach() {
  return {
    all: false,
    streetIds: new Set<string>(),
    communityIds: new Set<string>(),
    estateIds: new Set<string>(),
    organisationIds: new Set<string>(),
  };
}

/** A vote as the policy judges it: with the viewer's own line of the roll, if any. */
export type VoteRecord = Pick<
  VoteEntity,
  'streetId' | 'communityId' | 'estateId' | 'status' | 'organiser' | 'openBallots'
> & { myVoter: Pick<VoteVoterEntity, 'userId'> | null };

const manages = (v: Viewer, r: VoteRecord) =>
  can(v, 'vote.manage', placeOf(r)) &&
  (r.organiser !== VoteOrganiser.COMMUNITY || can(v, 'vote.organiseFirstAssembly', placeOf(r)));
const staffReads = (v: Viewer, r: VoteRecord) => can(v, 'vote.read', placeOf(r));

/** Who may do what with a vote. */
export const votePolicy = allow({
  what: 'Vote',
  read: (v, r: VoteRecord) => staffReads(v, r) || r.myVoter?.userId === v.userId,
  abilities: {
    /** Create (judged on the draft) or edit a draft. */
    edit: (v, r) => manages(v, r) && r.status === VoteStatus.DRAFT,
    /** Open it: the roll is frozen. */
    open: (v, r) => manages(v, r) && r.status === VoteStatus.DRAFT,
    /** Enter a signed paper ballot for an owner. */
    enterPaperBallot: (v, r) => manages(v, r) && r.status === VoteStatus.OPEN,
    /** Remind the owners who have not voted. */
    remind: (v, r) => manages(v, r) && r.status === VoteStatus.OPEN,
    /** See the roll and who has voted. */
    readRoll: (v, r) => staffReads(v, r),
    /** See how each owner voted: only for a vote declared open (实名公开). */
    readChoices: (v, r) => staffReads(v, r) && r.openBallots,
    /** Vote online for oneself. */
    cast: (v, r) => r.status === VoteStatus.OPEN && r.myVoter?.userId === v.userId && can(v, 'vote.cast', placeOf(r)),
  },
});

/** Managing the voting units (areas and owners of record) of an estate. */
export const voteUnitPolicy = allow({
  what: 'Estate',
  read: (v, r: Place) => can(v, 'vote.read', r),
  abilities: { manage: (v, r) => can(v, 'vote.manage', r) },
});

export type VoteAbility = keyof (typeof votePolicy)['abilities'];

/** Whether the viewer may organise a vote with this organiser at this place (first assemblies: community staff). */
export const mayOrganise = (v: Viewer, r: VoteRecord) => manages(v, r);
