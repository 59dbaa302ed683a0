import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';
import { BallotChannel, Choice, MatterKind, VoteOrganiser, VoteStatus } from './vote.enums.js';

@ObjectType({ description: 'What the viewer may do with this vote (the server’s checks, as booleans).' })
export class VoteViewerCan {
  @Field(() => Boolean, { description: 'Edit the draft (updateVote).' })
  edit: boolean;
  @Field(() => Boolean, { description: 'Open it, freezing the roll (openVote).' })
  open: boolean;
  @Field(() => Boolean, { description: 'Enter a signed paper ballot (enterPaperBallot).' })
  enterPaperBallot: boolean;
  @Field(() => Boolean, { description: 'Remind the owners who have not voted (remindVoters).' })
  remind: boolean;
  @Field(() => Boolean, { description: 'Read the roll and who has voted (voteRoll).' })
  readRoll: boolean;
  @Field(() => Boolean, { description: 'See how each owner voted (only for a vote declared open, 实名公开).' })
  readChoices: boolean;
  @Field(() => Boolean, { description: 'Cast or change one’s own ballot online (castBallot).' })
  cast: boolean;
}

@ObjectType({ description: 'A matter put to the vote.' })
export class VoteMatter {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;
  @Field(() => Int, { description: 'Its position, from 0.' })
  position: number;
  @Field(() => MatterKind, { description: 'ORDINARY or MAJOR: which majority it needs.' })
  kind: MatterKind;
  @Field(() => String, { description: 'Short title.' })
  title: string;
  @Field(() => String, { description: 'The full text put to the owners.' })
  text: string;
  attachmentFileIds: string[];
}

@ObjectType({ description: 'A share compared with its statutory bound, computed exactly (integers, never floats).' })
export class ThresholdCheck {
  @Field(() => Int, { description: 'Area of the part, hundredths of m².' })
  areaCentiM2: number;
  @Field(() => Int, { description: 'Owners of the part (headcount).' })
  owners: number;
  @Field(() => Int, { description: 'Area of the base, hundredths of m².' })
  baseAreaCentiM2: number;
  @Field(() => Int, { description: 'Owners of the base.' })
  baseOwners: number;
  @Field(() => Int, {
    description: 'Area share in tenths of a percent, rounded (display only: the decision is exact).',
  })
  areaPermille: number;
  @Field(() => Int, { description: 'Headcount share in tenths of a percent, rounded (display only).' })
  ownersPermille: number;
  @Field(() => Boolean, { description: 'The area share meets the bound.' })
  areaMet: boolean;
  @Field(() => Boolean, { description: 'The headcount share meets the bound.' })
  ownersMet: boolean;
  @Field(() => Boolean, { description: 'Both meet it.' })
  met: boolean;
  @Field(() => String, { description: 'The bound: "≥ 2/3", "≥ 3/4" or "> 1/2".' })
  bound: string;
}

@ObjectType({ description: 'Area and headcount of one choice on a matter.' })
export class ChoiceCount {
  @Field(() => Int, { description: 'Area, hundredths of m².' })
  areaCentiM2: number;
  @Field(() => Int, { description: 'Owners.' })
  owners: number;
}

@ObjectType({ description: 'One matter’s count and outcome.' })
export class MatterTally {
  @Field(() => ID, { description: 'The matter.' })
  matterId: string;
  @Field(() => MatterKind, { description: 'Its kind.' })
  kind: MatterKind;
  @Field(() => ChoiceCount, { description: 'For.' })
  for: ChoiceCount;
  @Field(() => ChoiceCount, { description: 'Against.' })
  against: ChoiceCount;
  @Field(() => ChoiceCount, { description: 'Abstain.' })
  abstain: ChoiceCount;
  @Field(() => ThresholdCheck, { description: 'Agreement against the participating area and owners.' })
  agreement: ThresholdCheck;
  @Field(() => Boolean, { description: 'Participation and agreement both met (as of now, or frozen at closing).' })
  passed: boolean;
  @Field(() => String, {
    description: 'Why, in words, in the reader’s language: "参与面积 71.2 % ≥ 2/3；同意面积 52.0 % > 1/2 …".',
  })
  reason: string;
  @Field(() => String, { description: 'Why, in Chinese.' })
  reasonZh: string;
  @Field(() => String, { description: 'Why, in English.' })
  reasonEn: string;
}

