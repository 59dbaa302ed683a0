/** Matrix rows of the vote module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import { VoteMatterEntity, VoteUnitEntity, VoteVoterEntity } from '../../src/modules/vote/vote.entity.js';
import { buildVote, buildVoteUnit } from '../factories/vote.js';
import { tinyPdf, upload } from '../file/fixtures.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const estateOf = (c: RunContext) =>
  c.s.db.dataSource
    .getRepository(EstateEntity)
    .findOneByOrFail({ id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden) });
const communityOf = (c: RunContext) => pick(c.target, c.w.community.boxue, c.w.community.xingyi);

/** The demo residents' own households carry a voting unit, so they are on the rolls of their estates. */
async function residentsRegistered(c: RunContext) {
  const ds = c.s.db.dataSource;
  for (const userId of [c.w.user.resident, c.w.user.xingyiResident]) {
    const [b] = await ds.query("SELECT householdId FROM household_binding WHERE userId = ? AND status = 'APPROVED'", [
      userId,
    ]);
    if (b && !(await ds.getRepository(VoteUnitEntity).existsBy({ householdId: b.householdId }))) {
      await buildVoteUnit(c.s, {
        household: await ds.getRepository(HouseholdEntity).findOneByOrFail({ id: b.householdId }),
        areaCentiM2: 9000,
      });
    }
  }
}

async function openVote(c: RunContext, o: { openBallots?: boolean } = {}) {
  await residentsRegistered(c);
  const vote = await buildVote(c.s, { estate: await estateOf(c), status: 'OPEN', ...o });
  const matters = await c.s.db.dataSource.getRepository(VoteMatterEntity).findBy({ voteId: vote.id });
  return { vote, matters };
}

const VOTE_LIST =
  'query($id: ID!) { votes(communityId: $id, first: 100) { totalCount edges { node { id title status } } } }';
const STATUS = 'query($id: String!) { vote(id: $id) { status title myBallot { revision } } }';

const MATTERS = [{ kind: 'ORDINARY', title: '续聘物业', text: '是否同意续聘。' }];
const draftInput = (c: RunContext) => ({
  estateId: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
  title: `矩阵-${c.actor}-${c.target}`,
  organiser: 'OWNERS_COMMITTEE',
  opensAt: new Date(Date.now() - 3600_000).toISOString(),
  closesAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
  openBallots: false,
  matters: MATTERS,
});
async function scanFor(c: RunContext): Promise<string> {
  if (!c.token) return '00000000-0000-0000-0000-000000000000';
  const up = await upload(c.s.url, c.token, tinyPdf(), 'ballot.pdf', 'application/pdf');
  return String(up.body.id ?? '00000000-0000-0000-0000-000000000000');
}

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
const READ = 'UN OK/NF OK/NF NF/OK FB OK/NF OK OK NF FB UN';
const STAFF_READ = 'UN FB OK/NF NF/OK FB OK/NF OK OK NF FB UN';
const MANAGE = 'UN FB OK/NF NF/OK FB OK/NF FB OK FB FB UN';

