import {
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type ObjectLiteral,
  type UpdateEvent,
} from 'typeorm';
import { newId } from './ids.js';

/**
 * Gives every inserted row with a string `id` primary key a UUIDv7 when it has none, and sets the
 * creation and update times from the application clock (with milliseconds: SQLite's
 * `datetime('now')` default has none, and lists page by creation time). A subscriber rather than an
 * entity listener, because listeners skip plain objects passed to `save`.
 */
@EventSubscriber()
export class IdSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const entity = event.entity;
    if (!entity) return;
    const primary = event.metadata.primaryColumns;
    if (primary.length === 1 && primary[0]?.propertyName === 'id' && !entity.id) entity.id = newId();
    const now = new Date();
    const created = event.metadata.createDateColumn?.propertyName;
    if (created && entity[created] == null) entity[created] = now;
    const updated = event.metadata.updateDateColumn?.propertyName;
    if (updated && entity[updated] == null) entity[updated] = now;
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    // For `save` the entity; for `update`/query-builder updates the values being set.
    const updated = event.metadata.updateDateColumn?.propertyName;
    if (updated && event.entity) (event.entity as ObjectLiteral)[updated] = new Date();
  }
}
