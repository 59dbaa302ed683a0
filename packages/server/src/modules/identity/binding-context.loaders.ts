import DataLoader from 'dataloader';
import { Brackets, type DataSource } from 'typeorm';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus } from './identity.enums.js';

/** At most this many bindings of one household or one person are shown as context. */
export const CONTEXT_LIMIT = 20;

/**
 * Pending and approved bindings of households (`h:<id>`) and of people (`u:<id>`), batched per
 * request into one statement for both fields of the verification context.
 */
export function openBindingsLoader(ds: DataSource) {
  return new DataLoader<string, HouseholdBindingEntity[]>(async (keys) => {
    const householdIds = keys.filter((k) => k.startsWith('h:')).map((k) => k.slice(2));
    const userIds = keys.filter((k) => k.startsWith('u:')).map((k) => k.slice(2));
    const qb = ds
      .getRepository(HouseholdBindingEntity)
      .createQueryBuilder('b')
      .where('b.status IN (:...open)', { open: [BindingStatus.PENDING, BindingStatus.APPROVED] })
      .andWhere(
        new Brackets((w) => {
          if (householdIds.length) w.orWhere('b.householdId IN (:...hs)', { hs: householdIds });
          if (userIds.length) w.orWhere('b.userId IN (:...us)', { us: userIds });
        }),
      )
      .orderBy('b.createdAt', 'ASC')
      .addOrderBy('b.id', 'ASC');
    const rows = await qb.getMany();
    const map = new Map<string, HouseholdBindingEntity[]>();
    const add = (key: string, r: HouseholdBindingEntity) => map.set(key, [...(map.get(key) ?? []), r]);
    for (const r of rows) {
      add(`h:${r.householdId}`, r);
      add(`u:${r.userId}`, r);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}
