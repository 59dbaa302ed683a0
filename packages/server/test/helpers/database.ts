import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { type DatabaseConfig, parseDatabaseUrl } from '../../src/config.js';
import { createDataSource, type DataSourceExtras, ensureDatabaseExists } from '../../src/db/data-source.js';

export const testDialect = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';

export interface TestDatabase {
  config: DatabaseConfig;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A fresh database of its own for one test file, migrated by the real migrations: a temp SQLite
 * file, or (TEST_DB=mysql) a new database on the server of TEST_DATABASE_URL.
 */
export async function createTestDatabase(
  options: { migrate?: boolean; extras?: DataSourceExtras } = {},
): Promise<TestDatabase> {
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (testDialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rt-test-'));
    config = parseDatabaseUrl(`sqlite://${join(dir, 'test.sqlite')}`, process.cwd());
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const url = new URL(process.env.TEST_DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/test');
    url.pathname = `/rt_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
    config = parseDatabaseUrl(url.toString(), process.cwd());
    await ensureDatabaseExists(config);
    cleanup = async () => {
      const admin = createDataSource(config);
      await admin.initialize();
      await admin.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
      await admin.destroy();
    };
  }
  const dataSource = createDataSource(config, options.extras);
  await dataSource.initialize();
  if (options.migrate ?? true) await dataSource.runMigrations({ transaction: 'each' });
  return {
    config,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await cleanup();
    },
  };
}
