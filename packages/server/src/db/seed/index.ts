import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { seedDemo } from './demo.js';
import { seedPointsAndVolunteers } from './points.js';
import { seedCategories, seedTickets } from './tickets.js';

/** Every demo seed step, each idempotent: the tree and accounts, ticket categories, demo tickets. */
export async function seedAll(ds: DataSource, config: Config): Promise<{ created: boolean }> {
  const result = await seedDemo(ds);
  await seedCategories(ds);
  await seedTickets(ds, config);
  await seedPointsAndVolunteers(ds);
  return result;
}
