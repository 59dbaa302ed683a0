import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

describe('HTTP surface', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers { __typename } and serverInfo over POST /graphql', async () => {
    const r = await server.gql<{ __typename: string; serverInfo: { version: string; timeZone: string } }>(
      '{ __typename serverInfo { version timeZone now } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.__typename).toBe('Query');
    expect(r.data?.serverInfo.timeZone).toBe('Asia/Shanghai');
  });

  it('answers GET /graphql queries too', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    // Every answer also carries the operation's cost (extensions.cost, graphql/limits.ts).
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' }, extensions: { cost: { requested: 0 } } });
  });

  it('reports /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('gives every response a request id, keeping a sane one the client sent', async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'client-req-12345' } });
    expect(res.headers.get('x-request-id')).toBe('client-req-12345');
    const other = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects unknown fields with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const r = await server.gql('{ doesNotExist }');
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r)).not.toContain('stacktrace');
  });

  it('refuses operations with more aliases than the armour allows', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: serverInfo { version }`).join(' ');
    const r = await server.gql(`{ ${aliases} }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    const ok = await server.gql(
      `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`,
    );
    expect(codeOf(ok)).toBe('OK');
  });

  it('answers unknown routes with 404 JSON', async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).toBe(404);
  });
});
