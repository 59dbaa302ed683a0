import type { ApiClientEntity } from './api-client.entity.js';
import type { ApiClient } from './api-client.types.js';

export const originsOf = (e: Pick<ApiClientEntity, 'allowedOrigins'>): string[] => {
  try {
    const list = JSON.parse(e.allowedOrigins) as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export const toApiClient = (e: ApiClientEntity): ApiClient => ({
  id: e.id,
  organisationId: e.organisationId,
  name: e.name,
  keyId: e.keyId,
  previousKeyValidUntil: e.previousValidUntil,
  allowedOrigins: originsOf(e),
  budgetPerMinute: e.budgetPerMinute,
  revokedAt: e.revokedAt,
  version: e.version,
  createdAt: e.createdAt,
});
