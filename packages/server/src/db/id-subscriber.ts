import { type EntitySubscriberInterface, EventSubscriber, type InsertEvent, type ObjectLiteral } from 'typeorm';
import { newId } from './ids.js';

/**
 * Gives every inserted row with a string `id` primary key a UUIDv7 when it has none. A subscriber
 * rather than an entity listener, because listeners skip plain objects passed to `save`.
 */
@EventSubscriber()
export class IdSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const entity = event.entity;
    const primary = event.metadata.primaryColumns;
    if (entity && primary.length === 1 && primary[0]?.propertyName === 'id' && !entity.id) entity.id = newId();
  }
}
