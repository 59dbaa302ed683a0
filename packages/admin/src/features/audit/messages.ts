import type { MessageKey } from '../../i18n';

/** Operations the audit log knows, with their label keys (others are shown as written). */
export const KNOWN_OPERATIONS = [
  'household.binding.approve',
  'household.binding.reject',
  'household.binding.revoke',
  'membership.grant',
  'membership.revoke',
  'user.phone.reveal',
  'user.disable',
  'user.enable',
  'user.password.change',
  'street.create',
  'street.update',
  'community.create',
  'community.update',
  'estate.create',
  'estate.update',
  'building.create',
  'building.update',
  'household.create',
  'household.update',
  'organisation.create',
  'organisation.update',
  'organisation.setEstates',
] as const;

export type KnownOperation = (typeof KNOWN_OPERATIONS)[number];

export const isKnownOperation = (op: string): op is KnownOperation =>
  (KNOWN_OPERATIONS as readonly string[]).includes(op);

export function operationLabel(t: (key: MessageKey) => string, op: string): string {
  return isKnownOperation(op) ? t(`audit.op.${op}`) : op;
}

export const TARGET_TYPES = [
  'HouseholdBinding',
  'Membership',
  'User',
  'Street',
  'Community',
  'Estate',
  'Building',
  'Household',
  'Organisation',
] as const;
