import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoteMatterEntity, VoteVoterEntity } from '../../src/modules/vote/vote.entity.js';
import {
  buildBuilding,
  buildEstate,
  buildHousehold,
  buildOrganisation,
  buildResident,
  buildStaff,
} from '../factories/index.js';
import { buildVote, buildVoteUnit } from '../factories/vote.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { CAST, CREATE, inDays, PAPER, scan, TALLY, wholeRoll } from './helpers.js';

/** The rules around ballots over HTTP: who sees what, refusals with their reasons, import, reminders. */
describe('owners’ votes over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  async function estateWithOwners(n: number) {
    const estate = await buildEstate(s);
    const building = await buildBuilding(s, { estate });
    const owners = [];
    for (let i = 0; i < n; i++) {
      const household = await buildHousehold(s, { building, room: String(101 + i) });
      await buildVoteUnit(s, { household, areaCentiM2: 10000, ownerName: `业主${i}` });
      owners.push(await buildResident(s, { household }));
    }
    const committee = await buildStaff(s, {
      role: 'COMMITTEE_MEMBER',
      scope: await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate }),
    });
    return { estate, owners, committee };
  }

  it('owners see matters, tally and their own ballot; staff see who voted but not how, unless declared open', async () => {
    const { estate, owners, committee } = await estateWithOwners(3);
    for (const openBallots of [false, true]) {
      const vote = await buildVote(s, { estate, status: 'OPEN', openBallots });
      const [m] = await s.db.dataSource.getRepository(VoteMatterEntity).findBy({ voteId: vote.id });
      const t0 = await owners[0]?.token();
      expect((await s.gql(CAST, { id: vote.id, c: [{ matterId: m?.id, choice: 'FOR' }] }, t0)).errors).toBeUndefined();
      const mine = await s.gql<{ vote: { matters: { title: string }[]; myBallot: { choices: { choice: string }[] } } }>(
        'query($id: String!) { vote(id: $id) { matters { title } myBallot { choices { choice } revisions { revision } } tally { participation { owners } } } }',
        { id: vote.id },
        t0,
      );
      expect(mine.data?.vote.myBallot.choices).toEqual([{ choice: 'FOR' }]);
      // Owners do not get the roll.
      expect(codeOf(await s.gql('query($id: ID!) { voteRoll(voteId: $id) { totalCount } }', { id: vote.id }, t0))).toBe(
        'FORBIDDEN',
      );
      const roll = await wholeRoll(s, vote.id, await committee.token());
      const voted = roll.filter((o) => o.hasVoted);
      expect(voted).toHaveLength(1);
      expect(voted[0]?.ballot?.choices).toEqual(openBallots ? [{ matterId: m?.id, choice: 'FOR' }] : null);
    }
  });

  it('refuses a ballot with a missing matter, a paper ballot without a scan, and a non-owner', async () => {
    const { estate, owners, committee } = await estateWithOwners(2);
    const vote = await buildVote(s, { estate, status: 'OPEN', matters: ['ORDINARY', 'MAJOR'] as never });
    const ms = await s.db.dataSource
      .getRepository(VoteMatterEntity)
      .find({ where: { voteId: vote.id }, order: { position: 'ASC' } });
    const t0 = await owners[0]?.token();
    const r = await s.gql(CAST, { id: vote.id, c: [{ matterId: ms[0]?.id, choice: 'FOR' }] }, t0);
    expect(r.errors?.[0]?.extensions?.reason).toBe('VOTE_BAD_CHOICES');
    const [voter] = await s.db.dataSource.getRepository(VoteVoterEntity).findBy({ voteId: vote.id });
    const ct = await committee.token();
    const noScan = await s.gql(
      PAPER,
      { id: vote.id, voter: voter?.id, scan: '', c: ms.map((m) => ({ matterId: m.id, choice: 'FOR' })) },
      ct,
    );
    expect(noScan.errors?.[0]?.extensions?.reason).toBe('VOTE_SCAN_REQUIRED');
    // A resident of the community who is not on the roll does not see the vote.
    const stranger = await buildResident(s, {
      community: { id: estate.communityId, streetId: estate.streetId } as never,
    });
    expect(codeOf(await s.gql(TALLY, { id: vote.id }, await stranger.token()))).toBe('NOT_FOUND');
    // A closed vote takes no paper ballot either.
    await s.app.services.voteBallots.closeDue(new Date(Date.now() + 30 * 86400_000));
    const late = await s.gql(
      PAPER,
      { id: vote.id, voter: voter?.id, scan: await scan(s, ct), c: ms.map((m) => ({ matterId: m.id, choice: 'FOR' })) },
      ct,
    );
    expect(late.errors?.[0]?.extensions?.reason).toBe('VOTE_NOT_OPEN');
  });

  it('committee members cannot organise a first assembly; community staff can; a bad period is refused', async () => {
    const { estate, committee } = await estateWithOwners(1);
    const input = (organiser: string, closesAt = inDays(7)) => ({
      i: {
        estateId: estate.id,
        title: '首次业主大会',
        organiser,
        opensAt: inDays(0),
        closesAt,
        openBallots: false,
        matters: [{ kind: 'ORDINARY', title: '选举业委会', text: '选举。' }],
      },
    });
    const r = await s.gql(CREATE, input('COMMUNITY'), await committee.token());
    expect(r.errors?.[0]?.extensions?.reason).toBe('VOTE_ORGANISER_NOT_ALLOWED');
    const staff = await buildStaff(s, {
      role: 'COMMUNITY_STAFF',
      scope: { id: estate.communityId, streetId: estate.streetId } as never,
    });
    expect((await s.gql(CREATE, input('COMMUNITY'), await staff.token())).errors).toBeUndefined();
    const bad = await s.gql(CREATE, input('COMMUNITY', inDays(-1)), await staff.token());
    expect(bad.errors?.[0]?.extensions?.reason).toBe('VOTE_BAD_PERIOD');
  });

  it('imports areas from XLSX and reminds only the owners who have not voted', async () => {
    const estate = await buildEstate(s);
    const building = await buildBuilding(s, { estate, name: '7幢' } as never);
    const hs = [];
    for (let i = 0; i < 3; i++) hs.push(await buildHousehold(s, { building, room: String(701 + i) }));
    const owners = [];
    for (const h of hs) owners.push(await buildResident(s, { household: h }));
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('面积');
    sheet.addRow(['楼栋', '单元', '室', '面积']);
    for (const h of hs) sheet.addRow([building.name, h.unit, h.room, 95.5]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const committee = await buildStaff(s, {
      role: 'COMMITTEE_MEMBER',
      scope: await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate }),
    });
    const ct = await committee.token();
    const r = await s.gql<{ importVoteUnits: { imported: number } }>(
      'mutation($i: ImportVoteUnitsInput!) { importVoteUnits(input: $i) { imported errors { row message } } }',
      { i: { estateId: estate.id, format: 'XLSX', content } },
      ct,
    );
    expect(r.data?.importVoteUnits.imported).toBe(3);
    const vote = await buildVote(s, { estate, status: 'OPEN' });
    const [m] = await s.db.dataSource.getRepository(VoteMatterEntity).findBy({ voteId: vote.id });
    await s.gql(CAST, { id: vote.id, c: [{ matterId: m?.id, choice: 'FOR' }] }, await owners[0]?.token());
    const remind = await s.gql<{ remindVoters: { notified: number } }>(
      'mutation($id: ID!) { remindVoters(input: { voteId: $id }) { notified } }',
      { id: vote.id },
      ct,
    );
    expect(remind.data?.remindVoters.notified).toBe(2);
    const n = await s.gql<{ notifications: { edges: { node: { kind: string; title: string } }[] } }>(
      '{ notifications(first: 10) { edges { node { kind title } } } }',
      {},
      await owners[1]?.token(),
    );
    expect(n.data?.notifications.edges.map((e) => e.node.kind)).toContain('VOTE_REMINDER');
  });
});
