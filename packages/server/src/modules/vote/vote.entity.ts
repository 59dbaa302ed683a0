import { Entity, Index } from 'typeorm';
import { BaseEntity, RefColumn, TextColumn } from '../../db/columns.js';

/** One vote record of a community (the example entity of the generated vote module). */
@Entity('vote')
@Index('ix_vote_community', ['communityId', 'createdAt'])
export class VoteEntity extends BaseEntity {
  /** The street of the community (kept on the row so that street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  name: string;
}
