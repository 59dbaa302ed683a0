import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../src/db/seed/demo.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';

/**
 * Requests whose transactions overlap keep them apart: on SQLite (one shared connection) the
 * transactions take turns; on MySQL/MariaDB a deadlock victim runs again (two sign-ins of one
 * account at once deadlocked on the user row and answered INTERNAL_SERVER_ERROR before).
 */
describe('overlapping transactions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await seedDemo(s.db.dataSource);
  });
  afterAll(() => s.close());

  it('every demo account signs in at the same moment: all succeed, none answers INTERNAL_SERVER_ERROR', async () => {
    const phones = Object.values(DEMO_ACCOUNTS);
    const answers = await Promise.all(
      [...phones, ...phones].map((phone) => s.gql(LOGIN, { i: { phone, password: DEMO_PASSWORD } })),
    );
    expect(answers.map(codeOf)).toEqual(answers.map(() => 'OK'));
  });

  it('one transaction failing while another is open rolls back only its own writes', async () => {
    const ds = s.db.dataSource;
    await ds.query('CREATE TABLE tx_probe (v VARCHAR(10))');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const failing = ds.transaction(async (m) => {
      await m.query("INSERT INTO tx_probe (v) VALUES ('lost')");
      await gate;
      throw new Error('rolled back on purpose');
    });
    const kept = ds.transaction(async (m) => {
      await m.query("INSERT INTO tx_probe (v) VALUES ('kept')");
    });
    release();
    await expect(failing).rejects.toThrow('rolled back on purpose');
    await kept;
    // A transaction inside another in the same call chain is part of it (a savepoint), not a wait.
    await ds.transaction(async () => {
      await ds.transaction(async (m) => m.query("INSERT INTO tx_probe (v) VALUES ('nested')"));
    });
    const rows: { v: string }[] = await ds.query('SELECT v FROM tx_probe ORDER BY v');
    expect(rows.map((r) => r.v)).toEqual(['kept', 'nested']);
    await ds.query('DROP TABLE tx_probe');
  });
});
