import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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
export const DateTimeColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: 'datetime', nullable: options.nullable ?? false });
export const CreatedAt = () => CreateDateColumn({ type: 'datetime' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime' });

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
