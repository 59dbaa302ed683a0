import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

const ADMIN_ROOT = resolve(import.meta.dirname, '../..');
const SERVER_ROOT = resolve(ADMIN_ROOT, '../server');

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

/** The test server's token key: tests may sign tokens of their own with it (e.g. expired ones). */
export const E2E_AUTH_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';

export interface RunningServer {
  url: string;
  /** Sends GraphQL over HTTP to the same server, as a third-party front end would. */
  gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  stop(): Promise<void>;
}

/**
 * The real product process: server (through tsx) on a fresh SQLite file seeded with the demo
 * data, serving the console built for the tests (see e2e/global-setup.ts).
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rt-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(resolve(SERVER_ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: SERVER_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: `sqlite://${join(dir, 'e2e.sqlite')}`,
      DB_SEED_DEMO: 'true',
      ADMIN_DIR: inject('adminDir'),
      AUTH_SECRET: E2E_AUTH_SECRET,
      // Keys of the phones at rest, own ones (production refuses the development keys).
      DATA_KEYS: 'e2e:ZTJlLWRhdGEta2V5LWUyZS1kYXRhLWtleS1lMmUtZGE=',
      DATA_INDEX_KEY: 'ZTJlLWluZGV4LWtleS1lMmUtaW5kZXgta2V5LWUyZS0=',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