@ObjectType({ description: 'The tally: live while open, frozen at closing (民法典 278; 解释 8-9).' })
export class VoteTally {
  @Field(() => Boolean, { description: 'True once the vote has closed: the result no longer changes.' })
  frozen: boolean;
  @Field(() => ThresholdCheck, { description: 'Participation against the roll’s total area and owners (≥ 2/3 each).' })
  participation: ThresholdCheck;
  @Field(() => [MatterTally], { description: 'Each matter, in order.' })
  matters: MatterTally[];
}

@ObjectType({ description: 'An owners’ vote (业主表决) of an estate.' })
export class Vote {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;
  @Field(() => ID, { description: 'The community.' })
  communityId: string;
  @Field(() => ID, { description: 'The estate whose owners vote.' })
  estateId: string;
  @Field(() => String, { description: 'Title.' })
  title: string;
  @Field(() => VoteOrganiser, { description: 'Who organises it.' })
  organiser: VoteOrganiser;
  @Field(() => VoteStatus, { description: 'DRAFT, OPEN or CLOSED.' })
  status: VoteStatus;
  @Field(() => Date, { description: 'When ballots start to be accepted.' })
  opensAt: Date;
  @Field(() => Date, { description: 'When it closes.' })
  closesAt: Date;
  @Field(() => Boolean, { description: '实名公开: staff see how each owner voted.' })
  openBallots: boolean;
  @Field(() => Date, { nullable: true, description: 'When it was opened (the roll frozen).' })
  openedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When its result was frozen.' })
  closedAt: Date | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the frozen result was published to the committee’s disclosure channel (null: not yet, or no channel).',
  })
  publishedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Total exclusive area of the frozen roll, hundredths of m².' })
  totalAreaCentiM2: number | null;
  @Field(() => Int, { nullable: true, description: 'Total owners of the frozen roll (headcount, 解释第九条).' })
  totalOwners: number | null;
  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
  entity: import('./vote.entity.js').VoteEntity;
}

@ObjectType({ description: 'One choice of a ballot.' })
export class BallotChoice {
  @Field(() => ID, { description: 'The matter.' })
  matterId: string;
  @Field(() => Choice, { description: 'The choice.' })
  choice: Choice;
}

@ObjectType({ description: 'One version of a ballot (each casting and change is kept).' })
export class BallotRevision {
  @Field(() => Int, { description: '1 for the first casting, then +1 per change.' })
  revision: number;
  @Field(() => BallotChannel, { description: 'How this version arrived.' })
  channel: BallotChannel;
  @Field(() => [BallotChoice], { description: 'Its choices.' })
  choices: BallotChoice[];
  @Field(() => Date, { description: 'When.' })
  createdAt: Date;
  @Field(() => Boolean, { description: 'Entered by staff for the owner.' })
  enteredByStaff: boolean;
}

@ObjectType({ description: 'An owner’s current ballot.' })
export class Ballot {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;
  @Field(() => BallotChannel, { description: 'How the current version arrived.' })
  channel: BallotChannel;
  @Field(() => Int, { description: 'How many versions it has had.' })
  revision: number;
  @Field(() => Date, { description: 'When it was last cast or changed.' })
  updatedAt: Date;
  voterId: string;
  voteId: string;
  scanFileId: string | null;
  /** The viewer may see its choices and versions (its owner, or staff of a vote declared open). */
  visible: boolean;
  /** The viewer may see the scan (staff reading the roll). */
  scanVisible: boolean;
}

