import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus } from './identity.enums.js';

/** At most this many bindings of one household or one person are shown as context. */
export const CONTEXT_LIMIT = 20;

function grouped(ds: DataSource, key: 'householdId' | 'userId') {
  return new DataLoader<string, HouseholdBindingEntity[]>(async (ids) => {
    const rows = await ds.getRepository(HouseholdBindingEntity).find({
      where: { [key]: In([...ids]), status: In([BindingStatus.PENDING, BindingStatus.APPROVED]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const map = new Map<string, HouseholdBindingEntity[]>();
    for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Pending and approved bindings of each household, batched per request (verification context). */
export const openBindingsByHouseholdLoader = (ds: DataSource) => grouped(ds, 'householdId');
/** Pending and approved bindings of each person, batched per request (verification context). */
export const openBindingsByUserLoader = (ds: DataSource) => grouped(ds, 'userId');
