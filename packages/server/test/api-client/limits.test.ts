/**
 * App keys and request limits over real HTTP (and graphql-ws): depth, aliases, tokens, `first`,
 * the cost per request, budgets (429 + Retry-After), revoked and rotated keys, origins, trusted
 * documents.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sha256Hex } from '../../src/graphql/persisted.js';
import { buildOrganisation, buildStaff } from '../factories/index.js';
import { PRODUCTION_DATA_KEYS, startTestServer, type TestServer } from '../helpers/server.js';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requested: number; budgetLeft: number | null } };
  };
}

async function post(s: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}
const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code ?? 'OK';
const reason = (a: Answer) => a.body.errors?.[0]?.extensions?.reason;

const CREATE = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id keyId } key } }`;

/** Costs 1 + 5 × (1 + 1 + 2) = 21 points whoever asks (refused or not, the operation is charged). */
const SMALL = '{ apiClients(first: 5) { edges { node { id name } } } }';

describe('app keys and request limits', () => {
  let s: TestServer;
  let admin: string;
  let ownerId: string;
  const app = async (input: Record<string, unknown> = {}) => {
    const r = await post(
      s,
      { query: CREATE, variables: { input: { organisationId: ownerId, name: 'H5', ...input } } },
      { authorization: `Bearer ${admin}` },
    );
    expect(r.body.errors).toBeUndefined();
    return (r.body.data as { createApiClient: { apiClient: { id: string }; key: string } }).createApiClient;
  };

  beforeAll(async () => {
    s = await startTestServer({}, {});
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY' });
    ownerId = company.id;
    admin = await (await buildStaff(s, { role: 'SYSTEM_ADMIN' })).token();
  });
  afterAll(() => s.close());

  it('refuses a too-deep query (GRAPHQL_VALIDATION_FAILED, 400)', async () => {
    // Depth 14 through __type's ofType chain: well-formed, but deeper than 12.
    const nested = `{ __type(name: "Query") { ${'ofType { '.repeat(13)}name${' }'.repeat(13)} } }`;
    const r = await post(s, { query: nested });
    expect(r.status).toBe(400);
    expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses an alias bomb (GRAPHQL_VALIDATION_FAILED, 400)', async () => {
    const bomb = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: apiClients { totalCount }`).join(' ')} }`;
    const r = await post(s, { query: bomb });
    expect(r.status).toBe(400);
    expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('hides field suggestions outside development', async () => {
    const r = await post(s, { query: '{ apiClient { id } }' });
    expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses a token flood before parsing it (GRAPHQL_VALIDATION_FAILED, 400)', async () => {
    const flood = `{ ${'__typename '.repeat(5000)} }`;
    const r = await post(s, { query: flood });
    expect(r.status).toBe(400);
    expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('refuses first: 10000 and first: 0, inline or as a variable (BAD_USER_INPUT, API_PAGE_SIZE_OUT_OF_RANGE)', async () => {
    for (const body of [
      { query: '{ apiClients(first: 10000) { totalCount } }' },
      { query: '{ apiClients(first: 0) { totalCount } }' },
      { query: 'query($n: Int!) { apiClients(first: $n) { totalCount } }', variables: { n: 10000 } },
    ]) {
      const r = await post(s, body, { authorization: `Bearer ${admin}` });
      expect(r.status).toBe(400);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(reason(r)).toBe('API_PAGE_SIZE_OUT_OF_RANGE');
    }
  });

  it('refuses a query whose cost multiplies past the limit (API_QUERY_TOO_COSTLY) and reports the cost of others', async () => {
    const costly = `{ a: apiClients(first: 100) { edges { node { id name keyId budgetPerMinute version createdAt } } } b: apiClients(first: 100) { edges { node { id name keyId budgetPerMinute version createdAt allowedOrigins revokedAt } } } }`;
    const ok = await post(s, { query: costly }, { authorization: `Bearer ${admin}` });
    expect(ok.body.extensions?.cost?.requested).toBe(1 + 100 * 8 + 1 + 100 * 10);
    // 100 × 100 × … nests a list in a list: the cost grows with the product of the pages.
    const nested = `{ auditLog(first: 100) { edges { node { id } } } apiClients(first: 100) { edges { node { id } } } }`;
    const r = await post(s, { query: nested }, { authorization: `Bearer ${admin}` });
    expect(code(r)).toBe('OK');
    const s2 = await startTestServer({ MAX_QUERY_COST: '100' });
    try {
      const refused = await post(s2, { query: '{ apiClients(first: 100) { edges { node { id name } } } }' });
      expect(refused.status).toBe(400);
      expect(code(refused)).toBe('BAD_USER_INPUT');
      expect(reason(refused)).toBe('API_QUERY_TOO_COSTLY');
    } finally {
      await s2.close();
    }
  });

  it('answers an app over its budget with 429, Retry-After and RATE_LIMITED; the budget left is in extensions', async () => {
    const { key } = await app({ budgetPerMinute: 60 });
    const h = { 'x-api-key': key };
    const first = await post(s, { query: SMALL }, h);
    expect(first.status).toBe(200);
    expect(first.body.extensions?.cost).toMatchObject({ requested: 21, budgetLeft: 39 });
    expect((await post(s, { query: SMALL }, h)).body.extensions?.cost?.budgetLeft).toBeLessThanOrEqual(18);
    const third = await post(s, { query: SMALL }, h);
    expect(third.status).toBe(429);
    expect(code(third)).toBe('RATE_LIMITED');
    expect(reason(third)).toBe('API_BUDGET_EXCEEDED');
    const retry = Number(third.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(third.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retry);
  });

  it('refuses an unknown key and a revoked key with 401 and their codes', async () => {
    const unknown = await post(s, { query: '{ __typename }' }, { 'x-api-key': 'ak_AAAAAAAAAAAAAAAA.nope' });
    expect(unknown.status).toBe(401);
    expect(code(unknown)).toBe('APP_KEY_INVALID');
    const { key, apiClient } = await app();
    expect(code(await post(s, { query: '{ __typename }' }, { 'x-api-key': key }))).toBe('OK');
    const revoked = await post(
      s,
      {
        query: 'mutation($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { revokedAt } } }',
        variables: { id: apiClient.id },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(revoked.body.errors).toBeUndefined();
    const r = await post(s, { query: '{ __typename }' }, { 'x-api-key': key });
    expect(r.status).toBe(401);
    expect(code(r)).toBe('APP_KEY_REVOKED');
  });

  it('accepts the old key during the rotation overlap and not after (controlled clock)', async () => {
    const { key: oldKey, apiClient } = await app();
    const rotated = await post(
      s,
      {
        query: 'mutation($id: ID!) { rotateApiClientKey(input: { id: $id, overlapSeconds: 3600 }) { key } }',
        variables: { id: apiClient.id },
      },
      { authorization: `Bearer ${admin}` },
    );
    const newKey = (rotated.body.data as { rotateApiClientKey: { key: string } }).rotateApiClientKey.key;
    expect(newKey).not.toBe(oldKey);
    const service = s.app.services.apiClient;
    const real = service.clock;
    try {
      service.clock = () => new Date(Date.now() + 3599_000);
      expect(code(await post(s, { query: '{ __typename }' }, { 'x-api-key': oldKey }))).toBe('OK');
      service.clock = () => new Date(Date.now() + 3601_000);
      const late = await post(s, { query: '{ __typename }' }, { 'x-api-key': oldKey });
      expect(late.status).toBe(401);
      expect(code(late)).toBe('APP_KEY_INVALID');
      expect(reason(late)).toBe('API_KEY_EXPIRED');
      expect(code(await post(s, { query: '{ __typename }' }, { 'x-api-key': newKey }))).toBe('OK');
    } finally {
      service.clock = real;
    }
  });

  it('refuses a browser origin the app does not allow (403)', async () => {
    const { key } = await app({ allowedOrigins: ['https://h5.example.com'] });
    const ok = await post(s, { query: '{ __typename }' }, { 'x-api-key': key, origin: 'https://h5.example.com' });
    expect(code(ok)).toBe('OK');
    const r = await post(s, { query: '{ __typename }' }, { 'x-api-key': key, origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    expect(code(r)).toBe('FORBIDDEN');
    expect(reason(r)).toBe('API_ORIGIN_NOT_ALLOWED');
  });

  it('CORS: an active app’s allowed origin may call besides CORS_ORIGINS; a revoked app’s may not', async () => {
    const s2 = await startTestServer({ CORS_ORIGINS: 'https://console.example.com' });
    const preflight = (origin: string) =>
      fetch(`${s2.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-api-key',
        },
      }).then((r) => r.headers.get('access-control-allow-origin'));
    try {
      const admin2 = await (await buildStaff(s2, { role: 'SYSTEM_ADMIN' })).token();
      const owner2 = await buildOrganisation(s2, { kind: 'PROPERTY_COMPANY' });
      const made = await post(
        s2,
        {
          query: CREATE,
          variables: {
            input: { organisationId: owner2.id, name: 'shop', allowedOrigins: ['https://shop.example.com'] },
          },
        },
        { authorization: `Bearer ${admin2}` },
      );
      expect(made.body.errors).toBeUndefined();
      expect(await preflight('https://console.example.com')).toBe('https://console.example.com');
      expect(await preflight('https://shop.example.com')).toBe('https://shop.example.com');
      expect(await preflight('https://evil.example')).toBeNull();
      const id = (made.body.data as { createApiClient: { apiClient: { id: string } } }).createApiClient.apiClient.id;
      await post(
        s2,
        { query: 'mutation($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { id } } }', variables: { id } },
        { authorization: `Bearer ${admin2}` },
      );
      expect(await preflight('https://shop.example.com')).toBeNull();
    } finally {
      await s2.close();
    }
  });

  it('keeps a per-user (per-address when signed out) budget when configured', async () => {
    const s2 = await startTestServer({ COST_BUDGET_PER_MINUTE: '60' });
    // Keyless and signed out: the client address's bucket (a refill of 21 points takes 21 s).
    try {
      const r1 = await post(s2, { query: SMALL });
      const r2 = await post(s2, { query: SMALL });
      const r3 = await post(s2, { query: SMALL });
      expect([r1.status, r2.status, r3.status]).toEqual([200, 200, 429]);
      expect(Number(r3.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await s2.close();
    }
  });

  it('applies the same limits over graphql-ws: first: 10000 and a spent budget are refused with their codes; a revoked key cannot connect', async () => {
    const url = `${s.url.replace('http', 'ws')}/graphql`;
    const run = (client: ReturnType<typeof createClient>, query: string) =>
      new Promise<{ errors: { extensions?: Record<string, unknown> }[]; data?: unknown }>((resolve) => {
        let data: unknown;
        client.subscribe(
          { query },
          {
            next: (r) => {
              if (r.errors) resolve({ errors: r.errors as never });
              data = r.data;
            },
            error: (e) => resolve({ errors: (Array.isArray(e) ? e : [{ extensions: { code: String(e) } }]) as never }),
            complete: () => resolve({ errors: [], data }),
          },
        );
      });
    const { key, apiClient } = await app({ budgetPerMinute: 60 });
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { 'x-api-key': key, authorization: `Bearer ${admin}` },
    });
    try {
      const wide = await run(client, '{ apiClients(first: 10000) { totalCount } }');
      expect(wide.errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'API_PAGE_SIZE_OUT_OF_RANGE',
      });
      expect((await run(client, SMALL)).errors).toEqual([]);
      expect((await run(client, SMALL)).errors).toEqual([]);
      const spent = await run(client, SMALL);
      expect(spent.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'API_BUDGET_EXCEEDED' });
    } finally {
      await client.dispose();
    }
    await post(
      s,
      {
        query: 'mutation($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { id } } }',
        variables: { id: apiClient.id },
      },
      { authorization: `Bearer ${admin}` },
    );
    const refused = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { 'x-api-key': key },
    });
    try {
      const closed = await new Promise<unknown>((resolve) => {
        refused.on('closed', (e) => resolve((e as { code: number }).code));
        refused.subscribe(
          { query: '{ __typename }' },
          { next: () => undefined, error: () => undefined, complete: () => undefined },
        );
      });
      expect(closed).toBe(4403);
    } finally {
      await refused.dispose();
    }
  });

  it('trusted documents: the console must send a registered document; apps with a key send their own', async () => {
    const doc = 'query Registered { __typename }';
    const hash = sha256Hex(doc);
    const { createApp } = await import('../../src/app.js');
    const { loadConfig } = await import('../../src/config.js');
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ADMIN_DIR: '',
      TRUSTED_DOCUMENTS: 'console',
      AUTH_SECRET: s.app.services.config.authSecret,
    });
    const trusted = await createApp(config, {
      dataSource: s.db.dataSource,
      persistedDocuments: new Map([[hash, doc]]),
    });
    await trusted.fastify.listen({ port: 0, host: '127.0.0.1' });
    const address = trusted.fastify.server.address();
    const t = { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` } as TestServer;
    try {
      const consoleH = { 'apollographql-client-name': 'roundtable-console' };
      const adHoc = await post(t, { query: '{ __typename }' }, consoleH);
      expect(adHoc.status).toBe(400);
      expect(code(adHoc)).toBe('TRUSTED_DOCUMENT_REQUIRED');
      const byHash = await post(t, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, consoleH);
      expect(byHash.body).toMatchObject({ data: { __typename: 'Query' } });
      const withDoc = await post(
        t,
        { query: doc, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        consoleH,
      );
      expect(code(withDoc)).toBe('OK');
      const unknown = await post(
        t,
        { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('x') } } },
        consoleH,
      );
      expect(code(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
      const { key } = await app();
      expect(code(await post(t, { query: '{ __typename }' }, { ...consoleH, 'x-api-key': key }))).toBe('OK');
      // Other clients are not bound in `console` mode.
      expect(code(await post(t, { query: '{ __typename }' }))).toBe('OK');
    } finally {
      await trusted.fastify.close();
    }
  });
});

describe('the console within the limits', () => {
  it('every registered console operation, at 100 items a page, costs less than the default MAX_QUERY_COST', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { buildGraphQLSchema } = await import('../../src/graphql/schema.js');
    const { measureCost } = await import('../../src/graphql/limits.js');
    const { PERSISTED_MANIFEST } = await import('../../src/graphql/persisted.js');
    const { loadConfig } = await import('../../src/config.js');
    const { parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    const schema = await buildGraphQLSchema();
    const max = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), ...PRODUCTION_DATA_KEYS }).limits
      .maxCost;
    const docs = Object.values(JSON.parse(readFileSync(PERSISTED_MANIFEST, 'utf8')) as Record<string, string>);
    expect(docs.length).toBeGreaterThan(50);
    for (const text of docs) {
      const doc = parse(text);
      const vars: Record<string, unknown> = {};
      for (const d of doc.definitions) {
        if (d.kind !== 'OperationDefinition') continue;
        for (const v of d.variableDefinitions ?? [])
          if (/first/i.test(v.variable.name.value)) vars[v.variable.name.value] = 100;
      }
      const { cost, badFirst } = measureCost(schema, doc, null, vars);
      expect(badFirst, text.slice(0, 60)).toBeNull();
      expect(cost, text.slice(0, 60)).toBeLessThan(max);
    }
  });
});

describe('MemoryBudgetStore (leaky bucket, controlled clock)', () => {
  it('refuses what does not fit, says when it will, and refills at the per-minute rate', async () => {
    const { MemoryBudgetStore } = await import('../../src/graphql/limits.js');
    const store = new MemoryBudgetStore();
    const t0 = 1_000_000;
    expect(await store.take('app:x', 50, 60, t0)).toMatchObject({ ok: true, left: 10 });
    // 50 more would overflow by 40 points: at 1 point a second that is 40 s.
    expect(await store.take('app:x', 50, 60, t0)).toMatchObject({ ok: false, retryAfterSeconds: 40 });
    expect(await store.take('app:x', 50, 60, t0 + 39_000)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(await store.take('app:x', 50, 60, t0 + 40_000)).toMatchObject({ ok: true, left: 0 });
    // A minute later the bucket is empty again; other keys never shared it.
    expect(await store.take('app:x', 60, 60, t0 + 100_000)).toMatchObject({ ok: true, left: 0 });
    expect(await store.take('user:y', 60, 60, t0)).toMatchObject({ ok: true });
  });
});
