import { type EntitySubscriberInterface, EventSubscriber, type InsertEvent, type ObjectLiteral } from 'typeorm';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus } from './identity.enums.js';
import { MembershipEntity } from './membership.entity.js';

/** The unique-key column of an active membership: its scope id, `-` for SYSTEM; null once revoked. */
export const activeScopeKey = (m: Pick<MembershipEntity, 'scopeId' | 'revokedAt'>): string | null =>
  m.revokedAt ? null : (m.scopeId ?? '-');

/** The unique-key column of a binding: its household while pending or approved, else null. */
export const openHouseholdId = (b: Pick<HouseholdBindingEntity, 'householdId' | 'status'>): string | null =>
  b.status === BindingStatus.PENDING || b.status === BindingStatus.APPROVED ? b.householdId : null;

/**
 * Fills the unique-key columns of memberships and bindings on every insert (services, seed and
 * test fixtures alike), so that no writer can forget them. A subscriber rather than an entity
 * listener, because listeners skip plain objects passed to `save`. Updates that end a membership
 * or close a binding clear the key themselves.
 */
@EventSubscriber()
export class IdentityKeysSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const e = event.entity;
    if (!e) return;
    if (event.metadata.target === MembershipEntity && e.activeScopeKey === undefined) {
      e.activeScopeKey = activeScopeKey(e as MembershipEntity);
    } else if (event.metadata.target === HouseholdBindingEntity && e.openHouseholdId === undefined) {
      e.openHouseholdId = openHouseholdId(e as HouseholdBindingEntity);
    }
  }
}
