import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { MemorySmsTransport } from '../../src/modules/identity/sms/sms-transport.js';
import { testDialect } from '../helpers/database.js';
import { freePort } from '../helpers/spawn.js';

/**
 * A database outage under the running server, on a PRIVATE mariadbd (its own datadir and port),
 * so stopping it disturbs no other test. Runs under TEST_DB=mysql (an embedded SQLite file cannot
 * go away) when mariadbd is installed.
 */
const available =
  testDialect === 'mysql' && existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db');

describe.runIf(available)('database outage', () => {
  let dir: string;
  let port: number;
  let db: ChildProcess | undefined;
  let app: App;
  let url: string;

  async function startDb(): Promise<void> {
    const child = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(dir, 'data')}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(dir, 'mysqld.sock')}`,
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--user=mysql',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=16M',
      ],
      { stdio: 'ignore' },
    );
    db = child;
    for (let i = 0; i < 100; i++) {
      try {
        const c = await createConnection({ host: '127.0.0.1', port, user: 'root' });
        await c.end();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error('private mariadbd did not start');
  }

  async function stopDb(): Promise<void> {
    const child = db;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  const sms = new MemorySmsTransport();
  const me = (token: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rt-outage-'));
    chownSync(dir, Number(execFileSync('id', ['-u', 'mysql']).toString().trim()), 0);
    execFileSync(
      '/usr/bin/mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${join(dir, 'data')}`,
        '--user=mysql',
        '--skip-test-db',
        '--auth-root-authentication-method=normal',
      ],
      { stdio: 'ignore' },
    );
    port = await freePort();
    await startDb();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ADMIN_DIR: '',
      DATABASE_URL: `mariadb://root@127.0.0.1:${port}/rt_outage`,
    });
    app = await createApp(config);
    app.services.smsCodes.useTransport(sms);
    await app.fastify.listen({ port: 0, host: '127.0.0.1' });
    const address = app.fastify.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await stopDb();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is down, and recovers', async () => {
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }',
        variables: { i: { phone: '13911112222', purpose: 'REGISTER' } },
      }),
    });
    const reg = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }',
        variables: {
          i: {
            phone: '13911112222',
            smsCode: sms.lastCode('13911112222'),
            password: 'secret123',
            displayName: '停机居民',
          },
        },
      }),
    });
    const token = ((await reg.json()) as { data: { registerResident: { accessToken: string } } }).data.registerResident
      .accessToken;
    expect((await me(token)).status).toBe(200);

    await stopDb();
    // /readyz probes the database: 503 as soon as it is gone (issue 19: within 2 s).
    const probeStarted = Date.now();
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'database-unavailable' });
    expect(Date.now() - probeStarted).toBeLessThan(2000);
    const down = await me(token);
    const body = (await down.json()) as { errors?: { extensions?: { code?: string; retryable?: boolean } }[] };
    expect(down.status).toBe(503);
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.extensions?.retryable).toBe(true);

    await startDb();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await me(token)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  }, 60_000);
});
