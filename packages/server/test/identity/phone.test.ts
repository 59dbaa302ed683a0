import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { type ActorName, buildWorld, type World } from '../helpers/world.js';

describe('personal data: phone numbers', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const phoneSeenBy = async (actor: ActorName, userId: string) =>
    (
      await server.gql<{ user: { phone: string } }>(
        'query($id: ID!) { user(id: $id) { phone } }',
        { id: userId },
        w.tokens[actor],
      )
    ).data?.user.phone;

  it('is masked for every role when read through the API', async () => {
    for (const actor of ['boxue', 'street', 'system'] as const) {
      expect(await phoneSeenBy(actor, w.user.resident)).toBe('139****0001');
    }
    const bindings = await server.gql<{ householdBindings: { edges: { node: { user: { phone: string } } }[] } }>(
      '{ householdBindings(first: 20) { edges { node { user { phone } } } } }',
      {},
      w.tokens.boxue,
    );
    const phones = bindings.data?.householdBindings.edges.map((e) => e.node.user.phone) ?? [];
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('is shown in full to its owner only', async () => {
    const me = await server.gql<{ me: { phone: string } }>('{ me { phone } }', {}, w.tokens.resident);
    expect(me.data?.me.phone).toBe('13900000001');
  });

  it('a reveal by community staff returns the number and leaves an audit row', async () => {
    const r = await server.gql<{ revealUserPhone: { phone: string } }>(
      'mutation($id: ID!) { revealUserPhone(input: { userId: $id }) { userId phone } }',
      { id: w.user.resident },
      w.tokens.boxue,
    );
    expect(codeOf(r)).toBe('OK');
    expect(r.data?.revealUserPhone.phone).toBe('13900000001');
    const rows = await w.ds.query(
      "SELECT actorId, actorRole, targetId, communityId FROM audit_log WHERE operation = 'user.phone.reveal'",
    );
    expect(rows).toEqual([
      {
        actorId: w.user.boxue,
        actorRole: 'COMMUNITY_STAFF',
        targetId: w.user.resident,
        communityId: w.community.boxue,
      },
    ]);
    const log = await server.gql<{
      auditLog: { edges: { node: { operation: string; actor: { displayName: string } } }[] };
    }>(
      '{ auditLog(operation: "user.phone.reveal") { edges { node { operation actor { displayName } } } } }',
      {},
      w.tokens.street,
    );
    expect(log.data?.auditLog.edges.map((e) => e.node.actor.displayName)).toEqual(['专管员 李娟']);
  });

  it('roles without the permission cannot reveal, and nothing is logged', async () => {
    const before = await w.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'user.phone.reveal'");
    for (const actor of ['greentown', 'committee', 'resident'] as const) {
      const r = await server.gql(
        'mutation($id: ID!) { revealUserPhone(input: { userId: $id }) { phone } }',
        { id: w.user.resident },
        w.tokens[actor],
      );
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(r));
      expect(r.data?.revealUserPhone).toBeUndefined();
    }
    // Community staff of the other community cannot even see the user.
    const other = await server.gql(
      'mutation($id: ID!) { revealUserPhone(input: { userId: $id }) { phone } }',
      { id: w.user.resident },
      w.tokens.xingyi,
    );
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(await w.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'user.phone.reveal'")).toEqual(
      before,
    );
  });
});
