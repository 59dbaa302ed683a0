import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { combinedRows, rowsWhere, rowsWhereIn, sortRows } from '../../graphql/loaders/grouped.loader.js';
import { BuildingEntity } from '../org/building.entity.js';
import { HouseholdEntity } from '../org/household.entity.js';
import {
  VoteBallotEntity,
  VoteBallotRevisionEntity,
  VoteChoiceEntity,
  type VoteEntity,
  VoteMatterEntity,
  VoteVoterEntity,
} from './vote.entity.js';
import type { TallyResult } from './vote.rule.js';
import { talliesOf } from './vote-tally.js';

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

/** The matters of each vote, in order. */
export function mattersByVoteLoader(ds: DataSource) {
  return new DataLoader<string, VoteMatterEntity[]>(async (ids) => {
    const rows = sortRows(await rowsWhereIn(ds, VoteMatterEntity, 'voteId', ids), { position: 'ASC' });
    const map = group(rows, (r) => r.voteId);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** The current ballot of each owner of a roll (by voter id). */
export function ballotByVoterLoader(ds: DataSource) {
  return new DataLoader<string, VoteBallotEntity | null>(async (ids) => {
    const rows = await rowsWhereIn(ds, VoteBallotEntity, 'voterId', ids);
    const map = new Map(rows.map((r) => [r.voterId, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The choices of each current ballot. */
export function choicesByBallotLoader(ds: DataSource) {
  return new DataLoader<string, VoteChoiceEntity[]>(async (ids) => {
    const rows = await rowsWhereIn(ds, VoteChoiceEntity, 'ballotId', ids);
    const map = group(rows, (r) => r.ballotId);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Every version of each ballot, oldest first. */
export function revisionsByBallotLoader(ds: DataSource) {
  return new DataLoader<string, VoteBallotRevisionEntity[]>(async (ids) => {
    const rows = sortRows(await rowsWhereIn(ds, VoteBallotRevisionEntity, 'ballotId', ids), { revision: 'ASC' });
    const map = group(rows, (r) => r.ballotId);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** A viewer's line of the roll of each vote; key `${voteId}:${userId}`. */
export function voterByUserLoader(ds: DataSource) {
  return new DataLoader<string, VoteVoterEntity | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':') as [string, string]);
    const rows = await rowsWhere(ds, VoteVoterEntity, {
      voteId: pairs.map((p) => p[0]),
      userId: [...new Set(pairs.map((p) => p[1]))],
    });
    const map = new Map(rows.map((r) => [`${r.voteId}:${r.userId}`, r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** "1幢 1单元 502" of each household (rooms are personal data: the caller masks them). */
export function householdPlaceLoader(ds: DataSource) {
  return new DataLoader<string, { building: string; unit: string; room: string } | null>(
    async (ids) => {
      const [sql, params] = ds
        .getRepository(HouseholdEntity)
        .createQueryBuilder('h')
        .innerJoin(BuildingEntity, 'b', 'b.id = h.buildingId')
        .select('h.id', 'id')
        .addSelect('b.name', 'building')
        .addSelect('h.unit', 'unit')
        .addSelect('h.room', 'room')
        .where('h.id IN (:...ids)', { ids: [...ids] })
        .getQueryAndParameters();
      // Read with the other loaders of the turn (a roll's ballot choices): grouped.loader.ts.
      const rows = (await combinedRows(ds, sql, params, ['id', 'building', 'unit', 'room'])) as {
        id: string;
        building: string;
        unit: string;
        room: string;
      }[];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

/**
 * The tally of each vote (live or frozen), batched: one statement whatever the number of votes,
 * the matters coming from the request's matters loader (shared with the `matters` field).
 */
export function tallyLoader(ds: DataSource, matters: DataLoader<string, VoteMatterEntity[]>) {
  return new DataLoader<VoteEntity, TallyResult | null, string>(
    (votes) =>
      talliesOf(ds, votes, async (ids) => (await matters.loadMany(ids)).flatMap((r) => (Array.isArray(r) ? r : []))),
    { cacheKeyFn: (v) => v.id },
  );
}
