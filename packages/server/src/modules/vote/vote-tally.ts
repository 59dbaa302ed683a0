import type { DataSource, EntityManager } from 'typeorm';
import {
  VoteBallotEntity,
  VoteChoiceEntity,
  type VoteEntity,
  VoteMatterEntity,
  VoteVoterEntity,
} from './vote.entity.js';
import { VoteStatus } from './vote.enums.js';
import { type Choice, type MatterCount, type TallyResult, type Totals, tally } from './vote.rule.js';

/**
 * The tallies of several votes: frozen for closed ones, live for open ones, null for drafts.
 * `mattersOf`: where the matters come from (a request's loader, shared with the `matters` field).
 */
export async function talliesOf(
  ds: DataSource,
  votes: readonly VoteEntity[],
  mattersOf?: (voteIds: string[]) => Promise<VoteMatterEntity[]>,
): Promise<(TallyResult | null)[]> {
  const open = votes.filter((v) => v.status === VoteStatus.OPEN);
  const live = open.length ? await liveTallies(ds.manager, open, mattersOf) : new Map<string, TallyResult>();
  return votes.map((v) =>
    v.status === VoteStatus.CLOSED && v.result ? (JSON.parse(v.result) as TallyResult) : (live.get(v.id) ?? null),
  );
}

/**
 * The live tallies, whatever the number of votes: participation and the choices grouped by matter
 * and choice in one statement (a UNION ALL: one statement reads one snapshot, so the two always
 * agree), and the matters — from `mattersOf` when given (matters are fixed once a vote opens, and
 * only open votes are tallied live), else read on `m` (the caller's transaction when closing).
 */
export async function liveTallies(
  m: EntityManager,
  votes: readonly VoteEntity[],
  mattersOf?: (voteIds: string[]) => Promise<VoteMatterEntity[]>,
): Promise<Map<string, TallyResult>> {
  const ids = votes.map((v) => v.id);
  const [partSql, partParams] = m
    .createQueryBuilder()
    .select('b.voteId', 'voteId')
    .addSelect('NULL', 'matterId')
    .addSelect('NULL', 'choice')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(v.areaCentiM2)', 'a')
    .from(VoteBallotEntity, 'b')
    .innerJoin(VoteVoterEntity, 'v', 'v.id = b.voterId')
    .where('b.voteId IN (:...ids)', { ids })
    .groupBy('b.voteId')
    .getQueryAndParameters();
  const [choiceSql, choiceParams] = m
    .createQueryBuilder()
    .select('c.voteId', 'voteId')
    .addSelect('c.matterId', 'matterId')
    .addSelect('c.choice', 'choice')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(v.areaCentiM2)', 'a')
    .from(VoteChoiceEntity, 'c')
    .innerJoin(VoteVoterEntity, 'v', 'v.id = c.voterId')
    .where('c.voteId IN (:...ids)', { ids })
    .groupBy('c.voteId')
    .addGroupBy('c.matterId')
    .addGroupBy('c.choice')
    .getQueryAndParameters();
  const rows: {
    voteId: string;
    matterId: string | null;
    choice: Choice | null;
    n: number | string;
    a: number | string | null;
  }[] = await m.query(`${partSql} UNION ALL ${choiceSql}`, [...partParams, ...choiceParams]);
  const part = rows.filter((r) => r.matterId == null);
  const counts = rows.filter((r) => r.matterId != null);
  const matters = mattersOf
    ? await mattersOf(ids)
    : await m
        .getRepository(VoteMatterEntity)
        .createQueryBuilder('x')
        .where('x.voteId IN (:...ids)', { ids })
        .orderBy('x.position', 'ASC')
        .getMany();
  const result = new Map<string, TallyResult>();
  for (const vote of votes) {
    const p = part.find((r) => r.voteId === vote.id);
    const participating: Totals = { area: Number(p?.a ?? 0), owners: Number(p?.n ?? 0) };
    const total: Totals = { area: vote.totalArea ?? 0, owners: vote.totalOwners ?? 0 };
    const of = (matterId: string, choice: string): Totals => {
      const r = counts.find((c) => c.voteId === vote.id && c.matterId === matterId && c.choice === choice);
      return { area: Number(r?.a ?? 0), owners: Number(r?.n ?? 0) };
    };
    const mc: MatterCount[] = matters
      .filter((x) => x.voteId === vote.id)
      .map((x) => ({
        matterId: x.id,
        kind: x.kind,
        for: of(x.id, 'FOR'),
        against: of(x.id, 'AGAINST'),
        abstain: of(x.id, 'ABSTAIN'),
      }));
    result.set(vote.id, tally(total, participating, mc));
  }
  return result;
}
