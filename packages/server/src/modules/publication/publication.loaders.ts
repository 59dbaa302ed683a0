import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { PublicationVisitEntity } from './publication.entity.js';

/** A reader's last visit per channel (one statement per request, whatever the page size). */
export function publicationVisitsLoader(ds: DataSource) {
  return new DataLoader<string, Map<string, Date>>(async (userIds) => {
    const rows = await ds.getRepository(PublicationVisitEntity).findBy({ userId: In([...userIds]) });
    return userIds.map(
      (u) => new Map(rows.filter((r) => r.userId === u).map((r) => [r.channel as string, new Date(r.visitedAt)])),
    );
  });
}
