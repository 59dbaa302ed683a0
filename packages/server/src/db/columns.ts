import { Column, CreateDateColumn, type EntityMetadata, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Column helpers so that every entity uses the same portable types on SQLite and MySQL/MariaDB.
 * Every type is explicit (tsx emits no decorator metadata: STACK trap 3).
 */
export const IdColumn = () => PrimaryColumn({ type: 'varchar', length: 36 });
export const RefColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: 'varchar', length: 36, nullable: options.nullable ?? false });
export const TextColumn = (length: number, options: { nullable?: boolean; unique?: boolean } = {}) =>
  Column({ type: 'varchar', length, nullable: options.nullable ?? false, unique: options.unique ?? false });
export const LongTextColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: 'text', nullable: options.nullable ?? false });
export const IntColumn = (options: { nullable?: boolean; default?: number } = {}) =>
  Column({ type: 'int', nullable: options.nullable ?? false, default: options.default });
export const BoolColumn = (fallback: boolean) => Column({ type: 'boolean', default: fallback });
/**
 * Instants keep milliseconds on both dialects (STACK trap 18): `datetime(3)` on MySQL/MariaDB, where
 * a plain `datetime` truncates (MariaDB) or rounds (MySQL 8: 23:59:59.999 becomes the next day),
 * and 'YYYY-MM-DD HH:MM:SS.SSS' text on SQLite, which is what TypeORM writes for a bound Date.
 * The precision is set on the MySQL metadata only (`applyMysqlColumnDetails`): on SQLite it would
 * make TypeORM rebuild every table for nothing.
 */
export const DateTimeColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: 'datetime', nullable: options.nullable ?? false });
/**
 * Creation and update times. The database default (`CURRENT_TIMESTAMP(3)` on MySQL, `datetime('now')`
 * without milliseconds on SQLite) is only a fallback: TimestampSubscriber assigns both from the
 * application clock on every insert and update, so SQLite stores milliseconds too and both
 * dialects order and compare the same way.
 */
export const CreatedAt = () => CreateDateColumn({ type: 'datetime' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime' });

/**
 * Columns compared byte for byte (keys, hashes): on MySQL/MariaDB they get the binary collation
 * `utf8mb4_bin` (STACK trap 19: `utf8mb4_unicode_ci` would make two idempotency keys that differ in
 * case collide). SQLite compares text as binary already, and it knows no such collation, so the
 * collation is applied to the metadata of the MySQL data source only (see `applyMysqlColumnDetails`).
 */
const binaryColumns = new Map<Function, Set<string>>();
export const BinaryTextColumn = (
  length: number,
  options: { primary?: boolean; nullable?: boolean; unique?: boolean } = {},
): PropertyDecorator => {
  const column = options.primary
    ? PrimaryColumn({ type: 'varchar', length })
    : TextColumn(length, { nullable: options.nullable, unique: options.unique });
  return (target, property) => {
    column(target, property);
    const set = binaryColumns.get(target.constructor) ?? new Set<string>();
    set.add(String(property));
    binaryColumns.set(target.constructor, set);
  };
};

/**
 * MySQL/MariaDB details of the columns: the binary collation of key and hash columns, and creation
 * and update defaults at the columns' precision (TypeORM's default, `CURRENT_TIMESTAMP(6)`, is not
 * a valid default of a `datetime(3)`).
 */
export function applyMysqlColumnDetails(metadatas: readonly EntityMetadata[]): void {
  for (const meta of metadatas) {
    for (const column of meta.columns) {
      if (typeof column.target === 'function' && binaryColumns.get(column.target)?.has(column.propertyName)) {
        column.charset = 'utf8mb4';
        column.collation = 'utf8mb4_bin';
      }
      if (column.type === 'datetime') column.precision = 3;
      if (column.isCreateDate || column.isUpdateDate) column.default = () => 'CURRENT_TIMESTAMP(3)';
      if (column.isUpdateDate) column.onUpdate = 'CURRENT_TIMESTAMP(3)';
    }
  }
}

/**
 * Base for entities with a time-ordered string id assigned by the application (IdSubscriber fills
 * it on insert, also for plain objects passed to `save`).
 */
export abstract class BaseEntity {
  @IdColumn()
  id: string;

  @CreatedAt()
  createdAt: Date;
}