export const VOTE_ROWS: Record<string, Rule> = {
  votes: {
    expect: 'UN OK/E OK/E E/OK FB OK/E OK OK E FB UN',
    list: 'votes',
    run: async (c) => {
      await openVote(c);
      return c.s.gql(VOTE_LIST, { id: communityOf(c) }, c.token);
    },
  },
  vote: {
    expect: READ,
    run: async (c) => c.s.gql(STATUS, { id: (await openVote(c)).vote.id }, c.token),
  },
  voteRoll: {
    expect: STAFF_READ,
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { voteRoll(voteId: $id) { totalCount edges { node { hasVoted } } } }',
        { id: (await openVote(c)).vote.id },
        c.token,
      ),
  },
  voteUnits: {
    expect: 'UN FB OK/E E/OK FB OK/E OK OK E FB UN',
    list: 'voteUnits',
    run: async (c) => {
      await residentsRegistered(c);
      return c.s.gql(
        'query($e: ID!) { voteUnits(estateId: $e) { totalCount edges { node { label } } } }',
        { e: (await estateOf(c)).id },
        c.token,
      );
    },
  },
  createVote: {
    expect: MANAGE,
    run: async (c) =>
      c.s.gql(
        'mutation($i: CreateVoteInput!) { createVote(input: $i) { vote { id } } }',
        { i: draftInput(c) },
        c.token,
      ),
    effect: async (c) => {
      const data = await read<{ votes: { edges: { node: { title: string } }[] } }>(c, VOTE_LIST, {
        id: communityOf(c),
      });
      expect(data.votes.edges.map((e) => e.node.title)).toContain(`矩阵-${c.actor}-${c.target}`);
    },
  },
  updateVote: {
    expect: MANAGE,
    run: async (c) => {
      const vote = await buildVote(c.s, { estate: await estateOf(c) });
      c.scratch.id = vote.id;
      const { estateId: _e, organiser: _o, ...rest } = draftInput(c);
      return c.s.gql(
        'mutation($i: UpdateVoteInput!) { updateVote(input: $i) { vote { id } } }',
        { i: { ...rest, voteId: vote.id, title: '改过的标题' } },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ vote: { title: string } }>(c, STATUS, { id: c.scratch.id });
      expect(data.vote.title).toBe('改过的标题');
    },
  },
  openVote: {
    expect: MANAGE,
    run: async (c) => {
      await residentsRegistered(c);
      const vote = await buildVote(c.s, { estate: await estateOf(c) });
      c.scratch.id = vote.id;
      return c.s.gql(
        'mutation($id: ID!) { openVote(input: { voteId: $id }) { vote { status } } }',
        { id: vote.id },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ vote: { status: string } }>(c, STATUS, { id: c.scratch.id });
      expect(data.vote.status).toBe('OPEN');
    },
  },
  castBallot: {
    expect: 'UN OK/NF FB FB FB FB FB FB FB FB UN',
    run: async (c) => {
      const { vote, matters } = await openVote(c);
      c.scratch.id = vote.id;
      return c.s.gql(
        'mutation($id: ID!, $c: [BallotChoiceInput!]!) { castBallot(input: { voteId: $id, choices: $c }) { vote { id } } }',
        { id: vote.id, c: matters.map((m) => ({ matterId: m.id, choice: 'FOR' })) },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ vote: { myBallot: { revision: number } | null } }>(
        c,
        STATUS,
        { id: c.scratch.id },
        c.token,
      );
      expect(data.vote.myBallot?.revision).toBe(1);
    },
  },
  enterPaperBallot: {
    expect: MANAGE,
    run: async (c) => {
      const { vote, matters } = await openVote(c);
      const [voter] = await c.s.db.dataSource
        .getRepository(VoteVoterEntity)
        .find({ where: { voteId: vote.id }, take: 1 });
      c.scratch.id = vote.id;
      return c.s.gql(
        'mutation($i: EnterPaperBallotInput!) { enterPaperBallot(input: $i) { vote { id } } }',
        {
          i: {
            voteId: vote.id,
            voterId: voter?.id,
            scanFileId: await scanFor(c),
            choices: matters.map((m) => ({ matterId: m.id, choice: 'AGAINST' })),
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ voteRoll: { edges: { node: { hasVoted: boolean } }[] } }>(
        c,
        'query($id: ID!) { voteRoll(voteId: $id, filter: VOTED) { edges { node { hasVoted } } } }',
        { id: c.scratch.id },
      );
      expect(data.voteRoll.edges).toHaveLength(1);
    },
  },
  remindVoters: {
    expect: MANAGE,
    run: async (c) => {
      const { vote } = await openVote(c);
      c.scratch.id = vote.id;
      return c.s.gql(
        'mutation($id: ID!) { remindVoters(input: { voteId: $id }) { notified } }',
        { id: vote.id },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ auditLog: { edges: { node: { targetId: string } }[] } }>(
        c,
        'query($id: ID!) { auditLog(communityId: $id, operation: "vote.remind", first: 100) { edges { node { targetId } } } }',
        { id: communityOf(c) },
      );
      expect(data.auditLog.edges.map((e) => e.node.targetId)).toContain(c.scratch.id);
    },
  },
  setVoteUnit: {
    expect: MANAGE,
    run: async (c) => {
      const household = pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden);
      return c.s.gql(
        'mutation($i: SetVoteUnitInput!) { setVoteUnit(input: $i) { voteUnit { areaCentiM2 } } }',
        { i: { householdId: household, area: '123.45', developerHeld: false } },
        c.token,
      );
    },
    effect: async (c) => {
      const unit = await c.s.db.dataSource
        .getRepository(VoteUnitEntity)
        .findOneByOrFail({ householdId: pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden) });
      expect(unit.areaCentiM2).toBe(12345);
    },
  },
  importVoteUnits: {
    expect: MANAGE,
    run: async (c) => {
      const [h] = await c.s.db.dataSource.query(
        'SELECT b.name AS building, h.unit AS unit, h.room AS room FROM household h JOIN building b ON b.id = h.buildingId WHERE h.id = ?',
        [pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden)],
      );
      const csv = `楼栋,单元,室,面积\n${h.building},${h.unit},${h.room},99.99\n`;
      return c.s.gql(
        'mutation($i: ImportVoteUnitsInput!) { importVoteUnits(input: $i) { imported errors { row } } }',
        { i: { estateId: (await estateOf(c)).id, format: 'CSV', content: Buffer.from(csv).toString('base64') } },
        c.token,
      );
    },
    effect: async (c, r) => {
      expect((r.data as { importVoteUnits: { imported: number } }).importVoteUnits.imported).toBe(1);
      const unit = await c.s.db.dataSource
        .getRepository(VoteUnitEntity)
        .findOneByOrFail({ householdId: pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden) });
      expect(unit.areaCentiM2).toBe(9999);
    },
  },
};
