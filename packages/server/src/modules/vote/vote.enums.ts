export { Choice, MatterKind } from './vote.rule.js';

/** Who organises the vote: the owners' committee, or the community for a first assembly (首次业主大会). */
export enum VoteOrganiser {
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  COMMUNITY = 'COMMUNITY',
}

/** DRAFT (editable) → OPEN (roll frozen, ballots accepted between opensAt and closesAt) → CLOSED (result frozen). */
export enum VoteStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** How a ballot arrived: online by the owner, or entered by staff from a signed paper ballot. */
export enum BallotChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}
