import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, BinaryTextColumn, IntColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { UserEntity } from '../identity/user.entity.js';

/**
 * An uploaded file (a resident's photo, a staff PDF). Uploaded first, unattached; a module then
 * attaches it to its record (e.g. a Ticket) inside the transaction that creates the record.
 * Unattached files are purged after a day.
 */
@Entity('file')
@Index('ix_file_owner', ['ownerId'])
@Index('ix_file_attached', ['attachedType', 'attachedId'])
@Index('ix_file_unattached_created', ['attachedId', 'createdAt'])
export class FileEntity extends BaseEntity {
  /** The user who uploaded it. */
  @ForeignKey(() => UserEntity)
  @RefColumn()
  ownerId: string;

  /** The client's file name, sanitised (no path, no control characters), at most 200 characters. */
  @TextColumn(200)
  originalName: string;

  /** Detected from the content's magic bytes, never taken from the client. */
  @TextColumn(40)
  mime: string;

  /** Bytes. */
  @IntColumn()
  size: number;

  /** SHA-256 of the content, hex; also the ETag. */
  @BinaryTextColumn(64)
  sha256: string;

  /** Path relative to UPLOAD_DIR (`yyyy/mm/<id>`), built from the id only, never from user input. */
  @BinaryTextColumn(100)
  storageKey: string;

  /** Kind of record the file is attached to (e.g. `Ticket`); null until attached. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  attachedType: string | null;

  /** Id of that record; null until attached. */
  @RefColumn({ nullable: true })
  attachedId: string | null;
}
