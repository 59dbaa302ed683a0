import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdBindingEntity } from '../../src/modules/identity/household-binding.entity.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from '../../src/modules/identity/identity.enums.js';
import { testDialect } from '../helpers/database.js';
import { freshUser, householdIn } from '../helpers/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, login, type World } from '../helpers/world.js';

/** Check-then-insert races: unique keys decide (CONVENTIONS 14a). MariaDB is the real test. */
describe(`identity races (${testDialect})`, () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const count = async (sql: string, params: unknown[]) => Number((await w.ds.query(sql, params))[0].n);

  it('community staff: two bindings of one resident approved at once give one RESIDENT membership', async () => {
    for (let round = 0; round < 10; round++) {
      const user = await freshUser(w);
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const h = await householdIn(w, 'boxue');
        const b = await w.ds.getRepository(HouseholdBindingEntity).save({
          userId: user.id,
          householdId: h.id,
          streetId: h.streetId,
          communityId: h.communityId,
          estateId: h.estateId,
          relation: HouseholdRelation.OWNER,
          status: BindingStatus.PENDING,
          reason: null,
          reviewedById: null,
          reviewedAt: null,
          version: 1,
        } as HouseholdBindingEntity);
        ids.push(b.id);
      }
      const results = await Promise.all(
        ids.map((id, i) =>
          server.gql(
            'mutation($id: ID!) { approveHouseholdBinding(input: { bindingId: $id }) { binding { status } } }',
            { id },
            i === 0 ? w.tokens.boxue : w.tokens.street,
          ),
        ),
      );
      expect(results.map(codeOf)).toEqual(['OK', 'OK']);
      expect(
        await count(
          'SELECT COUNT(*) AS n FROM membership WHERE userId = ? AND role = ? AND communityId = ? AND revokedAt IS NULL',
          [user.id, Role.RESIDENT, w.community.boxue],
        ),
      ).toBe(1);
    }
  });

  it('resident: 30 concurrent requests for one household give one pending binding and CONFLICTs', async () => {
    const user = await freshUser(w);
    const token = await login(server, user.phone, 'Fixture@123');
    const h = await householdIn(w, 'boxue');
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        server.gql(
          'mutation($i: RequestHouseholdBindingInput!) { requestHouseholdBinding(input: $i) { binding { id } } }',
          { i: { buildingId: h.buildingId, unit: h.unit, room: h.room, relation: HouseholdRelation.TENANT } },
          token,
        ),
      ),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(29);
    expect(
      await count('SELECT COUNT(*) AS n FROM household_binding WHERE userId = ? AND householdId = ?', [user.id, h.id]),
    ).toBe(1);
  });

  it('street admin: 20 identical grants at once give one membership and CONFLICTs', async () => {
    const user = await freshUser(w);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.gql(
          'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id } } }',
          {
            i: {
              userId: user.id,
              role: Role.COMMUNITY_STAFF,
              scopeKind: ScopeKind.COMMUNITY,
              scopeId: w.community.boxue,
            },
          },
          w.tokens.street,
        ),
      ),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(await count('SELECT COUNT(*) AS n FROM membership WHERE userId = ? AND revokedAt IS NULL', [user.id])).toBe(
      1,
    );
  });
});
