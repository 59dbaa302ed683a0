import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { codeOf, registerResident, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

const REFRESH = `mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken } }`;

let seq = 0;
const newPhone = () => `136${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq).padStart(2, '0')}`.slice(0, 11);

interface Ended {
  how: 'error' | 'complete' | 'closed';
  code?: string | number;
  at: number;
}

/** Opens a notificationAdded subscription and resolves when it ends (error, completion or close). */
function subscribe(server: TestServer, token: string | undefined) {
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
  });
  let connected: () => void = () => {};
  const ready = new Promise<void>((r) => {
    connected = r;
  });
  client.on('connected', () => setTimeout(connected, 150));
  const ended = new Promise<Ended>((resolve) => {
    client.on('closed', (e) => resolve({ how: 'closed', code: (e as { code?: number }).code, at: Date.now() }));
    client.subscribe(
      { query: 'subscription { notificationAdded { id } }' },
      {
        next: (msg) => {
          // Execution errors (e.g. a subscribe refused) arrive as a result with errors.
          if (msg.errors?.length) {
            const code = (msg.errors[0] as { extensions?: { code?: string } }).extensions?.code;
            resolve({ how: 'error', code, at: Date.now() });
          }
        },
        error: (err) => {
          const list = Array.isArray(err) ? err : [err];
          const code = (list[0] as { extensions?: { code?: string }; code?: number })?.extensions?.code;
          resolve({ how: 'error', code: code ?? (list[0] as { code?: number })?.code, at: Date.now() });
        },
        complete: () => resolve({ how: 'complete', at: Date.now() }),
      },
    );
  });
  return { client, ready, ended };
}

async function endsWithin(ended: Promise<Ended>, ms: number): Promise<Ended> {
  return Promise.race([
    ended,
    new Promise<Ended>((_, rej) => setTimeout(() => rej(new Error(`subscription still open after ${ms} ms`)), ms)),
  ]);
}

describe('subscriptions end with the session', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  async function resident() {
    const phone = newPhone();
    const r = await registerResident<{
      registerResident: { accessToken: string; refreshToken: string; user: { id: string } };
    }>(server, { phone, password: 'secret123', displayName: '订阅居民' }, 'accessToken refreshToken user { id }');
    expect(r.errors).toBeUndefined();
    return {
      ...(r.data?.registerResident as { accessToken: string; refreshToken: string; user: { id: string } }),
      phone,
    };
  }

  it('logout: an open subscription ends within 5 s', async () => {
    const r = await resident();
    const sub = subscribe(server, r.accessToken);
    await sub.ready;
    const t0 = Date.now();
    expect(codeOf(await server.gql('mutation { logout { ok } }', {}, r.accessToken))).toBe('OK');
    const e = await endsWithin(sub.ended, 5000);
    expect(e.at - t0).toBeLessThan(5000);
    await sub.client.dispose();
  });

  it('password change: an open subscription ends within 5 s', async () => {
    const r = await resident();
    const sub = subscribe(server, r.accessToken);
    await sub.ready;
    const t0 = Date.now();
    const res = await server.gql(
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
      { i: { currentPassword: 'secret123', newPassword: 'secret456' } },
      r.accessToken,
    );
    expect(codeOf(res)).toBe('OK');
    const e = await endsWithin(sub.ended, 5000);
    expect(e.at - t0).toBeLessThan(5000);
    await sub.client.dispose();
  });

  it('account disabled: an open subscription ends within 5 s', async () => {
    const r = await resident();
    const sub = subscribe(server, r.accessToken);
    await sub.ready;
    const t0 = Date.now();
    const res = await server.gql(
      'mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { id } } }',
      { i: { userId: r.user.id, disabled: true } },
      w.tokens.system,
    );
    expect(codeOf(res)).toBe('OK');
    const e = await endsWithin(sub.ended, 5000);
    expect(e.at - t0).toBeLessThan(5000);
    await sub.client.dispose();
  });

  it('revoked refresh family (token reuse): an open subscription ends within 5 s', async () => {
    const r = await resident();
    const sub = subscribe(server, r.accessToken);
    await sub.ready;
    const t0 = Date.now();
    expect(codeOf(await server.gql(REFRESH, { t: r.refreshToken }))).toBe('OK');
    expect(codeOf(await server.gql(REFRESH, { t: r.refreshToken }))).toBe('SESSION_REVOKED');
    const e = await endsWithin(sub.ended, 5000);
    expect(e.at - t0).toBeLessThan(5000);
    await sub.client.dispose();
  });

  it('graphql-ws errors carry an extensions.code like HTTP ones', async () => {
    const sub = subscribe(server, undefined);
    const e = await endsWithin(sub.ended, 5000);
    expect(e.how).toBe('error');
    expect(e.code).toBe('UNAUTHENTICATED');
    await sub.client.dispose();
  });
});
