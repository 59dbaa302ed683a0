import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import { VoteBallotRevisionEntity } from '../../src/modules/vote/vote.entity.js';
import { buildResident } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';
import { CAST, CREATE, inDays, OPEN, PAPER, scan, TALLY, wholeRoll } from './helpers.js';

/**
 * A whole vote over the demo estate 天钜银河府 (96 households): areas imported from CSV, a buyer
 * of three units, the developer's unsold building, online and paper ballots, one changed, the live
 * tally, closing by the job at a controlled instant, and the frozen result.
 */
describe('an owners’ vote over the demo estate', () => {
  let s: TestServer;
  let w: World;
  let households: (HouseholdEntity & { building: string })[];
  const area = (i: number) => 8000 + ((i * 3791) % 6051); // 80.00 – 140.50 m²
  beforeAll(async () => {
    s = await startTestServer();
    w = await buildWorld(s);
    const rows: (HouseholdEntity & { building: string })[] = await s.db.dataSource.query(
      'SELECT h.id AS id, h.unit AS unit, h.room AS room, b.name AS building FROM household h JOIN building b ON b.id = h.buildingId WHERE h.estateId = ? ORDER BY h.id',
      [w.estate.tianju],
    );
    households = rows;
  });
  afterAll(() => s.close());

  it('runs from the area import to the frozen result', async () => {
    const staff = w.tokens.boxue as string;
    const committee = w.tokens.committee as string;
    expect(households).toHaveLength(96);
    // Building 4幢 is the developer's (unsold); three units of 3幢 belong to one buyer (钱先生).
    const buyer = households
      .filter((h) => h.building === '3幢')
      .slice(0, 3)
      .map((h) => h.id);
    const developer = (h: { building: string }) => h.building === '4幢';
    const csvLine = (h: (typeof households)[number], i: number, a = (area(i) / 100).toFixed(2)) =>
      [
        h.building,
        h.unit,
        h.room,
        a,
        buyer.includes(h.id) ? '钱先生' : '',
        buyer.includes(h.id) ? 'CERT-Q' : '',
        developer(h) ? '是' : '',
      ].join(',');
    const header = '楼栋,单元,室,面积,业主,产权证号,开发商';
    const IMPORT = `mutation($i: ImportVoteUnitsInput!) { importVoteUnits(input: $i) { imported errors { row column message } } }`;
    const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');

    // A bad file: two refused rows, nothing written.
    const bad = [
      header,
      ...households.map((h, i) => csvLine(h, i, i === 4 ? '-3' : undefined)),
      '9幢,1单元,101,90',
    ].join('\n');
    const refused = await s.gql<{ importVoteUnits: { imported: number; errors: { row: number; column: string }[] } }>(
      IMPORT,
      { i: { estateId: w.estate.tianju, format: 'CSV', content: b64(bad) } },
      staff,
    );
    expect(refused.data?.importVoteUnits.imported).toBe(0);
    expect(refused.data?.importVoteUnits.errors.map((e) => [e.row, e.column])).toEqual([
      [6, 'area'],
      [98, 'room'],
    ]);
    const UNITS =
      'query($e: ID!) { voteUnits(estateId: $e, first: 100) { totalCount edges { node { label areaCentiM2 developerHeld } } } }';
    expect(
      (await s.gql<{ voteUnits: { totalCount: number } }>(UNITS, { e: w.estate.tianju }, staff)).data?.voteUnits
        .totalCount,
    ).toBe(0);

    // The good file.
    const good = [header, ...households.map((h, i) => csvLine(h, i))].join('\n');
    const imported = await s.gql<{ importVoteUnits: { imported: number; errors: unknown[] } }>(
      IMPORT,
      { i: { estateId: w.estate.tianju, format: 'CSV', content: b64(good) } },
      staff,
    );
    expect(imported.data?.importVoteUnits).toEqual({ imported: 96, errors: [] });

    // Ten owners with accounts in 1幢 (bound as OWNER, verified) besides the demo resident.
    const online = [];
    for (const h of households.filter((x) => x.building === '1幢').slice(6, 16)) {
      online.push(
        await buildResident(s, {
          household: await s.db.dataSource.getRepository(HouseholdEntity).findOneByOrFail({ id: h.id }),
        }),
      );
    }

    // The committee drafts and opens the vote.
    const made = await s.gql<{ createVote: { vote: { id: string; matters: { id: string; kind: string }[] } } }>(
      CREATE,
      {
        i: {
          estateId: w.estate.tianju,
          title: '关于续聘物业及充电桩改造的表决',
          organiser: 'OWNERS_COMMITTEE',
          opensAt: inDays(-1),
          closesAt: inDays(7),
          openBallots: false,
          matters: [
            { kind: 'ORDINARY', title: '续聘绿城物业', text: '是否同意续聘绿城物业服务集团三年。' },
            {
              kind: 'MAJOR',
              title: '地面车位改建充电桩',
              text: '改变共有部分用途：将 20 个地面车位改建为充电桩区域。',
            },
          ],
        },
      },
      committee,
    );
    expect(made.errors).toBeUndefined();
    const vote = made.data?.createVote.vote as { id: string; matters: { id: string }[] };
    const [m1, m2] = vote.matters.map((m) => m.id) as [string, string];
    const opened = await s.gql<{ openVote: { vote: { totalOwners: number; totalAreaCentiM2: number } } }>(
      OPEN,
      { id: vote.id },
      committee,
    );
    const totalArea = households.reduce((sum, _h, i) => sum + area(i), 0);
    // 96 units: 24 developer units → 1 owner, 3 units of one buyer → 1 owner: 96 − 24 + 1 − 3 + 1 = 71.
    expect(opened.data?.openVote.vote).toMatchObject({ status: 'OPEN', totalOwners: 71, totalAreaCentiM2: totalArea });

    const roll = await wholeRoll(s, vote.id, committee);
    expect(roll).toHaveLength(71);
    const dev = roll.find((o) => o.developer);
    expect(dev?.unitCount).toBe(24);
    const qian = roll.find((o) => o.ownerName === '钱先生');
    expect(qian?.unitCount).toBe(3);
    expect(roll.filter((o) => o.online)).toHaveLength(11);

    // Online: the demo resident and ten others; everyone for matter 1, mixed on matter 2.
    const tokens = [w.tokens.resident as string, ...(await Promise.all(online.map((p) => p.token())))];
    for (const [i, t] of tokens.entries()) {
      const r = await s.gql(
        CAST,
        {
          id: vote.id,
          c: [
            { matterId: m1, choice: i === 0 ? 'AGAINST' : 'FOR' },
            { matterId: m2, choice: i % 2 ? 'FOR' : 'AGAINST' },
          ],
        },
        t,
      );
      expect(r.errors).toBeUndefined();
    }
    // The demo resident changes their mind before closing: every version is kept.
    expect(
      (
        await s.gql(
          CAST,
          {
            id: vote.id,
            c: [
              { matterId: m1, choice: 'FOR' },
              { matterId: m2, choice: 'FOR' },
            ],
          },
          tokens[0],
        )
      ).errors,
    ).toBeUndefined();

    // Paper: the committee enters 40 signed ballots (the developer and the buyer among them), each with its scan.
    const paperOwners = [
      dev,
      qian,
      ...roll.filter((o) => !o.online && !o.developer && o.ownerName !== '钱先生').slice(0, 38),
    ];
    for (const [i, o] of paperOwners.entries()) {
      const r = await s.gql(
        PAPER,
        {
          id: vote.id,
          voter: o?.id,
          scan: await scan(s, committee),
          c: [
            { matterId: m1, choice: i % 5 === 4 ? 'ABSTAIN' : 'FOR' },
            { matterId: m2, choice: i % 4 === 3 ? 'AGAINST' : 'FOR' },
          ],
        },
        committee,
      );
      expect(r.errors).toBeUndefined();
    }

    // The expected tally, summed here from the roll.
    const byId = new Map(roll.map((o) => [o.id, o]));
    const voted = await wholeRoll(s, vote.id, committee, 'VOTED');
    expect(voted).toHaveLength(51);
    expect(voted.every((o) => o.ballot && o.ballot.choices === null)).toBe(true); // not declared open: how, hidden
    expect(voted.filter((o) => o.ballot?.channel === 'PAPER').every((o) => o.ballot?.scan)).toBe(true);
    const partArea = voted.reduce((sum, o) => sum + (byId.get(o.id)?.areaCentiM2 ?? 0), 0);
    const live = await s.gql<{
      vote: {
        tally: {
          frozen: boolean;
          participation: { areaCentiM2: number; owners: number; met: boolean; areaMet: boolean; ownersMet: boolean };
          matters: { passed: boolean; reasonZh: string; for: { owners: number } }[];
        };
      };
    }>(TALLY, { id: vote.id }, tokens[0]);
    const t = live.data?.vote.tally;
    expect(t?.frozen).toBe(false);
    expect(t?.participation).toMatchObject({ areaCentiM2: partArea, owners: 51 });
    // Participation by headcount 51/71 = 71.8 % ≥ 2/3; by area, exactly as the rule says.
    expect(t?.participation.areaMet).toBe(partArea * 3 >= totalArea * 2);
    expect(t?.matters[0]?.for.owners).toBe(11 + 32);
    expect(t?.matters[0]?.reasonZh).toMatch(
      /^参与面积 \d+\.\d % [≥<] 2\/3；参与人数 71\.8 % ≥ 2\/3；同意面积 \d+\.\d % > 1\/2；同意人数 84\.3 % > 1\/2 → /,
    );

    // The outcome of each matter, as the rule says: matter 1 (ordinary) has 43 of 51 owners for
    // (84.3 % > 1/2) and passes when participation does; matter 2 (major) has 6 online + 30 paper
    // = 36 of 51 owners for (70.6 % < 3/4) and fails whatever the area.
    expect(t?.participation.met).toBe(t?.participation.areaMet && t?.participation.ownersMet);
    expect(t?.matters[0]?.passed).toBe(t?.participation.met);
    expect(t?.matters[1]).toMatchObject({ passed: false, for: { owners: 36 } });
    expect(t?.matters[1]?.reasonZh).toMatch(/同意人数 70\.6 % < 3\/4 → 未通过$/);

    // The tally as it stands at the closing moment: the frozen result must be exactly this.
    type Tally = { frozen: boolean; participation: unknown; matters: unknown[] };
    const atClosing = (await s.gql<{ vote: { tally: Tally } }>(TALLY, { id: vote.id }, committee)).data?.vote.tally;
    expect(atClosing?.frozen).toBe(false);

    // Closing at a controlled instant (the job's clock), after the closing time.
    const closed = await s.app.services.voteBallots.closeDue(new Date(Date.now() + 8 * 86400_000));
    expect(closed).toBe(1);
    const frozen = await s.gql<{
      vote: { status: string; tally: Tally };
    }>(TALLY, { id: vote.id }, committee);
    expect(frozen.data?.vote.status).toBe('CLOSED');
    expect(frozen.data?.vote.tally.frozen).toBe(true);
    expect({ ...frozen.data?.vote.tally, frozen: false }).toEqual(atClosing);
    const reasons = ((frozen.data?.vote.tally.matters ?? []) as { reasonZh: string }[]).map((x) => x.reasonZh);
    console.info(
      `[vote demo] roll 71 owners, ${totalArea} hundredths m²; participating ${partArea}; matter 1: ${reasons[0]} | matter 2: ${reasons[1]}`,
    );
    expect(frozen.data?.vote.tally.participation).toEqual(
      (await s.gql<{ vote: { tally: { participation: unknown } } }>(TALLY, { id: vote.id }, tokens[0])).data?.vote.tally
        .participation,
    );
    // Nothing changes it any more.
    const late = await s.gql(
      CAST,
      {
        id: vote.id,
        c: [
          { matterId: m1, choice: 'AGAINST' },
          { matterId: m2, choice: 'AGAINST' },
        ],
      },
      tokens[1],
    );
    expect(late.errors?.[0]?.extensions?.reason).toBe('VOTE_NOT_OPEN');
    expect(await s.app.services.voteBallots.closeDue(new Date(Date.now() + 9 * 86400_000))).toBe(0);
    const again = await s.gql<{ vote: { tally: unknown } }>(TALLY, { id: vote.id }, committee);
    expect(again.data?.vote.tally).toEqual(frozen.data?.vote.tally);

    // Every version of the changed ballot is kept; entering ballots was audited.
    const me = roll.find((o) =>
      o.units.includes(`${households[5]?.building} ${households[5]?.unit} ${households[5]?.room}`),
    );
    const revs = await s.db.dataSource
      .getRepository(VoteBallotRevisionEntity)
      .findBy({ voteId: vote.id, voterId: me?.id });
    expect(revs.map((r) => r.revision).sort()).toEqual([1, 2]);
    const audit = await s.gql<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(communityId: $id, operation: "vote.ballot.enter") { totalCount } }',
      { id: w.community.boxue },
      staff,
    );
    expect(audit.data?.auditLog.totalCount).toBe(40);
    // Who sees what: a resident of another community does not see the vote at all.
    expect(codeOf(await s.gql(TALLY, { id: vote.id }, await buildResident(s).then((p) => p.token())))).toBe(
      'NOT_FOUND',
    );
  }, 120_000); // some 150 requests: 13 s on an idle MariaDB, past the default 30 s on a loaded machine
});
