import { Entity, Index } from 'typeorm';
import { BaseEntity, BoolColumn, IntColumn, RefColumn, UpdatedAt } from '../../db/columns.js';

/**
 * A community's figures settings: whether its monthly figures are public (readable by its residents
 * and anonymous callers), and the minimum sample before a handling organisation is ranked in the
 * assessment table. A community without a row has the defaults (not public, minimum sample 5).
 */
@Entity('analysis_setting')
@Index('uq_analysis_setting_community', ['communityId'], { unique: true })
export class AnalysisSettingEntity extends BaseEntity {
  /** The street of the community (kept on the row so that street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  /** Monthly figures readable by the community's residents and anonymous callers. */
  @BoolColumn(false)
  publishFigures: boolean;

  /** Valid tickets an organisation must have in the period before the assessment table ranks it. */
  @IntColumn({ default: 5 })
  minSample: number;

  @UpdatedAt()
  updatedAt: Date;
}
