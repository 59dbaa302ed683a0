import { Column, Entity, ForeignKey, Index } from 'typeorm';
import {
  BaseEntity,
  BoolColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  TextColumn,
  UpdatedAt,
} from '../../db/columns.js';
import { HouseholdEntity } from '../org/household.entity.js';
import { BallotChannel, VoteOrganiser, VoteStatus } from './vote.enums.js';
import { Choice, MatterKind } from './vote.rule.js';

/**
 * 表决单元 — a household's voting data, kept in the vote module's own table (keyed by household) so
 * that the org module's `household` table is not altered: the registered exclusive area
 * (解释第八条) and the owner of record (staff-entered; otherwise the approved OWNER binding).
 */
@Entity('vote_unit')
@Index('uq_vote_unit_household', ['householdId'], { unique: true })
@Index('ix_vote_unit_estate', ['estateId'])
export class VoteUnitEntity extends BaseEntity {
  @ForeignKey(() => HouseholdEntity)
  @RefColumn()
  householdId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;

  /** Exclusive floor area (专有部分面积) in hundredths of m². */
  @IntColumn()
  areaCentiM2: number;

  /** The owner's account, when staff entered it (else the approved OWNER binding is used). */
  @RefColumn({ nullable: true })
  ownerUserId: string | null;

  /** A reference grouping one owner's units (e.g. the property certificate number). Personal data. */
  @TextColumn(64, { nullable: true })
  ownerRef: string | null;

  /** The owner's name as registered. Personal data. */
  @TextColumn(50, { nullable: true })
  ownerName: string | null;

  /** Held by the developer (unsold, or sold and not delivered): all such units are one owner. */
  @BoolColumn(false)
  developerHeld: boolean;

  @UpdatedAt()
  updatedAt: Date;
}

/** 表决 — an owners' vote of one estate. */
@Entity('vote')
@Index('ix_vote_community', ['communityId', 'createdAt'])
@Index('ix_vote_estate', ['estateId', 'createdAt'])
@Index('ix_vote_status_closes', ['status', 'closesAt'])
export class VoteEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;

  @TextColumn(100)
  title: string;

  @Column({ type: 'varchar', length: 20 })
  organiser: VoteOrganiser;

  @Column({ type: 'varchar', length: 10 })
  status: VoteStatus;

  @DateTimeColumn()
  opensAt: Date;

  @DateTimeColumn()
  closesAt: Date;

  /** 实名公开: staff may see how each owner voted. Otherwise only whether they voted. */
  @BoolColumn(false)
  openBallots: boolean;

  /** Frozen at opening: the roll's area and headcount (the bases of participation). */
  @IntColumn({ nullable: true })
  totalArea: number | null;

  @IntColumn({ nullable: true })
  totalOwners: number | null;

  @DateTimeColumn({ nullable: true })
  openedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  closedAt: Date | null;

  /** The tally frozen at closing (JSON of `TallyResult`). */
  @LongTextColumn({ nullable: true })
  result: string | null;

  /** When the frozen result was handed to the committee's disclosure channel (null: not yet / none). */
  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;

  @RefColumn()
  createdById: string;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}

/** A matter put to the vote (事项). */
@Entity('vote_matter')
@Index('ix_vote_matter_vote', ['voteId', 'position'])
export class VoteMatterEntity extends BaseEntity {
  @ForeignKey(() => VoteEntity)
  @RefColumn()
  voteId: string;

  @IntColumn()
  position: number;

  @Column({ type: 'varchar', length: 10 })
  kind: MatterKind;

  @TextColumn(100)
  title: string;

  @LongTextColumn()
  text: string;

  /** JSON array of file ids (attached to the vote, `attachedType` 'Vote'). */
  @LongTextColumn()
  attachmentFileIds: string;
}

/** One owner of the roll frozen at opening (the developer's units together are one). */
@Entity('vote_voter')
@Index('uq_vote_voter_owner', ['voteId', 'ownerKey'], { unique: true })
@Index('ix_vote_voter_user', ['userId', 'voteId'])
export class VoteVoterEntity extends BaseEntity {
  @ForeignKey(() => VoteEntity)
  @RefColumn()
  voteId: string;

  @TextColumn(80)
  ownerKey: string;

  /** Who may vote online for this owner (null: paper only). */
  @RefColumn({ nullable: true })
  userId: string | null;

  @TextColumn(50, { nullable: true })
  ownerName: string | null;

  @BoolColumn(false)
  developer: boolean;

  @IntColumn()
  areaCentiM2: number;

  @IntColumn()
  unitCount: number;

  /** The households of this owner (JSON array of ids). */
  @LongTextColumn()
  householdIds: string;

  /** Position in the roll (by the first unit's building/unit/room order). */
  @IntColumn()
  position: number;
}

/** The current ballot of one owner; one per owner, decided by the unique key. */
@Entity('vote_ballot')
@Index('uq_vote_ballot_voter', ['voteId', 'voterId'], { unique: true })
export class VoteBallotEntity extends BaseEntity {
  @ForeignKey(() => VoteEntity)
  @RefColumn()
  voteId: string;

  @ForeignKey(() => VoteVoterEntity)
  @RefColumn()
  voterId: string;

  @Column({ type: 'varchar', length: 10 })
  channel: BallotChannel;

  /** Staff member who entered a paper ballot (null online). */
  @RefColumn({ nullable: true })
  enteredById: string | null;

  /** The scan of the signed paper ballot. */
  @RefColumn({ nullable: true })
  scanFileId: string | null;

  @IntColumn({ default: 1 })
  revision: number;

  @UpdatedAt()
  updatedAt: Date;
}

/** One choice of the current ballot on one matter (what the tally sums). */
@Entity('vote_choice')
@Index('uq_vote_choice_ballot_matter', ['ballotId', 'matterId'], { unique: true })
@Index('ix_vote_choice_vote', ['voteId', 'matterId'])
export class VoteChoiceEntity extends BaseEntity {
  @RefColumn()
  voteId: string;

  @ForeignKey(() => VoteBallotEntity)
  @RefColumn()
  ballotId: string;

  @RefColumn()
  voterId: string;

  @RefColumn()
  matterId: string;

  @Column({ type: 'varchar', length: 10 })
  choice: Choice;
}

/** Every version of a ballot, kept (append-only): the first casting and each change. */
@Entity('vote_ballot_revision')
@Index('uq_vote_ballot_revision', ['ballotId', 'revision'], { unique: true })
export class VoteBallotRevisionEntity extends BaseEntity {
  @RefColumn()
  voteId: string;

  @ForeignKey(() => VoteBallotEntity)
  @RefColumn()
  ballotId: string;

  @RefColumn()
  voterId: string;

  @IntColumn()
  revision: number;

  /** JSON: [{ matterId, choice }]. */
  @LongTextColumn()
  choices: string;

  @Column({ type: 'varchar', length: 10 })
  channel: BallotChannel;

  @RefColumn({ nullable: true })
  enteredById: string | null;

  @RefColumn({ nullable: true })
  scanFileId: string | null;
}
