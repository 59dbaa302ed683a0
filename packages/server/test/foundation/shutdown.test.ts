import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer } from '../helpers/spawn.js';

describe('graceful shutdown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rt-shutdown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGTERM during a slow request: the request completes, then the process exits 0', async () => {
    const port = await freePort();
    const proc = spawnServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      RT_TEST_HOOKS: '1',
      DB_SEED_DEMO: 'false',
      DATABASE_URL: `sqlite://${join(dir, 'shutdown.sqlite')}`,
      ADMIN_DIR: '',
    });
    await proc.waitFor('Roundtable API listening');

    const slow = fetch(`http://127.0.0.1:${port}/__test/slow?ms=1500`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
      finishedAt: Date.now(),
    }));
    await proc.waitFor('test-hook: slow request started');
    const signalledAt = Date.now();
    proc.child.kill('SIGTERM');

    const [response, code] = await Promise.all([slow, proc.exited]);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ slept: 1500 });
    expect(response.finishedAt).toBeGreaterThan(signalledAt);
    expect(code).toBe(0);
    expect(proc.output()).toContain('"msg":"stopped"');
  });
});
