import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, IntColumn, LongTextColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import type { CommitteePost } from './publication.enums.js';

/** A member of an owners' committee (业委会) in one term (届). Dates are Shanghai calendar days. */
@Entity('committee_member')
@Index('ix_committee_member_org', ['organisationId', 'term'])
export class CommitteeMemberEntity extends BaseEntity {
  @RefColumn()
  organisationId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;

  @TextColumn(50)
  name: string;

  /** The term (第 N 届), from 1. */
  @IntColumn()
  term: number;

  @Column({ type: 'varchar', length: 20 })
  post: CommitteePost;

  /** YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  startOn: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  endOn: string | null;

  @UpdatedAt()
  updatedAt: Date;
}

/**
 * A resolution of an owners' committee meeting with its vote: headcount and floor area (in
 * hundredths of a square metre, integers) for, against and abstaining. Attachments through the
 * file module (`CommitteeResolution`). Publishing makes a COMMITTEE publication (sourceType/Id).
 */
@Entity('committee_resolution')
@Index('ix_committee_resolution_org', ['organisationId', 'createdAt'])
export class CommitteeResolutionEntity extends BaseEntity {
  @RefColumn()
  organisationId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;

  /** YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  meetingOn: string;

  @TextColumn(200)
  subject: string;

  /** Sanitised HTML. */
  @LongTextColumn()
  body: string;

  @IntColumn()
  votesFor: number;

  @IntColumn()
  votesAgainst: number;

  @IntColumn()
  votesAbstain: number;

  /** Floor area in 0.01 m². */
  @IntColumn()
  areaFor: number;

  @IntColumn()
  areaAgainst: number;

  @IntColumn()
  areaAbstain: number;

  @Column({ type: 'simple-json' })
  attachmentFileIds: string[];

  @RefColumn({ nullable: true })
  publicationId: string | null;

  @RefColumn({ nullable: true })
  createdById: string | null;
}
