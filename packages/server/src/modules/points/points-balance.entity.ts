import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn, RefColumn, UpdatedAt } from '../../db/columns.js';

/**
 * The cached balance of one resident in one community: written only in the transaction that
 * appends a ledger entry (the row is locked first), so it always equals the ledger's sum
 * (checked by the property test). Its row is also the lock that serialises one resident's awards,
 * caps and redemptions.
 */
@Entity('points_balance')
export class PointsBalanceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  communityId: string;

  @RefColumn()
  streetId: string;

  @IntColumn({ default: 0 })
  balance: number;

  @UpdatedAt()
  updatedAt: Date;
}
