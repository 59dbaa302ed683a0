import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildingEntity } from '../../src/modules/org/building.entity.js';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import type { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { buildBuilding, buildCommunity, buildEstate, buildStaff } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

describe('tree writes: applied, audited, or refused with nothing written', () => {
  let server: TestServer;
  let community: CommunityEntity;
  let estate: EstateEntity;
  let neighbour: EstateEntity;
  let building: BuildingEntity;
  let staff: string;
  const ds = () => server.db.dataSource;
  beforeAll(async () => {
    server = await startTestServer();
    community = await buildCommunity(server);
    estate = await buildEstate(server, { community, name: '天钜银河府' });
    neighbour = await buildEstate(server, { community, name: '银塆学府' });
    building = await buildBuilding(server, { estate });
    staff = await (await buildStaff(server, { role: 'COMMUNITY_STAFF', scope: community })).token();
  });
  afterAll(() => server.close());

  const audit = (op: string, target: string) =>
    ds().query('SELECT actorRole, communityId, summary FROM audit_log WHERE operation = ? AND targetId = ?', [
      op,
      target,
    ]);

  it('community staff edit an estate of their community; the audit row names role, community and change', async () => {
    const r = await server.gql<{ updateEstate: { estate: { address: string } } }>(
      'mutation($i: UpdateEstateInput!) { updateEstate(input: $i) { estate { address } } }',
      { i: { id: estate.id, address: '萧山区博学路 88 号' } },
      staff,
    );
    expect(r.data?.updateEstate.estate.address).toBe('萧山区博学路 88 号');
    const rows = await audit('estate.update', estate.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorRole: 'COMMUNITY_STAFF', communityId: community.id });
    expect(JSON.parse(rows[0].summary)).toMatchObject({ address: '萧山区博学路 88 号' });
  });

  it('a name that exists already is CONFLICT, and neither the row nor the audit log changes', async () => {
    const r = await server.gql(
      'mutation($i: UpdateEstateInput!) { updateEstate(input: $i) { estate { id } } }',
      { i: { id: neighbour.id, name: '天钜银河府' } },
      staff,
    );
    expect(codeOf(r)).toBe('CONFLICT');
    expect((await ds().query('SELECT name FROM estate WHERE id = ?', [neighbour.id]))[0].name).toBe('银塆学府');
    expect(await audit('estate.update', neighbour.id)).toHaveLength(0);
  });

  it('archiving hides a node from lists until it is restored', async () => {
    const names = async () =>
      (
        await server.gql<{ buildings: { edges: { node: { id: string } }[] } }>(
          'query($e: ID!) { buildings(estateId: $e, first: 50) { edges { node { id } } } }',
          { e: estate.id },
          staff,
        )
      ).data?.buildings.edges.map((e) => e.node.id);
    const archive = (archived: boolean) =>
      server.gql(
        'mutation($i: UpdateBuildingInput!) { updateBuilding(input: $i) { building { archivedAt } } }',
        { i: { id: building.id, archived } },
        staff,
      );
    expect(codeOf(await archive(true))).toBe('OK');
    expect(await names()).not.toContain(building.id);
    expect(codeOf(await archive(false))).toBe('OK');
    expect(await names()).toContain(building.id);
    expect(await audit('building.update', building.id)).toHaveLength(2);
  });
});
