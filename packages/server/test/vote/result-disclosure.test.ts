import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoteMatterEntity } from '../../src/modules/vote/vote.entity.js';
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
import { CAST } from './helpers.js';

const PUBLICATIONS = `query { publications(channel: COMMITTEE, first: 20) {
  totalCount edges { node { title body channel scope estateId status publishedAt revisionNumber } } } }`;

/** A closed vote's frozen result goes to the committee's disclosure channel (业委会公开) of its estate. */
describe('owners’ vote result → COMMITTEE publication', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('publishes the frozen result when the vote closes, with publishedAt set', async () => {
    const estate = await buildEstate(s);
    const building = await buildBuilding(s, { estate });
    const owners = [];
    for (let i = 0; i < 3; i++) {
      const household = await buildHousehold(s, { building, room: String(101 + i) });
      await buildVoteUnit(s, { household, areaCentiM2: 10000, ownerName: `业主${i}` });
      owners.push(await buildResident(s, { household }));
    }
    const committee = await buildStaff(s, {
      role: 'COMMITTEE_MEMBER',
      scope: await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate }),
    });
    const vote = await buildVote(s, {
      estate,
      status: 'OPEN',
      title: '关于更换电梯的表决',
      matters: ['ORDINARY', 'MAJOR'] as never,
    });
    const ms = await s.db.dataSource
      .getRepository(VoteMatterEntity)
      .find({ where: { voteId: vote.id }, order: { position: 'ASC' } });
    // All three owners agree to matter 1; only one agrees to the major matter 2.
    for (const [i, o] of owners.entries()) {
      const c = [
        { matterId: ms[0]?.id, choice: 'FOR' },
        { matterId: ms[1]?.id, choice: i === 0 ? 'FOR' : 'AGAINST' },
      ];
      expect((await s.gql(CAST, { id: vote.id, c }, await o.token())).errors).toBeUndefined();
    }
    const owner = await owners[0]?.token();
    // Nothing on the channel while the vote is open.
    const before = await s.gql<{ publications: { totalCount: number } }>(PUBLICATIONS, {}, owner);
    expect(before.errors).toBeUndefined();
    expect(before.data?.publications.totalCount).toBe(0);

    // Closing at a controlled instant (the job's clock).
    const at = new Date(Date.now() + 8 * 86400_000);
    expect(await s.app.services.voteBallots.closeDue(at)).toBe(1);

    const read = await s.gql<{
      vote: { status: string; publishedAt: string | null; tally: { matters: { passed: boolean; reasonZh: string }[] } };
    }>(
      'query($id: String!) { vote(id: $id) { status publishedAt tally { matters { passed reasonZh } } } }',
      { id: vote.id },
      await committee.token(),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.vote.status).toBe('CLOSED');
    expect(read.data?.vote.publishedAt).toBe(at.toISOString());
    const [m1, m2] = read.data?.vote.tally.matters ?? [];
    expect([m1?.passed, m2?.passed]).toEqual([true, false]);

    // An owner of the estate reads the result on the committee channel.
    type Node = { title: string; body: string; estateId: string; status: string; revisionNumber: number };
    const after = await s.gql<{ publications: { totalCount: number; edges: { node: Node }[] } }>(
      PUBLICATIONS,
      {},
      owner,
    );
    expect(after.errors).toBeUndefined();
    expect(after.data?.publications.totalCount).toBe(1);
    const p = after.data?.publications.edges[0]?.node as Node;
    expect(p).toMatchObject({
      title: '表决结果：关于更换电梯的表决',
      estateId: estate.id,
      status: 'PUBLISHED',
      revisionNumber: 1,
    });
    expect(p.body).toContain('事项1</strong>：通过');
    expect(p.body).toContain('事项2</strong>：未通过');
    expect(p.body).toContain((m1?.reasonZh ?? '').split('；')[0]);
    // Closing again finds nothing to do and publishes nothing more.
    expect(await s.app.services.voteBallots.closeDue(new Date(at.getTime() + 86400_000))).toBe(0);
    const again = await s.gql<{ publications: { totalCount: number } }>(PUBLICATIONS, {}, owner);
    expect(again.data?.publications.totalCount).toBe(1);
  });
});
