import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

// The product process is started from its package, as `pnpm start` would: the resident package itself
// imports nothing from it (the dependency check in CI), the tests only run it.
const SERVER_ROOT = resolve(import.meta.dirname, '../../../server');

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

export interface GqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

export interface RunningServer {
  url: string;
  /** GraphQL over HTTP, as a third party calls it. */
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlAnswer<T>>;
  /** The next SMS code the development transport writes to the log for this phone (after `since`). */
  smsCode(phone: string, since: number): Promise<string>;
  /** Characters of log output so far: pass to smsCode as `since`. */
  logLength(): number;
  stop(): Promise<void>;
}

/**
 * The real product: server (through tsx) on a fresh SQLite file seeded with the demo data, serving
 * the resident H5 built for the tests at /m/, with the development SMS transport (codes in the log).
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rt-resident-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(resolve(SERVER_ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: SERVER_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      // info: the development SMS transport writes each code at info level.
      LOG_LEVEL: 'info',
      SMS_PROVIDER: 'log',
      DATABASE_URL: `sqlite://${join(dir, 'e2e.sqlite')}`,
      UPLOAD_DIR: join(dir, 'uploads'),
      DB_SEED_DEMO: 'true',
      ADMIN_DIR: '',
      RESIDENT_DIR: inject('residentDir'),
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
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
    logLength: () => output.length,
    async smsCode(phone, since) {
      const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
      const re = new RegExp(`development SMS: code (\\d{6}) for ${masked.replace(/\*/g, '\\*')}`);
      const until = Date.now() + 15_000;
      for (;;) {
        const m = re.exec(output.slice(since));
        if (m) return m[1] as string;
        if (Date.now() > until) throw new Error(`no SMS code for ${masked} in the log`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
