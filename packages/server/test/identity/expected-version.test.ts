import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

/** Each update of a tree node or category carries the version its author saw: no lost updates. */
describe('tree nodes and categories: updates with an expected version', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const cases = [
    {
      mutation: 'updateStreet',
      input: 'UpdateStreetInput',
      table: 'street',
      id: () => w.streetId,
      token: () => w.tokens.system,
      field: 'district',
    },
    {
      mutation: 'updateCommunity',
      input: 'UpdateCommunityInput',
      table: 'community',
      id: () => w.community.boxue,
      token: () => w.tokens.street,
      field: 'address',
    },
    {
      mutation: 'updateEstate',
      input: 'UpdateEstateInput',
      table: 'estate',
      id: () => w.estate.tianju,
      token: () => w.tokens.boxue,
      field: 'address',
    },
    {
      mutation: 'updateBuilding',
      input: 'UpdateBuildingInput',
      table: 'building',
      id: () => w.building.tianju,
      token: () => w.tokens.boxue,
      field: 'name',
    },
    {
      mutation: 'updateOrganisation',
      input: 'UpdateOrganisationInput',
      table: 'organisation',
      id: () => w.org.greentown,
      token: () => w.tokens.street,
      field: 'contact',
    },
    {
      mutation: 'updateTicketCategory',
      input: 'UpdateTicketCategoryInput',
      table: 'ticket_category',
      id: () => w.category.boxue.FACILITIES_REPAIR as string,
      token: () => w.tokens.boxue,
      field: 'nameZh',
    },
  ];

  for (const c of cases) {
    it(`${c.mutation}: the version it saw applies and bumps the version; a stale one is CONFLICT and writes nothing`, async () => {
      const send = (value: string, expectedVersion: number) =>
        server.gql(
          `mutation($i: ${c.input}!) { ${c.mutation}(input: $i) { __typename } }`,
          { i: { id: c.id(), [c.field]: value, expectedVersion } },
          c.token(),
        );
      const read = async () =>
        (await w.ds.query(`SELECT version, ${c.field} AS v FROM ${c.table} WHERE id = ?`, [c.id()]))[0] as {
          version: number;
          v: string;
        };
      const before = await read();
      expect(codeOf(await send('甲1', Number(before.version)))).toBe('OK');
      const mid = await read();
      expect(Number(mid.version)).toBe(Number(before.version) + 1);
      // A second author who read the old version loses, and the first edit stays.
      expect(codeOf(await send('乙2', Number(before.version)))).toBe('CONFLICT');
      const after = await read();
      expect(after.v).toBe('甲1');
      expect(Number(after.version)).toBe(Number(mid.version));
    });
  }
});
