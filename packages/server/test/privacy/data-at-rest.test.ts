import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { ConfigError, loadConfig, parseDataKeys } from '../../src/config.js';
import { dataKeyring, setDataKeyring } from '../../src/crypto/data-keys.js';
import { DataKeyError, keyIdOf, phoneIndex } from '../../src/crypto/personal-data.js';
import { encryptedColumns, rekey } from '../../src/crypto/rekey.js';
import { newId } from '../../src/db/ids.js';
import { byPhone, UserEntity } from '../../src/modules/identity/user.entity.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { buildCommunity, deskOf, factoryPhone } from '../factories/index.js';
import { createTestDatabase, testDialect } from '../helpers/database.js';
import { codeOf, registerResident, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, login, type World } from '../helpers/world.js';

const CIPHERTEXT = /^v1\.[A-Za-z0-9_-]{1,16}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/;
const key32 = () => randomBytes(32).toString('base64');
const ON_BEHALF = `mutation($i: RaiseTicketOnBehalfInput!) { raiseTicketOnBehalf(input: $i) { ticket { id contactPhone } } }`;

/** Every row of every table of the database, as text (the raw bytes a copy of the database would show). */
async function dumpDatabase(ds: DataSource): Promise<Map<string, string>> {
  const tables: { name: string }[] =
    testDialect === 'sqlite'
      ? await ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await ds.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()');
  const dump = new Map<string, string>();
  for (const { name } of tables)
    dump.set(name, JSON.stringify(await ds.query(`SELECT * FROM ${ds.driver.escape(name)}`)));
  return dump;
}

