/**
 * Factory of the api-client module: an app row of an organisation (a property company it makes
 * when not given). Its key is unusable (a random hash): tests that call with a key register the
 * app through `createApiClient`, which answers the key once.
 */
import { randomBytes } from 'node:crypto';
import { ApiClientEntity } from '../../src/modules/api-client/api-client.entity.js';
import type { OrganisationEntity } from '../../src/modules/org/organisation.entity.js';
import { type FactoryContext, seq } from './context.js';
import { buildOrganisation } from './org.js';

export async function buildApiClient(
  f: FactoryContext,
  o: { organisation?: Pick<OrganisationEntity, 'id' | 'streetId'>; name?: string; budgetPerMinute?: number } = {},
): Promise<ApiClientEntity> {
  const owner = o.organisation ?? (await buildOrganisation(f, { kind: 'PROPERTY_COMPANY' }));
  return f.db.dataSource.getRepository(ApiClientEntity).save({
    streetId: owner.streetId,
    organisationId: owner.id,
    name: o.name ?? `app-${seq()}`,
    keyId: `ak_${randomBytes(12).toString('base64url')}`,
    secretHash: randomBytes(32).toString('hex'),
    previousKeyId: null,
    previousSecretHash: null,
    previousValidUntil: null,
    allowedOrigins: '[]',
    budgetPerMinute: o.budgetPerMinute ?? 6000,
    revokedAt: null,
    version: 1,
  } as ApiClientEntity);
}
