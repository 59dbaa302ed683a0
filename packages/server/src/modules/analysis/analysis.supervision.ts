import type { DataSource } from 'typeorm';
import { applyReach, type Reach } from '../../auth/reach.js';
import { sqlDate } from '../../db/sql.js';
import { TicketSupervisionEntity } from '../ticket/ticket-desk.entities.js';
import type { FigureScope } from './analysis.figures.js';

/** Supervision notices (督办) issued in [from, to) per organisation, in the reach and scope (ix_ticket_supervision_community). */
export async function supervisionsByOrganisation(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const qb = ds
    .getRepository(TicketSupervisionEntity)
    .createQueryBuilder('s')
    .select('s.organisationId', 'org')
    .addSelect('COUNT(*)', 'n')
    .where('s.createdAt >= :from AND s.createdAt < :to', { from: sqlDate(ds, from), to: sqlDate(ds, to) })
    .groupBy('s.organisationId');
  applyReach(qb, 's', reach);
  if (scope.streetId) qb.andWhere('s.streetId = :sid', { sid: scope.streetId });
  if (scope.communityId) qb.andWhere('s.communityId = :cid', { cid: scope.communityId });
  if (scope.organisationId) qb.andWhere('s.organisationId = :oid', { oid: scope.organisationId });
  const rows = await qb.getRawMany<{ org: string; n: unknown }>();
  return new Map(rows.map((r) => [r.org, Number(r.n)]));
}
