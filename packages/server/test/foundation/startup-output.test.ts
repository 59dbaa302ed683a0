import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type Spawned, spawnServer } from '../helpers/spawn.js';

/** What a newcomer sees on the terminal: a short ready block, then one log line per request. */
describe('server output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rt-output-'));
  let proc: Spawned;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    proc = spawnServer({
      PORT: String(port),
      HOST: '0.0.0.0',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DB_SEED_DEMO: 'true',
      DATABASE_URL: `sqlite://${join(dir, 'output.sqlite')}`,
      ADMIN_DIR: '',
    });
    await proc.waitFor('Roundtable API listening', 60_000);
  }, 90_000);

  afterAll(async () => {
    proc.child.kill('SIGTERM');
    await proc.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('ready: prints one block with the console and GraphQL URLs, the database and where the demo accounts are', async () => {
    await proc.waitFor('Roundtable is ready');
    const out = proc.output();
    const block = out.slice(out.indexOf('Roundtable is ready')).split('\n').slice(0, 6).join('\n');
    expect(block).toContain(`http://localhost:${port}/graphql`);
    expect(block).toMatch(/console\s+not built/);
    expect(block).toContain(`sqlite ${join(dir, 'output.sqlite')}`);
    expect(block).toMatch(/demo data\s+seeded.*README\.md/);
    expect(out).not.toContain('Deprecation');
  });

  it('ready: never prints a database password', async () => {
    const { readyBlock } = await import('../../src/http/ready-block.js');
    const text = readyBlock({
      host: '0.0.0.0',
      port: 4000,
      consoleBuilt: true,
      database: { dialect: 'mariadb', url: 'mariadb://app:s3cret@db.local:3306/rt', database: 'rt' },
      seeded: null,
    });
    expect(text).not.toContain('s3cret');
    expect(text).toContain('mariadb app@db.local:3306/rt');
    expect(text).toContain('http://localhost:4000/');
    expect(text).toMatch(/demo data\s+not seeded/);
  });

  it('request log: one line per request with method, path, operation, status, time and request id', async () => {
    const requestId = 'req-log-test-0001';
    const res = await fetch(`http://127.0.0.1:${port}/graphql?secret=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ operationName: 'Ping', query: 'query Ping { __typename }' }),
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const lines = proc
      .output()
      .split('\n')
      .filter((l) => l.includes(requestId));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 30,
      reqId: requestId,
      method: 'POST',
      path: '/graphql',
      operation: 'Ping',
      status: 200,
    });
    expect(typeof entry.ms).toBe('number');
    expect(String(entry.msg)).toMatch(/^POST \/graphql Ping 200 \d+ms$/);
  });
});
