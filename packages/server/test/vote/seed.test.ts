import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedVotes } from '../../src/db/seed/vote.js';
import { VoteUnitEntity } from '../../src/modules/vote/vote.entity.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';
import { PAPER, scan, TALLY, wholeRoll } from './helpers.js';

describe('the demo vote of 天钜银河府', () => {
  let s: TestServer;
  let w: World;
  beforeAll(async () => {
    s = await startTestServer();
    w = await buildWorld(s);
    await seedVotes(s.db.dataSource);
    await seedVotes(s.db.dataSource); // idempotent
  });
  afterAll(() => s.close());

  it('is one owner short of two thirds until the developer’s paper ballot comes in', async () => {
    expect(await s.db.dataSource.getRepository(VoteUnitEntity).countBy({ estateId: w.estate.tianju })).toBe(96);
    const committee = w.tokens.committee as string;
    const list = await s.gql<{ votes: { edges: { node: { id: string; matters: { id: string }[] } }[] } }>(
      'query($c: ID!) { votes(communityId: $c) { edges { node { id matters { id } } } } }',
      { c: w.community.boxue },
      committee,
    );
    const vote = list.data?.votes.edges[0]?.node as { id: string; matters: { id: string }[] };
    type T = {
      vote: {
        tally: {
          participation: { owners: number; baseOwners: number; met: boolean };
          matters: { passed: boolean; reasonZh: string }[];
        };
      };
    };
    const before = await s.gql<T>(TALLY, { id: vote.id }, committee);
    expect(before.data?.vote.tally.participation).toMatchObject({ owners: 47, baseOwners: 71, met: false });
    const developer = (await wholeRoll(s, vote.id, committee)).find((o) => o.developer);
    const r = await s.gql(
      PAPER,
      {
        id: vote.id,
        voter: developer?.id,
        scan: await scan(s, committee),
        c: vote.matters.map((m) => ({ matterId: m.id, choice: 'FOR' })),
      },
      committee,
    );
    expect(r.errors).toBeUndefined();
    const after = await s.gql<T>(TALLY, { id: vote.id }, committee);
    expect(after.data?.vote.tally.participation).toMatchObject({ owners: 48, met: true });
    expect(after.data?.vote.tally.matters[0]?.passed).toBe(true);
  });
});