describe(`personal data at rest (${testDialect})`, () => {
  let server: TestServer;
  let w: World;
  let ticketPhone: string;
  let registeredPhone: string;
  let ticketId: string;
  const devRing = dataKeyring();
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    // A resident who registers through the API, and a ticket taken on behalf of an unregistered phone.
    registeredPhone = factoryPhone();
    expect(
      codeOf(await registerResident(server, { phone: registeredPhone, password: 'Secret1234', displayName: '新居民' })),
    ).toBe('OK');
    const community = await buildCommunity(server);
    const desk = await deskOf(server, community);
    ticketPhone = factoryPhone();
    const raised = await server.gql<{ raiseTicketOnBehalf: { ticket: { id: string } } }>(
      ON_BEHALF,
      {
        i: {
          categoryId: desk.category.id,
          communityId: community.id,
          title: '楼道灯不亮',
          body: '3号楼2单元楼道灯一周不亮。',
          source: 'PHONE',
          contactName: '王阿姨',
          contactPhone: ticketPhone,
          idempotencyKey: `at-rest-${Date.now()}`,
        },
      },
      await desk.staff.token(),
    );
    expect(codeOf(raised)).toBe('OK');
    ticketId = raised.data?.raiseTicketOnBehalf.ticket.id as string;
  });
  afterAll(async () => {
    setDataKeyring(devRing);
    await server.close();
  });

  it('no table of the database holds a phone number in clear text; every phone column holds a versioned ciphertext', async () => {
    const users = await w.ds.getRepository(UserEntity).find();
    const phones = [...users.map((u) => u.phone), ticketPhone];
    expect(phones).toContain(registeredPhone);
    expect(phones).toContain('13900000001');
    expect(phones.length).toBeGreaterThan(12);
    const dump = await dumpDatabase(w.ds);
    expect(dump.size).toBeGreaterThan(40);
    const leaks = [...dump].flatMap(([table, text]) =>
      phones.filter((p) => text.includes(p)).map((p) => `${table}: ${p}`),
    );
    expect(leaks).toEqual([]);
    const columns = encryptedColumns(w.ds);
    expect(columns.map((c) => `${c.table}.${c.column}`).sort()).toEqual(['ticket.contactPhone', 'user.phone']);
    for (const c of columns) {
      const rows: { v: string; x: string }[] = await w.ds.query(
        `SELECT ${c.column} AS v, ${c.indexColumn} AS x FROM ${w.ds.driver.escape(c.table)} WHERE ${c.column} IS NOT NULL`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.v).toMatch(CIPHERTEXT);
        expect(r.x).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    const raw = await w.ds.query('SELECT contactPhone, contactPhoneIndex FROM ticket WHERE id = ?', [ticketId]);
    expect(raw[0].contactPhoneIndex).toBe(phoneIndex(ticketPhone));
  });

  it('sign-in, SMS sign-in, staff search and look-up by phone still work (through the blind index)', async () => {
    expect(await login(server, registeredPhone, 'Secret1234')).toBeTruthy();
    await server.gql('mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }', {
      i: { phone: '13900000001', purpose: 'LOGIN' },
    });
    const sms = await server.gql<{ loginWithSmsCode: { accessToken: string } }>(
      'mutation($i: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $i) { accessToken } }',
      { i: { phone: '13900000001', smsCode: server.sms.lastCode('13900000001', 'LOGIN' as never) } },
    );
    expect(codeOf(sms)).toBe('OK');
    const found = await server.gql<{ users: { edges: { node: { displayName: string; phone: string } }[] } }>(
      'query($s: String!) { users(first: 5, search: $s) { edges { node { displayName phone } } } }',
      { s: '13900000001' },
      w.tokens.system,
    );
    expect(found.data?.users.edges.map((e) => e.node.phone)).toEqual(['139****0001']);
    const byNumber = await server.gql<{ userByPhone: { id: string } }>(
      'query($p: String!) { userByPhone(phone: $p) { id } }',
      { p: registeredPhone },
      w.tokens.system,
    );
    expect(codeOf(byNumber)).toBe('OK');
    // Registration's uniqueness sits on the blind index.
    const again = await registerResident(server, { phone: registeredPhone, password: 'Secret1234', displayName: 'x' });
    expect(codeOf(again)).not.toBe('OK');
    expect(await w.ds.getRepository(UserEntity).countBy(byPhone(registeredPhone))).toBe(1);
  });

  it('the reveals decrypt: a user’s phone and a ticket’s contact phone, each audited', async () => {
    const r = await server.gql<{ revealUserPhone: { phone: string } }>(
      'mutation($id: ID!) { revealUserPhone(input: { userId: $id }) { phone } }',
      { id: w.user.resident },
      w.tokens.boxue,
    );
    expect(r.data?.revealUserPhone.phone).toBe('13900000001');
    const t = await server.gql<{ revealTicketContact: { phone: string } }>(
      'mutation($id: ID!) { revealTicketContact(input: { ticketId: $id }) { phone } }',
      { id: ticketId },
      w.tokens.system,
    );
    expect(codeOf(t)).toBe('OK');
    expect(t.data?.revealTicketContact.phone).toBe(ticketPhone);
    const audits = await w.ds.query(
      "SELECT operation FROM audit_log WHERE operation IN ('user.phone.reveal', 'ticket.contact.reveal') ORDER BY id",
    );
    expect(audits.map((a: { operation: string }) => a.operation)).toEqual([
      'user.phone.reveal',
      'ticket.contact.reveal',
    ]);
  });

  it('key rotation: db:rekey moves every row to the newest key, is idempotent, and the old key can then go', async () => {
    const k2 = key32();
    const both = parseDataKeys({ DATA_KEYS: `k2:${k2},dev` }, 'test');
    const total = async () =>
      Number((await w.ds.query('SELECT COUNT(*) AS n FROM user'))[0].n) +
      Number((await w.ds.query('SELECT COUNT(*) AS n FROM ticket WHERE contactPhone IS NOT NULL'))[0].n);
    const rows = await total();
    const first = await rekey(w.ds, both, { batch: 7 });
    expect(first.reduce((n, r) => n + r.rewritten, 0)).toBe(rows);
    for (const r of first) expect(Object.keys(r.byKey)).toEqual(['k2']);
    const second = await rekey(w.ds, both);
    expect(second.map((r) => r.rewritten)).toEqual([0, 0]);
    // The old key removed: everything still decrypts and signing in works.
    setDataKeyring(parseDataKeys({ DATA_KEYS: `k2:${k2}` }, 'test'));
    const users = await w.ds.getRepository(UserEntity).find();
    expect(users.length).toBeGreaterThan(12);
    for (const u of users) expect(u.phone).toMatch(/^1\d{10}$|^erased-/);
    const raw: { phone: string }[] = await w.ds.query('SELECT phone FROM user');
    expect(new Set(raw.map((r) => keyIdOf(r.phone)))).toEqual(new Set(['k2']));
    expect(await login(server, registeredPhone, 'Secret1234')).toBeTruthy();
    expect((await w.ds.getRepository(TicketEntity).findOneByOrFail({ id: ticketId })).contactPhone).toBe(ticketPhone);
    // Back to the development key for the rest of the file.
    expect((await rekey(w.ds, parseDataKeys({ DATA_KEYS: `dev,k2:${k2}` }, 'test'))).map((r) => r.byKey)).toEqual([
      { dev: users.length },
      { dev: 1 },
    ]);
    setDataKeyring(devRing);
  });

  it('a wrong or missing key fails clearly', async () => {
    setDataKeyring(parseDataKeys({ DATA_KEYS: `k9:${key32()}` }, 'test'));
    await expect(w.ds.getRepository(UserEntity).findOneBy({ id: w.user.resident })).rejects.toThrow(
      /key "dev" is not in DATA_KEYS/,
    );
    setDataKeyring(parseDataKeys({ DATA_KEYS: `dev:${key32()}` }, 'test'));
    const wrong = w.ds.getRepository(UserEntity).findOneBy({ id: w.user.resident });
    await expect(wrong).rejects.toBeInstanceOf(DataKeyError);
    await expect(w.ds.getRepository(UserEntity).findOneBy({ id: w.user.resident })).rejects.toThrow(/wrong key/);
    // A server given the wrong key refuses to start, naming the reason.
    const wrongStart = createApp(
      loadConfig({ NODE_ENV: 'test', DATA_KEYS: `dev:${key32()}`, ADMIN_DIR: '', RESIDENT_DIR: '' }),
      {
        dataSource: w.ds,
      },
    );
    await expect(wrongStart).rejects.toThrow(/does not decrypt the stored value \(wrong key\)/);
    setDataKeyring(devRing);
    expect((await w.ds.getRepository(UserEntity).findOneByOrFail(byPhone('139 0000 0001'))).id).toBe(w.user.resident);

    const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) };
    const fails = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (err) {
        return err instanceof ConfigError ? err.message : String(err);
      }
      return 'started';
    };
    expect(fails(production)).toMatch(/^DATA_KEYS: .*required in production/);
    expect(fails({ ...production, DATA_KEYS: `k1:${key32()}` })).toMatch(/^DATA_INDEX_KEY: /);
    expect(fails({ ...production, DATA_KEYS: 'dev', DATA_INDEX_KEY: key32() })).toMatch(/^DATA_KEYS: /);
    const secret = key32();
    const bad = fails({ ...production, DATA_KEYS: `k1:${secret.slice(0, 20)}`, DATA_INDEX_KEY: key32() });
    expect(bad).toMatch(/^DATA_KEYS: .*entry 1 \(k1\)/);
    expect(bad).not.toContain(secret.slice(0, 20));
    const same = key32();
    expect(fails({ ...production, DATA_KEYS: `k1:${same}`, DATA_INDEX_KEY: same })).toMatch(/^DATA_INDEX_KEY: /);
    const ok = loadConfig({ ...production, DATA_KEYS: `k2:${key32()},k1:${key32()}`, DATA_INDEX_KEY: key32() });
    expect([ok.dataKeys.currentId, [...ok.dataKeys.keys.keys()]]).toEqual(['k2', ['k2', 'k1']]);
  });
});

