import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, RefColumn } from '../../db/columns.js';
import { Role, ScopeKind } from './identity.enums.js';
import { UserEntity } from './user.entity.js';

/**
 * user × role × scope. The place columns (street, community, estate, organisation) are the
 * resolved position of the scope node so that policies filter by them without extra lookups.
 */
@Entity('membership')
@Index('ix_membership_user', ['userId'])
@Index('ix_membership_scope', ['scopeKind', 'scopeId'])
@Index('ux_membership_active', ['userId', 'role', 'scopeKind', 'activeScopeKey'], { unique: true })
export class MembershipEntity extends BaseEntity {
  @ForeignKey(() => UserEntity)
  @RefColumn()
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'varchar', length: 16 })
  scopeKind: ScopeKind;

  /** Id of the scope node; null only for SYSTEM. */
  @RefColumn({ nullable: true })
  scopeId: string | null;

  @RefColumn({ nullable: true })
  streetId: string | null;

  @RefColumn({ nullable: true })
  communityId: string | null;

  @RefColumn({ nullable: true })
  estateId: string | null;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  @RefColumn({ nullable: true })
  grantedById: string | null;

  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;

  @RefColumn({ nullable: true })
  revokedById: string | null;

  /**
   * The scope id (`-` for SYSTEM) while the membership is active, null once revoked: with the
   * unique index it makes "one active membership per user, role and scope" a rule of the database
   * (NULLs never collide, so revoked rows may repeat). Filled on insert by IdentityKeysSubscriber.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  activeScopeKey: string | null;
}
