import { Entity, Index } from 'typeorm';
import { BaseEntity, RefColumn, TextColumn } from '../../db/columns.js';

/** One triage record of a community (the example entity of the generated triage module). */
@Entity('triage')
@Index('ix_triage_community', ['communityId', 'createdAt'])
export class TriageEntity extends BaseEntity {
  /** The street of the community (kept on the row so that street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  name: string;
}