describe(`the PersonalDataAtRest migration on existing clear rows (${testDialect})`, () => {
  it('encrypts every clear phone, fills the blind indexes, and the rows read back in clear', async () => {
    const db = await createTestDatabase();
    const ds = db.dataSource;
    try {
      const at = ds.migrations.findIndex((m) => m.name?.startsWith('PersonalDataAtRest'));
      expect(at).toBeGreaterThan(0);
      for (let i = at; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const ids = Array.from({ length: 1203 }, () => newId());
      const phone = (i: number) => `136${String(i).padStart(8, '0')}`;
      for (let i = 0; i < ids.length; i += 200) {
        const chunk = ids.slice(i, i + 200);
        await ds.query(
          `INSERT INTO user (id, createdAt, updatedAt, phone, passwordHash, displayName, isPartyMember, tokenVersion) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          chunk.flatMap((id, k) => [id, '2026-01-01 00:00:00', '2026-01-01 00:00:00', phone(i + k), 'x', '居民', 0, 0]),
        );
      }
      await ds.runMigrations({ transaction: 'each' });
      const raw: { phone: string; phoneIndex: string }[] = await ds.query(
        'SELECT phone, phoneIndex FROM user ORDER BY id',
      );
      expect(raw).toHaveLength(ids.length);
      expect(raw.filter((r) => !CIPHERTEXT.test(r.phone) || keyIdOf(r.phone) !== 'dev')).toEqual([]);
      expect(raw.map((r) => r.phoneIndex)).toEqual(ids.map((_, i) => phoneIndex(phone(i))));
      const u = await ds.getRepository(UserEntity).findOneByOrFail(byPhone(phone(777)));
      expect([u.id, u.phone]).toEqual([ids[777], phone(777)]);
    } finally {
      await db.drop();
    }
  });
});
