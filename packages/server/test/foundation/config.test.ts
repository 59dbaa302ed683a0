import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../../src/config.js';
import { PRODUCTION_DATA_KEYS } from '../helpers/server.js';
import { freePort, spawnServer } from '../helpers/spawn.js';

describe('configuration', () => {
  it('defaults to port 4000 and an embedded SQLite file under ./data', () => {
    const c = loadConfig({ NODE_ENV: 'test' }, '/srv/app');
    expect(c.port).toBe(4000);
    expect(c.database).toEqual({
      dialect: 'sqlite',
      url: '/srv/app/data/roundtable.sqlite',
      database: '/srv/app/data/roundtable.sqlite',
      // Used only for MySQL/MariaDB (db/data-source.ts).
      connectTimeoutMs: 3000,
      acquireTimeoutMs: 5000,
      queryTimeoutMs: 30_000,
    });
  });

  it('seeds demo data by default only in development on SQLite', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'development' }, '/tmp/rt-config').seedDemo).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, ...PRODUCTION_DATA_KEYS }, '/tmp/rt-config').seedDemo,
    ).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'mysql://root@h/db' }, '/tmp/rt-config').seedDemo).toBe(
      false,
    );
  });

  it('parses mysql, mariadb and sqlite URLs', () => {
    expect(parseDatabaseUrl('mysql://root@127.0.0.1:3306/roundtable', '/').dialect).toBe('mysql');
    expect(parseDatabaseUrl('mariadb://u:p@db/rt', '/').database).toBe('rt');
    expect(parseDatabaseUrl('sqlite:///tmp/x.sqlite', '/').database).toBe('/tmp/x.sqlite');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: expected an integer/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'nonsense' }, /^DATABASE_URL: expected mysql:\/\//],
    [{ DATABASE_URL: 'postgres://x/y' }, /^DATABASE_URL: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of/],
    [{ NODE_ENV: 'production' }, /^AUTH_SECRET: /],
    [{ AUTH_SECRET: 'short' }, /^AUTH_SECRET: expected a secret of at least 32/],
    [{ CORS_ORIGINS: 'ftp://x' }, /^CORS_ORIGINS: /],
    [{ DB_QUERY_TIMEOUT_MS: '-1' }, /^DB_QUERY_TIMEOUT_MS: /],
    [{ READY_TIMEOUT_MS: 'soon' }, /^READY_TIMEOUT_MS: /],
  ])('rejects %o with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'test', ...env });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes a database password in the error', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'redis://user:secret@host/db' })).toThrow(
      /^DATABASE_URL: .*redis:\/\/…/,
    );
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'nonsense' }],
    ['PORT', { PORT: 'abc' }],
  ])('the server process exits non-zero with one line when %s is bad', async (variable, env) => {
    const port = String(await freePort());
    const proc = spawnServer({ PORT: port, ...env });
    const code = await proc.exited;
    expect(code).not.toBe(0);
    const lines = proc.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^configuration error: ${variable}: expected`));
  });
});
