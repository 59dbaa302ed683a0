import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';
import { MembershipEntity } from './membership.entity.js';

/** Active memberships of each user, batched per request. */
export function membershipsByUserLoader(ds: DataSource) {
  return new DataLoader<string, MembershipEntity[]>(async (userIds) => {
    const rows = await ds.getRepository(MembershipEntity).find({
      where: { userId: In([...userIds]), revokedAt: IsNull() },
      order: { id: 'ASC' },
    });
    const map = new Map<string, MembershipEntity[]>();
    for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r]);
    return userIds.map((id) => map.get(id) ?? []);
  });
}
