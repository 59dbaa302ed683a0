import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { OrganisationEstateEntity } from './organisation-estate.entity.js';

/** Estate ids each property company serves, batched per request. */
export function servedEstatesLoader(ds: DataSource) {
  return new DataLoader<string, string[]>(async (orgIds) => {
    const links = await ds.getRepository(OrganisationEstateEntity).findBy({ organisationId: In([...orgIds]) });
    const map = new Map<string, string[]>();
    for (const l of links) map.set(l.organisationId, [...(map.get(l.organisationId) ?? []), l.estateId]);
    return orgIds.map((id) => map.get(id) ?? []);
  });
}
