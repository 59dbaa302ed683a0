import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

describe('tree writes: applied, audited, or refused with nothing written', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const audit = (op: string, target: string) =>
    w.ds.query('SELECT actorRole, communityId, summary FROM audit_log WHERE operation = ? AND targetId = ?', [
      op,
      target,
    ]);

  it('community staff edit an estate of their community; the audit row names role, community and change', async () => {
    const r = await server.gql<{ updateEstate: { estate: { address: string } } }>(
      'mutation($i: UpdateEstateInput!) { updateEstate(input: $i) { estate { address } } }',
      { i: { id: w.estate.tianju, address: '萧山区博学路 88 号' } },
      w.tokens.boxue,
    );
    expect(r.data?.updateEstate.estate.address).toBe('萧山区博学路 88 号');
    const rows = await audit('estate.update', w.estate.tianju);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorRole: 'COMMUNITY_STAFF', communityId: w.community.boxue });
    expect(JSON.parse(rows[0].summary)).toMatchObject({ address: '萧山区博学路 88 号' });
  });

  it('a name that exists already is CONFLICT, and neither the row nor the audit log changes', async () => {
    const r = await server.gql(
      'mutation($i: UpdateEstateInput!) { updateEstate(input: $i) { estate { id } } }',
      { i: { id: w.estate.yinwan, name: '天钜银河府' } },
      w.tokens.boxue,
    );
    expect(codeOf(r)).toBe('CONFLICT');
    expect((await w.ds.query('SELECT name FROM estate WHERE id = ?', [w.estate.yinwan]))[0].name).toBe('银塆学府');
    expect(await audit('estate.update', w.estate.yinwan)).toHaveLength(0);
  });

  it('archiving hides a node from lists until it is restored', async () => {
    const names = async () =>
      (
        await server.gql<{ buildings: { edges: { node: { id: string } }[] } }>(
          'query($e: ID!) { buildings(estateId: $e, first: 50) { edges { node { id } } } }',
          { e: w.estate.tianju },
          w.tokens.boxue,
        )
      ).data?.buildings.edges.map((e) => e.node.id);
    const archive = (archived: boolean) =>
      server.gql(
        'mutation($i: UpdateBuildingInput!) { updateBuilding(input: $i) { building { archivedAt } } }',
        { i: { id: w.building.tianju, archived } },
        w.tokens.boxue,
      );
    expect(codeOf(await archive(true))).toBe('OK');
    expect(await names()).not.toContain(w.building.tianju);
    expect(codeOf(await archive(false))).toBe('OK');
    expect(await names()).toContain(w.building.tianju);
    expect(await audit('building.update', w.building.tianju)).toHaveLength(2);
  });
});
