import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

interface Conn {
  totalCount: number;
  edges: { node: { id: string; name?: string; label?: string } }[];
}

describe('scope: who sees which part of the tree', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const households = async (token: string | undefined, estateId: string) =>
    (
      await server.gql<{ households: Conn }>(
        'query($e: ID!) { households(estateId: $e, first: 5) { totalCount edges { node { id } } } }',
        { e: estateId },
        token,
      )
    ).data?.households.totalCount;

  it('property staff: see the households of the estates their company serves, none of another estate', async () => {
    expect(await households(w.tokens.greentown, w.estate.tianju)).toBeGreaterThan(0);
    expect(await households(w.tokens.greentown, w.estate.yinwan)).toBeGreaterThan(0);
    expect(await households(w.tokens.greentown, w.estate.baima)).toBe(0);
    const direct = await server.gql(
      'query($id: ID!) { household(id: $id) { id } }',
      { id: w.household.xingyiGarden },
      w.tokens.greentown,
    );
    expect(codeOf(direct)).toBe('NOT_FOUND');
    const estate = await server.gql(
      'query($id: ID!) { estate(id: $id) { id } }',
      { id: w.estate.baima },
      w.tokens.greentown,
    );
    expect(codeOf(estate)).toBe('NOT_FOUND');
  });

  it('community staff: cannot see the other community at all', async () => {
    const list = await server.gql<{ communities: Conn }>(
      '{ communities { totalCount edges { node { id name } } } }',
      {},
      w.tokens.boxue,
    );
    expect(list.data?.communities.edges.map((e) => e.node.name)).toEqual(['博学路社区']);
    expect(
      codeOf(
        await server.gql('query($id: ID!) { community(id: $id) { id } }', { id: w.community.xingyi }, w.tokens.boxue),
      ),
    ).toBe('NOT_FOUND');
    const estates = await server.gql<{ estates: Conn }>(
      '{ estates(first: 50) { edges { node { name } } } }',
      {},
      w.tokens.boxue,
    );
    expect(estates.data?.estates.edges.map((e) => e.node.name).sort()).toEqual(
      ['国宸滨府', '天钜银河府', '白马御府', '银塆学府'].sort(),
    );
    expect(await households(w.tokens.boxue, w.estate.xingyiGarden)).toBe(0);
    const users = await server.gql<{ users: Conn }>(
      '{ users(first: 100) { edges { node { id } } } }',
      {},
      w.tokens.boxue,
    );
    expect(users.data?.users.edges.map((e) => e.node.id)).not.toContain(w.user.xingyiResident);
    expect(
      codeOf(
        await server.gql('query($id: ID!) { user(id: $id) { id } }', { id: w.user.xingyiResident }, w.tokens.boxue),
      ),
    ).toBe('NOT_FOUND');
    // The property company serving estates in both communities shows only the visible ones.
    const org = await server.gql<{ organisation: { servedEstates: { name: string }[] } }>(
      'query($id: ID!) { organisation(id: $id) { servedEstates { name } } }',
      { id: w.org.binjiang },
      w.tokens.boxue,
    );
    expect(org.data?.organisation.servedEstates.map((e) => e.name)).not.toContain('金色家园');
  });

  it('street admin: sees both communities, their estates, households and users', async () => {
    const list = await server.gql<{ communities: Conn }>(
      '{ communities { edges { node { name } } } }',
      {},
      w.tokens.street,
    );
    expect(list.data?.communities.edges.map((e) => e.node.name).sort()).toEqual(['兴议社区', '博学路社区'].sort());
    expect(await households(w.tokens.street, w.estate.xingyiGarden)).toBeGreaterThan(0);
    expect(await households(w.tokens.street, w.estate.tianju)).toBeGreaterThan(0);
    expect(
      codeOf(
        await server.gql('query($id: ID!) { user(id: $id) { id } }', { id: w.user.xingyiResident }, w.tokens.street),
      ),
    ).toBe('OK');
  });

  it('committee member: sees only the households of their own estate, with rooms masked', async () => {
    expect(await households(w.tokens.committee, w.estate.tianju)).toBeGreaterThan(0);
    expect(await households(w.tokens.committee, w.estate.yinwan)).toBe(0);
    const r = await server.gql<{ household: { room: string } }>(
      'query($id: ID!) { household(id: $id) { room } }',
      { id: w.household.tianju },
      w.tokens.committee,
    );
    expect(r.data?.household.room).toMatch(/^\d\*+\d?$/);
    const staff = await server.gql<{ household: { room: string } }>(
      'query($id: ID!) { household(id: $id) { room } }',
      { id: w.household.tianju },
      w.tokens.boxue,
    );
    expect(staff.data?.household.room).toMatch(/^\d+$/);
  });

  it('a resident sees no households list and no other users', async () => {
    expect(await households(w.tokens.resident, w.estate.tianju)).toBe(0);
    expect(codeOf(await server.gql('{ users { totalCount } }', {}, w.tokens.resident))).toBe('FORBIDDEN');
  });
});
