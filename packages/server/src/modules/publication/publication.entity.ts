import { Column, Entity, Index } from 'typeorm';
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
import type { AffairsKind, PublicationChannel, PublicationScope, PublicationStatus } from './publication.enums.js';

/** Who stands behind a publication, for draft visibility: a street, a community, an organisation, the system. */
export type PublisherKind = 'STREET' | 'COMMUNITY' | 'ORGANISATION' | 'SYSTEM';

/**
 * A disclosure (公开) on a channel, addressed to a street, community or estate. The columns hold the
 * current text; every publish and every edit of a published item is also an immutable
 * `publication_revision` row. Published rows are never deleted (withdrawal keeps them).
 */
@Entity('publication')
@Index('ix_publication_street', ['streetId', 'status', 'sortAt'])
@Index('ix_publication_community', ['communityId', 'status', 'sortAt'])
@Index('ix_publication_estate', ['estateId', 'status', 'sortAt'])
@Index('ix_publication_due', ['status', 'publishAt'])
@Index('uq_publication_source', ['sourceType', 'sourceId'], { unique: true })
export class PublicationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 24 })
  channel: PublicationChannel;

  /** COMMUNITY_AFFAIRS only: party, government or finance affairs. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  kind: AffairsKind | null;

  @Column({ type: 'varchar', length: 12 })
  scope: PublicationScope;

  @RefColumn()
  streetId: string;

  /** Null for a street-wide item. */
  @RefColumn({ nullable: true })
  communityId: string | null;

  /** Set for an estate item only. */
  @RefColumn({ nullable: true })
  estateId: string | null;

  @Column({ type: 'varchar', length: 16 })
  publisherKind: PublisherKind;

  /** The property company or owners' committee that publishes (null for street and community staff). */
  @RefColumn({ nullable: true })
  publisherOrganisationId: string | null;

  @TextColumn(200)
  title: string;

  /** Sanitised HTML (sanitize-html, publication.sanitize.ts): never raw input. */
  @LongTextColumn()
  body: string;

  @RefColumn({ nullable: true })
  coverFileId: string | null;

  @Column({ type: 'simple-json' })
  attachmentFileIds: string[];

  @BoolColumn(false)
  pinned: boolean;

  @Column({ type: 'varchar', length: 12 })
  status: PublicationStatus;

  /** When a SCHEDULED item is due. */
  @DateTimeColumn({ nullable: true })
  publishAt: Date | null;

  /** The first publication time. */
  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;

  /** Order of lists: the first publication time, or the creation time of a draft. */
  @DateTimeColumn()
  sortAt: Date;

  /** Number of the latest revision (0 while never published). */
  @IntColumn({ default: 0 })
  revisionNumber: number;

  @DateTimeColumn({ nullable: true })
  withdrawnAt: Date | null;

  @RefColumn({ nullable: true })
  withdrawnById: string | null;

  @TextColumn(500, { nullable: true })
  withdrawalReason: string | null;

  /** Distinct readers who opened it (one per user, decided by the unique key of publication_view). */
  @IntColumn({ default: 0 })
  viewCount: number;

  @RefColumn({ nullable: true })
  authorId: string | null;

  /** A record of another module this publication shows (e.g. `CommitteeResolution`), published once. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  sourceType: string | null;

  @RefColumn({ nullable: true })
  sourceId: string | null;

  /** Optimistic lock: an edit applies only to the version its author saw. */
  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}

/** One immutable published text of a publication (number 1 is the first publish). */
@Entity('publication_revision')
@Index('uq_publication_revision', ['publicationId', 'number'], { unique: true })
export class PublicationRevisionEntity extends BaseEntity {
  @RefColumn()
  publicationId: string;

  @IntColumn()
  number: number;

  @TextColumn(200)
  title: string;

  @LongTextColumn()
  body: string;

  /** Why it changed (required from the second revision on). */
  @TextColumn(500, { nullable: true })
  changeNote: string | null;

  @RefColumn({ nullable: true })
  coverFileId: string | null;

  @Column({ type: 'simple-json' })
  attachmentFileIds: string[];

  @RefColumn({ nullable: true })
  publishedById: string | null;
}

/** One reader having opened a publication: the unique key makes a view count once per user. */
@Entity('publication_view')
@Index('uq_publication_view', ['publicationId', 'userId'], { unique: true })
export class PublicationViewEntity extends BaseEntity {
  @RefColumn()
  publicationId: string;

  @RefColumn()
  userId: string;
}

/** A reader's last visit of a channel: what was published after it is "new". */
@Entity('publication_visit')
@Index('uq_publication_visit', ['userId', 'channel'], { unique: true })
export class PublicationVisitEntity extends BaseEntity {
  @RefColumn()
  userId: string;

  @Column({ type: 'varchar', length: 24 })
  channel: PublicationChannel;

  @DateTimeColumn()
  visitedAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
