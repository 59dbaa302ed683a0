import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { testDialect } from '../helpers/database.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';
import { freePort, spawnServer } from '../helpers/spawn.js';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
const SECRET = 'a-test-secret-of-at-least-32-characters-long';

async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResult };
}

describe('TRUST_PROXY is validated', () => {
  it('accepts a hop count or a list of addresses and CIDRs, refuses "trust everyone"', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).trustProxy).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ NODE_ENV: 'test', TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
    ]);
    for (const bad of ['true', '*', 'loopback-ish', '10.0.0.0/99', '0']) {
      expect(() => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: bad })).toThrow(ConfigError);
    }
  });

  it('the server exits 2 with one line when TRUST_PROXY is true', async () => {
    const proc = spawnServer({ PORT: String(await freePort()), TRUST_PROXY: 'true' });
    expect(await proc.exited).toBe(2);
    const lines = proc.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^configuration error: TRUST_PROXY: expected/);
  });

  describe('spoofed X-Forwarded-For from an untrusted peer', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({
        TRUST_PROXY: '10.20.30.40',
        LOGIN_IP_LOCK_AFTER: '3',
        LOGIN_LOCK_SECONDS: '60',
      });
    });
    afterAll(() => server.close());

    it('stays blocked: the login address block still applies', async () => {
      for (let i = 0; i < 3; i++) {
        const r = await post(server, {
          query: LOGIN,
          variables: { i: { phone: `1300000010${i}`, password: 'wrong-pw-1' } },
        });
        expect(codeOf(r.body)).toBe('INVALID_CREDENTIALS');
      }
      const spoofed = await post(
        server,
        { query: LOGIN, variables: { i: { phone: '13000000109', password: 'wrong-pw-1' } } },
        { 'x-forwarded-for': '203.0.113.7' },
      );
      expect(codeOf(spoofed.body)).toBe('TOO_MANY_ATTEMPTS');
    });
  });
});

describe('hostile requests over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ AUTH_SECRET: SECRET });
  });
  afterAll(() => server.close());

  it('refuses an access token signed by the real secret but without exp', async () => {
    const key = new TextEncoder().encode(SECRET);
    const token = await new SignJWT({ sid: 'x', ver: 0 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('someone')
      .setIssuedAt()
      .setIssuer('roundtable')
      .setAudience('roundtable-api')
      .sign(key);
    const r = await post(server, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
    expect(codeOf(r.body)).toBe('UNAUTHENTICATED');
    // The token itself is judged invalid, not merely unknown.
    await expect(server.app.services.tokens.verifyAccess(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a GraphQL syntax error answers HTTP 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await post(server, { query: '{ me { id ' });
    expect(r.status).toBe(400);
    expect(codeOf(r.body)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a document over the token limit answers HTTP 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const r = await post(server, { query: `{ ${'__typename '.repeat(3100)}}` });
    expect(r.status).toBe(400);
    expect(codeOf(r.body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('variable coercion errors name the variable and the problem, never the value', async () => {
    const r = await post(server, {
      query: LOGIN,
      variables: { i: { phone: '13912345678', password: 'hunter2-secret', extra: 'x' } },
    });
    expect(codeOf(r.body)).toBe('BAD_USER_INPUT');
    const text = JSON.stringify(r.body);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('hunter2-secret');
    expect(r.body.errors?.[0]?.message).toMatch(/\$i/);
  });
});

describe('CORS', () => {
  for (const [label, env] of [
    ['CORS_ORIGINS unset (development default)', { NODE_ENV: 'development' }],
    ['CORS_ORIGINS=*', { CORS_ORIGINS: '*' }],
  ] as const) {
    it(`never combines credentials with a reflected or wildcard origin: ${label}`, async () => {
      const server = await startTestServer(env);
      try {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        });
        const allow = res.headers.get('access-control-allow-origin');
        const credentials = res.headers.get('access-control-allow-credentials');
        if (credentials === 'true') expect(allow === '*' || allow === 'https://evil.example').toBe(false);
      } finally {
        await server.close();
      }
    });
  }

  it('a listed origin may use credentials', async () => {
    const server = await startTestServer({ CORS_ORIGINS: 'https://console.example' });
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://console.example', 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://console.example');
    } finally {
      await server.close();
    }
  });
});

describe('logs carry no personal data', () => {
  it('a failed query logs neither its parameters nor the driver’s SQL with values', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk, _enc, cb) {
        log += chunk.toString();
        cb();
      },
    });
    const server = await startTestServer({ LOG_LEVEL: 'info' }, { logStream: stream });
    try {
      const ds = server.app.dataSource;
      await ds.query(
        testDialect === 'mysql' ? 'RENAME TABLE `user` TO `user_gone`' : 'ALTER TABLE "user" RENAME TO "user_gone"',
      );
      const r = await post(server, {
        query: LOGIN,
        variables: { i: { phone: '13987654321', password: 'secret-pw-9' } },
      });
      expect(codeOf(r.body)).toBe('INTERNAL_SERVER_ERROR');
      expect(log).toContain('unexpected error');
      expect(log).not.toContain('13987654321');
      expect(log).not.toContain('secret-pw-9');
    } finally {
      await server.close();
    }
  });
});