@ObjectType({
  description: 'One owner of a vote’s frozen roll (one buyer of several units, or the developer, is one owner).',
})
export class VoteVoter {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;
  @Field(() => String, {
    nullable: true,
    description: 'The owner’s name (masked for viewers who do not manage the vote).',
  })
  ownerName: string | null;
  @Field(() => Boolean, { description: 'The developer’s unsold or undelivered units (one owner).' })
  developer: boolean;
  @Field(() => Boolean, { description: 'Has an account on the platform (may vote online).' })
  online: boolean;
  @Field(() => Int, { description: 'Exclusive area of all the owner’s units, hundredths of m².' })
  areaCentiM2: number;
  @Field(() => Int, { description: 'Number of units.' })
  unitCount: number;
  householdIds: string[];
  voteId: string;
  /** The viewer manages the vote: names and rooms unmasked. */
  manage: boolean;
  /** The viewer may see how this owner voted. */
  readChoices: boolean;
}

@ObjectType({ description: 'A household’s voting data: exclusive area and owner of record.' })
export class VoteUnit {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;
  @Field(() => ID, { description: 'The household.' })
  householdId: string;
  @Field(() => Int, { description: 'Exclusive area, hundredths of m².' })
  areaCentiM2: number;
  @Field(() => String, { nullable: true, description: 'Owner’s name as registered.' })
  ownerName: string | null;
  @Field(() => String, { nullable: true, description: 'Reference grouping one owner’s units.' })
  ownerRef: string | null;
  @Field(() => Boolean, { description: 'Held by the developer.' })
  developerHeld: boolean;
  @Field(() => Date, { description: 'When it was first registered.' })
  createdAt: Date;
  ownerUserId: string | null;
}

@ObjectType({ description: 'One refused row of an import.' })
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1).' })
  row: number;
  @Field(() => String, { description: 'Column at fault (building, unit, room, area, owner, ownerRef), or empty.' })
  column: string;
  @Field(() => String, { description: 'Why (Chinese / English).' })
  message: string;
}

@ObjectType({ description: 'The outcome of an import: every row written, or none and the report.' })
export class ImportVoteUnitsPayload {
  @Field(() => Int, { description: 'Rows written (0 when any row was refused).' })
  imported: number;
  @Field(() => [ImportRowErrorType], { description: 'Refused rows; empty when the import was written.' })
  errors: ImportRowErrorType[];
}

@ObjectType({ description: 'Result of remindVoters.' })
export class RemindVotersPayload {
  @Field(() => Int, { description: 'Owners reminded (those with an account who have not voted).' })
  notified: number;
}

export const VoteConnection = ConnectionType(Vote, 'Vote', 'vote');
export const VotePayload = PayloadType(Vote, 'Vote', 'vote', 'vote');
export const VoteVoterConnection = ConnectionType(VoteVoter, 'VoteVoter', 'owner of a roll');
export const VoteUnitConnection = ConnectionType(VoteUnit, 'VoteUnit', 'voting unit');
export const VoteUnitPayload = PayloadType(VoteUnit, 'VoteUnit', 'voteUnit', 'voting unit');

@ArgsType()
export class VoteListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose votes to list.' })
  communityId: string;
  @Field(() => ID, { nullable: true, description: 'Only this estate’s.' })
  estateId?: string | null;
}

/** Which owners of a roll to list. */
export enum RollFilterEnum {
  ALL = 'ALL',
  VOTED = 'VOTED',
  NOT_VOTED = 'NOT_VOTED',
}

@ArgsType()
export class VoteRollArgs extends PageArgs {
  @Field(() => ID, { description: 'The vote.' })
  voteId: string;
  @Field(() => RollFilterEnum, {
    defaultValue: RollFilterEnum.ALL,
    description: 'All, those who voted, or those who have not.',
  })
  filter: RollFilterEnum;
}

@ArgsType()
export class VoteUnitListArgs extends PageArgs {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;
}
