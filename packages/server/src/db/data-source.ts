import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { PersonalDataSubscriber } from '../crypto/personal-data.subscriber.js';
import { ReferenceCacheSubscriber } from '../graphql/loaders/reference.loader.js';
import { applyMysqlColumnDetails } from './columns.js';
import { entities, moduleSubscribers } from './entities.js';
import { IdSubscriber } from './id-subscriber.js';
import { mysqlMigrations } from './migrations/mysql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export interface DataSourceExtras {
  /** Only for throwaway tests that need a schema without migrations. Never in the product. */
  synchronize?: boolean;
  logging?: boolean;
  /**
   * Statements run first on every new MySQL/MariaDB connection. Only for tests, e.g. MariaDB's
   * `TIME_ROUND_FRACTIONAL` sql_mode, which makes it round fractional seconds like MySQL 8.
   */
  sessionSql?: string[];
}

type MysqlModule = { createPool(options: unknown): { on(event: 'connection', fn: (c: SqlConn) => void): void } };
type SqlConn = { query(sql: string): unknown };

/** mysql2 with `sessionSql` run on each pooled connection before anything else is sent on it. */
function mysqlWithSessionSql(sessionSql: string[]): MysqlModule {
  const mysql2 = createRequire(import.meta.url)('mysql2') as MysqlModule;
  return {
    ...mysql2,
    createPool(options: unknown) {
      const pool = mysql2.createPool(options);
      pool.on('connection', (conn) => {
        for (const sql of sessionSql) conn.query(sql);
      });
      return pool;
    },
  };
}

/**
 * Dialect-specific column details that decorators cannot express, applied once the metadata is
 * built (so the server, migrations and the migration generator all see the same columns).
 */
class RoundtableDataSource extends DataSource {
  protected override async buildMetadatas(): Promise<void> {
    await super.buildMetadatas();
    if (this.options.type === 'mysql' || this.options.type === 'mariadb') applyMysqlColumnDetails(this.entityMetadatas);
  }
}

export function dataSourceOptions(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSourceOptions {
  const common = {
    entities,
    subscribers: [IdSubscriber, PersonalDataSubscriber, ReferenceCacheSubscriber, ...moduleSubscribers] as Function[],
    synchronize: extras.synchronize ?? false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    logging: extras.logging ?? false,
  } as const;
  if (db.dialect === 'sqlite') {
    if (db.database !== ':memory:') mkdirSync(dirname(db.database), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.database,
      migrations: sqliteMigrations,
      // WAL for concurrent readers, a busy timeout instead of SQLITE_BUSY, foreign keys enforced.
      prepareDatabase: (conn: { pragma(s: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
        conn.pragma('synchronous = NORMAL');
      },
    };
  }
  return {
    ...common,
    // `mariadb` against MariaDB, `mysql` against MySQL 8 (STACK: with 'mysql' on MariaDB the
    // migration generator invents changes every run).
    type: db.dialect,
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    migrations: mysqlMigrations,
    extra: { connectionLimit: 10 },
    ...(extras.sessionSql?.length ? { driver: mysqlWithSessionSql(extras.sessionSql) } : {}),
  };
}

export function createDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSource {
  return new RoundtableDataSource(dataSourceOptions(db, extras));
}

/** Create the MySQL/MariaDB database named in the URL if it does not exist yet. */
export async function ensureDatabaseExists(db: DatabaseConfig): Promise<void> {
  if (db.dialect === 'sqlite') return;
  const mysql = await import('mysql2/promise');
  const url = new URL(db.url);
  url.pathname = '/';
  const conn = await mysql.createConnection({ uri: url.toString() });
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${db.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await conn.end();
  }
}
