import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBuilding,
  buildEstate,
  buildHousehold,
  buildOrganisation,
  buildResident,
  buildStaff,
} from '../factories/index.js';
import { buildVote, buildVoteUnit } from '../factories/vote.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { CAST, quickToken, TALLY } from './helpers.js';

/** 100 owners voting at the same moment: 100 ballots, one each, and a tally that adds up. */
describe('100 owners voting at once', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('produces 100 ballots and a consistent tally; the same owner twice at once stays one ballot', async () => {
    const estate = await buildEstate(s);
    const building = await buildBuilding(s, { estate });
    const owners = [];
    for (let i = 0; i < 120; i++) {
      const household = await buildHousehold(s, { building, room: String(1000 + i) });
      await buildVoteUnit(s, { household, areaCentiM2: 8000 + i * 13 });
      if (i < 100) owners.push(await buildResident(s, { household }));
    }
    const vote = await buildVote(s, { estate, status: 'OPEN', matters: ['ORDINARY' as never] });
    const [matter] = await s.db.dataSource.query('SELECT id FROM vote_matter WHERE voteId = ?', [vote.id]);
    const tokens: string[] = [];
    for (const o of owners) tokens.push(await quickToken(s, o.user));
    const choice = (i: number) => (i % 3 === 0 ? 'AGAINST' : 'FOR');
    const results = await Promise.all(
      tokens.map((t, i) => s.gql(CAST, { id: vote.id, c: [{ matterId: matter.id, choice: choice(i) }] }, t)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    // One owner casting twice at the same moment: still one ballot, two versions.
    const twice = await Promise.all(
      [0, 1].map(() => s.gql(CAST, { id: vote.id, c: [{ matterId: matter.id, choice: 'FOR' }] }, tokens[0])),
    );
    expect(
      twice.every((r) => !r.errors || r.errors[0]?.extensions?.reason === 'VOTE_BALLOT_CHANGED_CONCURRENTLY'),
    ).toBe(true);
    const changes = twice.filter((r) => !r.errors).length;
    expect(changes).toBeGreaterThanOrEqual(1);
    // Every accepted version is kept, numbered without a gap: the first ballot and each change.
    const revs: { revision: number | string }[] = await s.db.dataSource.query(
      'SELECT r.revision AS revision FROM vote_ballot_revision r JOIN vote_ballot b ON b.id = r.ballotId JOIN vote_voter v ON v.id = b.voterId WHERE r.voteId = ? AND v.userId = ? ORDER BY r.revision',
      [vote.id, owners[0]?.user.id],
    );
    expect(revs.map((r) => Number(r.revision))).toEqual(Array.from({ length: 1 + changes }, (_, i) => i + 1));

    const [{ n }] = await s.db.dataSource.query('SELECT COUNT(*) AS n FROM vote_ballot WHERE voteId = ?', [vote.id]);
    expect(Number(n)).toBe(100);
    const [{ c }] = await s.db.dataSource.query('SELECT COUNT(*) AS c FROM vote_choice WHERE voteId = ?', [vote.id]);
    expect(Number(c)).toBe(100);
    const committee = await buildStaff(s, {
      role: 'COMMITTEE_MEMBER',
      scope: await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate }),
    });
    const r = await s.gql<{
      vote: {
        tally: {
          participation: { areaCentiM2: number; owners: number; baseOwners: number };
          matters: { for: { areaCentiM2: number; owners: number }; against: { areaCentiM2: number; owners: number } }[];
        };
      };
    }>(TALLY, { id: vote.id }, await committee.token());
    const t = r.data?.vote.tally;
    const areaOf = (i: number) => 8000 + i * 13;
    const all = Array.from({ length: 100 }, (_, i) => i);
    // Owner 0 ended FOR (their second ballot).
    const against = all.filter((i) => i !== 0 && choice(i) === 'AGAINST');
    expect(t?.participation).toMatchObject({
      owners: 100,
      baseOwners: 120,
      areaCentiM2: all.reduce((s2, i) => s2 + areaOf(i), 0),
    });
    expect(t?.matters[0]?.against).toEqual({
      owners: against.length,
      areaCentiM2: against.reduce((s2, i) => s2 + areaOf(i), 0),
    });
    expect((t?.matters[0]?.for.owners ?? 0) + (t?.matters[0]?.against.owners ?? 0)).toBe(100);
    // The tally adds up: every participating owner and every hundredth of their area is counted once.
    expect((t?.matters[0]?.for.areaCentiM2 ?? 0) + (t?.matters[0]?.against.areaCentiM2 ?? 0)).toBe(
      t?.participation.areaCentiM2,
    );
    console.info(
      `[vote race ${s.db.dataSource.options.type}] ballots ${n}, choices ${c}, participation ${t?.participation.owners}/${t?.participation.baseOwners} owners ${t?.participation.areaCentiM2} hundredths m², for ${t?.matters[0]?.for.owners} against ${t?.matters[0]?.against.owners}; same owner twice: ${changes} accepted`,
    );
  }, 240_000);
});
