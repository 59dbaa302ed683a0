import {
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type ObjectLiteral,
  type UpdateEvent,
} from 'typeorm';
import { blindIndexes, blindIndexOf } from './columns.js';

/**
 * Keeps each blind index equal to its encrypted property: on every insert and update (`save`,
 * `insert`, `update`, query-builder values) that sets the property, its index is set from the clear
 * value before the transformer encrypts it. A subscriber, because listeners skip plain objects.
 */
@EventSubscriber()
export class PersonalDataSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  private fill(target: unknown, entity: ObjectLiteral | undefined): void {
    if (!entity || typeof target !== 'function') return;
    const map = blindIndexes.get(target);
    if (!map) return;
    for (const [property, index] of map) {
      const value = entity[property];
      if (value === undefined) continue;
      entity[index] = blindIndexOf(value as string | null);
    }
  }

  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    this.fill(event.metadata.target, event.entity);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    this.fill(event.metadata.target, event.entity as ObjectLiteral | undefined);
  }
}
