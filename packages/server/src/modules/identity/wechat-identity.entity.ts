import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, BinaryTextColumn, DateTimeColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { UserEntity } from './user.entity.js';

/**
 * A WeChat user of the mini program, known only by keyed hashes of the openid and unionid (personal
 * data: never stored in clear, never sent, never logged), and the account it is linked to once the
 * phone number is proven.
 */
@Entity('wechat_identity')
@Index('uq_wechat_identity_openid', ['openidHash'], { unique: true })
@Index('ix_wechat_identity_user', ['userId'])
export class WechatIdentityEntity extends BaseEntity {
  /** HMAC-SHA256 of the app id and openid, hex. */
  @BinaryTextColumn(64)
  openidHash: string;

  /** HMAC-SHA256 of the unionid, hex (when the app belongs to an open-platform account). */
  @TextColumn(64, { nullable: true })
  unionidHash: string | null;

  @ForeignKey(() => UserEntity)
  @RefColumn({ nullable: true })
  userId: string | null;

  @DateTimeColumn({ nullable: true })
  linkedAt: Date | null;
}
