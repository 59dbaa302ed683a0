import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { requestScope } from '../../src/common/request-scope.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { MemorySmsTransport } from '../../src/modules/identity/sms/sms-transport.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../helpers/database.js';
import { type GqlResult, registerResident, type TestServer } from '../helpers/server.js';

describe('DATABASE_REPLICA_URLS (configuration)', () => {
  it('is ignored on SQLite, kept for mysql/mariadb, refused in another dialect', () => {
    const sqlite = loadConfig(
      { NODE_ENV: 'test', DATABASE_URL: 'sqlite:///tmp/x.sqlite', DATABASE_REPLICA_URLS: 'mariadb://r@h/db' },
      '/',
    );
    expect(sqlite.database.replicaUrls).toBeUndefined();
    const maria = loadConfig(
      {
        NODE_ENV: 'test',
        DATABASE_URL: 'mariadb://u@primary/rt',
        DATABASE_REPLICA_URLS: 'mariadb://u@replica1/rt, mariadb://u@replica2/rt',
      },
      '/',
    );
    expect(maria.database.replicaUrls).toEqual(['mariadb://u@replica1/rt', 'mariadb://u@replica2/rt']);
    expect(() =>
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'mariadb://u@p/rt', DATABASE_REPLICA_URLS: 'mysql://u@r/rt' }, '/'),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'mariadb://u@p/rt', DATABASE_REPLICA_URLS: 'not a url' }, '/'),
    ).toThrow(/DATABASE_REPLICA_URLS/);
  });
});

/**
 * No real replication here: the "replica" is a second database on the same server holding a copy of
 * the primary's rows with one name changed, so every answer tells which database gave it.
 */
describe.skipIf(testDialect !== 'mysql')('read replicas (MariaDB: a differing copy as the replica)', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let app: App;
  let url: string;
  let token: string;
  let userId: string;
  const gql = async <T = Record<string, unknown>>(query: string, bearer?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as GqlResult<T>;
  };
  const nameIn = async (db: TestDatabase) =>
    (await db.dataSource.query('SELECT displayName AS n FROM `user` WHERE id = ?', [userId]))[0]?.n as string;

  beforeAll(async () => {
    primary = await createTestDatabase();
    replica = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ADMIN_DIR: '',
      RESIDENT_DIR: '',
      DB_MIGRATE_ON_START: 'false',
      DATABASE_URL: primary.config.url,
      DATABASE_REPLICA_URLS: replica.config.url,
    });
    app = await createApp(config);
    const sms = new MemorySmsTransport();
    app.services.smsCodes.useTransport(sms);
    await app.fastify.listen({ port: 0, host: '127.0.0.1' });
    const address = app.fastify.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const server = {
      gql: (q: string, v?: Record<string, unknown>, t?: string) => post(q, v, t),
      sms,
    } as unknown as TestServer;
    const post = async (query: string, variables?: Record<string, unknown>, bearer?: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<never>;
    };
    const r = await registerResident<{ registerResident: { accessToken: string; user: { id: string } } }>(
      server,
      { phone: '13912345678', password: 'secret123', displayName: '主库' },
      'accessToken user { id }',
    );
    token = r.data?.registerResident.accessToken as string;
    userId = r.data?.registerResident.user.id as string;
    expect(token).toBeTruthy();
    // The replica: every row of the primary, then the user renamed there only.
    const tables = (await primary.dataSource.query(
      'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ?',
      [primary.config.database],
    )) as { t: string }[];
    const q = replica.dataSource.createQueryRunner();
    await q.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const { t } of tables) {
      if (t === 'migrations') continue;
      await q.query(
        `INSERT INTO \`${replica.config.database}\`.\`${t}\` SELECT * FROM \`${primary.config.database}\`.\`${t}\``,
      );
    }
    await q.release();
    await replica.dataSource.query('UPDATE `user` SET displayName = ? WHERE id = ?', ['副本', userId]);
    expect([await nameIn(primary), await nameIn(replica)]).toEqual(['主库', '副本']);
  });

  afterAll(async () => {
    await app?.close();
    await primary?.drop();
    await replica?.drop();
  });

  it('a query is answered from the replica', async () => {
    const r = await gql<{ me: { displayName: string } }>('{ me { displayName } }', token);
    expect(r.errors).toBeUndefined();
    expect(r.data?.me.displayName).toBe('副本');
  });

  it('a mutation writes to the primary and reads its own write back from it in the same request', async () => {
    const r = await gql<{ updateMyProfile: { displayName: string } }>(
      'mutation { updateMyProfile(input: { displayName: "新名字" }) { displayName } }',
      token,
    );
    expect(r.errors).toBeUndefined();
    // The service updates, then reads the row again: that read went to the primary.
    expect(r.data?.updateMyProfile.displayName).toBe('新名字');
    expect([await nameIn(primary), await nameIn(replica)]).toEqual(['新名字', '副本']);
    // The next request is a query again: the replica answers.
    const next = await gql<{ me: { displayName: string } }>('{ me { displayName } }', token);
    expect(next.data?.me.displayName).toBe('副本');
  });

  it('inside a request, reads go to the replica until the first write, then to the primary; outside a request always to the primary', async () => {
    const ds = app.dataSource;
    const users = () => ds.getRepository(UserEntity);
    const seen = await requestScope.run({ requestId: 'replica-test-1', primary: false }, async () => {
      const before = (await users().findOneByOrFail({ id: userId })).displayName;
      await users().update({ id: userId }, { displayName: '写后' });
      const after = (await users().findOneByOrFail({ id: userId })).displayName;
      return [before, after];
    });
    expect(seen).toEqual(['副本', '写后']);
    // A job (no request): the primary.
    expect((await users().findOneByOrFail({ id: userId })).displayName).toBe('写后');
    // A fresh request that has not written: the replica.
    const fresh = await requestScope.run({ requestId: 'replica-test-2', primary: false }, async () =>
      users().findOneByOrFail({ id: userId }),
    );
    expect(fresh.displayName).toBe('副本');
  });
});
