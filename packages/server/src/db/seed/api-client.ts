import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiClientEntity } from '../../modules/api-client/api-client.entity.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';

/**
 * Demo apps (应用接入): 绿城物业's own resident app (an H5 page with its origin) and the street's
 * retired mini-program test build (revoked). Their keys are random and shown to nobody: rotate
 * one in the console to get a key. Idempotent: skipped once any app exists.
 */
export async function seedApiClients(ds: DataSource, now = new Date()): Promise<void> {
  const repo = ds.getRepository(ApiClientEntity);
  if ((await repo.count()) > 0) return;
  const greentown = await ds.getRepository(OrganisationEntity).findOneBy({ name: '绿城物业服务集团' });
  if (!greentown) return;
  const row = (name: string, origins: string[], revokedAt: Date | null) =>
    ({
      streetId: greentown.streetId,
      organisationId: greentown.id,
      name,
      keyId: `ak_${randomBytes(12).toString('base64url')}`,
      secretHash: randomBytes(32).toString('hex'),
      previousKeyId: null,
      previousSecretHash: null,
      previousValidUntil: null,
      allowedOrigins: JSON.stringify(origins),
      budgetPerMinute: 6000,
      revokedAt,
      version: 1,
    }) as ApiClientEntity;
  await repo.save(row('绿城业主服务 H5', ['https://h5.greentown.example'], null));
  await repo.save(row('绿城小程序测试版', [], new Date(now.getTime() - 7 * 86_400_000)));
}
