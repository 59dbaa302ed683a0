import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import {
  type BeforeQueryEvent,
  DataSource,
  type DataSourceOptions,
  type EntitySubscriberInterface,
  EventSubscriber,
  type Logger,
  type QueryRunner,
  type ReplicationMode,
} from 'typeorm';
import { readFromPrimary, replicaReadAllowed } from '../common/request-scope.js';
import { type DatabaseConfig, DB_TIMEOUT_DEFAULTS } from '../config.js';
import { PersonalDataSubscriber } from '../crypto/personal-data.subscriber.js';
import { ReferenceCacheSubscriber } from '../graphql/loaders/reference.loader.js';
import { applyMysqlColumnDetails } from './columns.js';
import { entities, moduleSubscribers } from './entities.js';
import { IdSubscriber } from './id-subscriber.js';
import { mysqlMigrations } from './migrations/mysql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { TransactionRunner } from './transaction-runner.js';

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

type QueryCallback = (err: (Error & { code?: string }) | null, ...rest: unknown[]) => void;
type PoolConn = {
  query(...args: unknown[]): unknown;
  release(): void;
  destroy(): void;
  on(event: 'error', fn: () => void): void;
};
type Pool = {
  on(event: 'connection', fn: (c: PoolConn) => void): void;
  getConnection(cb: (err: Error | null, conn?: PoolConn) => void): void;
};
type MysqlModule = { createPool(options: unknown): Pool };

/** The error a request gets when no pooled connection came within `acquireTimeoutMs`. */
export class PoolAcquireTimeoutError extends Error {
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
  constructor(ms: number) {
    super(`No database connection within ${ms} ms`);
  }
}

/**
 * mysql2 with three additions: an acquire timeout (mysql2's pool queues requests for a connection
 * without bound, so during an outage a request could wait behind every other one), a connection
 * whose statement timed out is dropped, and `sessionSql` run on each pooled connection before
 * anything else is sent on it.
 */
export function mysqlDriver(acquireTimeoutMs: number, sessionSql: string[] = []): MysqlModule {
  const mysql2 = createRequire(import.meta.url)('mysql2') as MysqlModule;
  return {
    ...mysql2,
    createPool(options: unknown) {
      const pool = mysql2.createPool(options);
      pool.on('connection', (conn) => {
        for (const sql of sessionSql) conn.query(sql);
        // mysql2's pool listens `once` for an idle connection's 'error' (to drop it), and TypeORM
        // adds its own listener only when none is there: a second 'error' of a dying connection
        // (an error packet at the database's shutdown, then EPIPE on the close) would be an
        // unhandled 'error' event and end the process. Statement errors reach their callbacks.
        conn.on('error', () => undefined);
        // mysql2 starts a statement's timeout only when the statement is sent, and a connection
        // whose statement timed out still waits for its answer: the next statement on it would
        // queue without bound behind a frozen server. A timed-out connection is dropped instead
        // (the server rolls back its open transaction when it notices).
        const query = conn.query.bind(conn);
        conn.query = (...args: unknown[]) => {
          const cb = args.at(-1);
          if (typeof cb === 'function') {
            args[args.length - 1] = ((err, ...rest) => {
              if (err?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') conn.destroy();
              (cb as QueryCallback)(err, ...rest);
            }) satisfies QueryCallback;
          }
          return query(...args);
        };
      });
      const getConnection = pool.getConnection.bind(pool);
      pool.getConnection = (cb) => {
        let gaveUp = false;
        const timer = setTimeout(() => {
          gaveUp = true;
          cb(new PoolAcquireTimeoutError(acquireTimeoutMs));
        }, acquireTimeoutMs);
        getConnection((err, conn) => {
          clearTimeout(timer);
          // Arrived after the caller gave up: back to the pool for the next one.
          if (gaveUp) conn?.release();
          else cb(err, conn);
        });
      };
      return pool;
    },
  };
}

const silentLogger: Logger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

/**
 * Turns the statement timeout off while `fn` runs (migrations and the demo seed at start may run
 * long statements), then back to what the data source was built with.
 */
export async function withoutQueryTimeout<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  const options = ds.driver.options as { enableQueryTimeout?: boolean };
  const before = options.enableQueryTimeout;
  options.enableQueryTimeout = false;
  try {
    return await fn();
  } finally {
    options.enableQueryTimeout = before;
  }
}

/**
 * Dialect-specific column details that decorators cannot express, applied once the metadata is
 * built (so the server, migrations and the migration generator all see the same columns).
 */
class RoundtableDataSource extends DataSource {
  private readonly transactions = new TransactionRunner(
    this.options.type === 'better-sqlite3' ? 'serial' : 'retry-deadlock',
  );

  /** Top-level transactions take turns on SQLite and run again after a deadlock on MySQL (see TransactionRunner). */
  // biome-ignore lint/suspicious/noExplicitAny: TypeORM's overloads (isolation level or not) pass through unchanged
  override transaction(...args: any[]): Promise<any> {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const run = () => (super.transaction as (...a: any[]) => Promise<any>).apply(this, args);
    return this.transactions.run(run);
  }

  protected override async buildMetadatas(): Promise<void> {
    await super.buildMetadatas();
    if (this.options.type === 'mysql' || this.options.type === 'mariadb') applyMysqlColumnDetails(this.entityMetadatas);
  }

  /**
   * Read replicas: TypeORM asks for a `slave` runner for plain reads (find, query builder selects)
   * and a `master` one for writes, transactions and raw queries. A read goes to a replica only
   * inside a request that has not written and is not a mutation (common/request-scope.ts): jobs,
   * start-up and a request's reads after its first write stay on the primary.
   */
  override createQueryRunner(mode: ReplicationMode = 'master'): QueryRunner {
    return super.createQueryRunner(mode === 'slave' && !replicaReadAllowed() ? 'master' : mode);
  }
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b|\bFOR UPDATE\b/i;

/**
 * With replicas: any write statement (whatever code path sent it) turns the rest of its request's
 * reads to the primary, so a request reads its own writes.
 */
@EventSubscriber()
export class ReadYourWritesSubscriber implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    if (WRITE.test(event.query)) readFromPrimary();
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
  const replicas = db.replicaUrls ?? [];
  return {
    ...common,
    ...(replicas.length > 0
      ? {
          subscribers: [...common.subscribers, ReadYourWritesSubscriber],
          // mysql2's pool cluster: the primary for writes, the replicas in turn for reads.
          replication: { master: { url: db.url }, slaves: replicas.map((url) => ({ url })) },
        }
      : { url: db.url }),
    // `mariadb` against MariaDB, `mysql` against MySQL 8 (STACK: with 'mysql' on MariaDB the
    // migration generator invents changes every run).
    type: db.dialect,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    migrations: mysqlMigrations,
    connectTimeout: db.connectTimeoutMs ?? DB_TIMEOUT_DEFAULTS.connectTimeoutMs,
    // A statement timeout only where the config asks for one (the server; not the CLI or tests).
    // TypeORM logs a statement over maxQueryExecutionTime with its parameters (personal data):
    // without `logging`, a logger that writes nothing.
    ...(db.queryTimeoutMs
      ? {
          maxQueryExecutionTime: db.queryTimeoutMs,
          enableQueryTimeout: true,
          ...(extras.logging ? {} : { logger: silentLogger }),
        }
      : {}),
    extra: { connectionLimit: 10 },
    driver: mysqlDriver(db.acquireTimeoutMs ?? DB_TIMEOUT_DEFAULTS.acquireTimeoutMs, extras.sessionSql),
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
