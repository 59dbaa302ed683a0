import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { CommunityEntity } from './community.entity.js';
import { EstateEntity } from './estate.entity.js';
import { OrganisationKind } from './org.enums.js';
import { StreetEntity } from './street.entity.js';

/**
 * An organisation acting in the tree: community office and party branch (community), owners'
 * committee (one estate), property company (serves estates through `organisation_estate`),
 * department (street level), social organisation (community).
 */
@Entity('organisation')
@Index('ix_organisation_street', ['streetId'])
@Index('ix_organisation_community', ['communityId'])
export class OrganisationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationKind;

  @TextColumn(100)
  name: string;

  @ForeignKey(() => StreetEntity)
  @RefColumn()
  streetId: string;

  /** Set for community-level organisations (office, party branch, committee, social org). */
  @ForeignKey(() => CommunityEntity)
  @RefColumn({ nullable: true })
  communityId: string | null;

  /** Set for an owners' committee: the one estate it belongs to. */
  @ForeignKey(() => EstateEntity)
  @RefColumn({ nullable: true })
  estateId: string | null;

  @TextColumn(200, { nullable: true })
  contact: string | null;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  /** Optimistic lock: an update applies only to the version its author saw (`expectedVersion`). */
  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
