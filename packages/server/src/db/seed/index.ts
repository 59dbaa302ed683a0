import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { seedApiClients } from './api-client.js';
import { seedBoard } from './board.js';
import { seedDemo } from './demo.js';
import { seedMeetings } from './meeting.js';
import { seedPointsAndVolunteers } from './points.js';
import { seedProperty } from './property.js';
import { seedPublications } from './publication.js';
import { seedTicketDesk } from './ticket-desk.js';
import { seedTicketIntake } from './ticket-intake.js';
import { seedCategories, seedTickets } from './tickets.js';
import { seedVenues } from './venue.js';
import { seedVotes } from './vote.js';
import { seedWebhooks } from './webhook.js';

/** Every demo seed step, each idempotent: the tree and accounts, ticket categories, demo tickets. */
export async function seedAll(ds: DataSource, config: Config): Promise<{ created: boolean }> {
  const result = await seedDemo(ds);
  await seedCategories(ds);
  await seedTickets(ds, config);
  await seedTicketDesk(ds);
  await seedTicketIntake(ds);
  await seedMeetings(ds);
  await seedVenues(ds);
  await seedVotes(ds);
  await seedProperty(ds);
  await seedPublications(ds, config);
  await seedPointsAndVolunteers(ds);
  await seedBoard(ds);
  await seedApiClients(ds);
  await seedWebhooks(ds);
  return result;
}
