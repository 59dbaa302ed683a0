import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { effectiveRules, type Rule } from './maintenance.rules.js';
import { MaintenanceRecordEntity, MaintenanceRuleEntity } from './property.entity.js';
import { type MaintenanceKind, MaintenanceResult } from './property.enums.js';

/** The rules in force per community (defaults with its overrides), batched per request. */
export function maintenanceRulesLoader(ds: DataSource) {
  return new DataLoader<string, Rule[]>(async (communityIds) => {
    const rows = await ds.getRepository(MaintenanceRuleEntity).findBy({ communityId: In([...communityIds]) });
    return communityIds.map((id) => effectiveRules(rows.filter((r) => r.communityId === id)));
  });
}

/** Per piece of equipment: the last day each kind of maintenance met its obligation (FAILED visits left out). */
export function lastMaintenanceLoader(ds: DataSource) {
  return new DataLoader<string, Map<MaintenanceKind, string>>(async (ids) => {
    const rows = await ds
      .getRepository(MaintenanceRecordEntity)
      .createQueryBuilder('r')
      .select('r.equipmentId', 'equipmentId')
      .addSelect('r.kind', 'kind')
      .addSelect('MAX(r.performedOn)', 'last')
      .where('r.equipmentId IN (:...ids) AND r.result <> :failed', { ids: [...ids], failed: MaintenanceResult.FAILED })
      .groupBy('r.equipmentId')
      .addGroupBy('r.kind')
      .getRawMany<{ equipmentId: string; kind: MaintenanceKind; last: string }>();
    return ids.map((id) => new Map(rows.filter((r) => r.equipmentId === id).map((r) => [r.kind, r.last])));
  });
}
