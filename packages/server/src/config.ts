import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';

/**
 * Configuration, read from the environment once and validated at start. A bad value throws a
 * ConfigError whose message is one line naming the variable and the expected form; main.ts prints
 * it and exits non-zero.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    got: string | undefined,
  ) {
    super(`${variable}: expected ${expected}${got === undefined ? '' : `, got "${got.slice(0, 60)}"`}`);
    this.name = 'ConfigError';
  }
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  /** `sqlite` = embedded better-sqlite3 file; `mysql` = MySQL 8; `mariadb` = MariaDB 10.11+. */
  dialect: 'sqlite' | 'mysql' | 'mariadb';
  /** File path for sqlite; the connection URL otherwise. */
  url: string;
  /** The database name (for mysql/mariadb), or the file path for sqlite. */
  database: string;
  /**
   * Read replicas (DATABASE_REPLICA_URLS, mysql/mariadb only; empty on SQLite): reads that
   * tolerate a little lag go there, writes and a request's reads after a write to `url`.
   */
  replicaUrls?: string[];
  /** MySQL/MariaDB: give up opening a connection after this long (DB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
  /** MySQL/MariaDB: give up waiting for a pooled connection after this long (DB_ACQUIRE_TIMEOUT_MS). */
  acquireTimeoutMs?: number;
  /**
   * MySQL/MariaDB: stop waiting for a statement's answer after this long (DB_QUERY_TIMEOUT_MS; 0 =
   * no limit). The statement may still finish on the server: the request gets SERVICE_UNAVAILABLE.
   */
  queryTimeoutMs?: number;
}

/**
 * Fail-fast bounds for MySQL/MariaDB (issue 19, faults under load): when the database stops, a
 * request gets SERVICE_UNAVAILABLE within a few seconds instead of waiting on mysql2's 10 s connect
 * timeout behind an unbounded pool queue.
 */
export const DB_TIMEOUT_DEFAULTS = { connectTimeoutMs: 3000, acquireTimeoutMs: 5000, queryTimeoutMs: 30_000 } as const;

/** Failed-login throttling (LOGIN_* variables). */
export interface ThrottlePolicy {
  /** Failures after which each further attempt must wait (doubling from `baseDelayMs`). */
  slowAfter: number;
  baseDelayMs: number;
  /** The longest slow-down wait. */
  maxDelayMs: number;
  /** Failures on one account from one address within the window that lock it for that address. */
  lockAfter: number;
  /** Failures on one account from any address within the window that lock it for everyone. */
  accountLockAfter: number;
  /** Failures from one client address within the window that lock that address. */
  ipLockAfter: number;
  lockMs: number;
  windowMs: number;
}

/** Registration attempts per address and per phone within a window (REGISTER_* variables). */
export interface RegisterThrottlePolicy {
  ipMax: number;
  phoneMax: number;
  windowMs: number;
}

/** SMS one-time codes (SMS_* variables) and the provider that sends them. */
export interface SmsConfig {
  /** `log`: the code is written to the server log (development and tests only); `aliyun`: Aliyun SMS; `none`: SMS sign-in off. */
  provider: 'log' | 'aliyun' | 'none';
  codeTtlSeconds: number;
  /** Wrong entries after which a code is dead. */
  maxTries: number;
  /** Seconds between two requests for one phone. */
  resendSeconds: number;
  /** Codes per phone per day. */
  phoneDailyMax: number;
  /** Codes per client address per day. */
  ipDailyMax: number;
  aliyun: {
    endpoint: string;
    accessKeyId: string;
    accessKeySecret: string;
    signName: string;
    templateCode: string;
    regionId: string;
  };
}

/** The WeChat mini program whose `wx.login` codes sign residents in (WECHAT_* variables). */
export interface WechatConfig {
  /** Base URL of the WeChat API (a local fake in tests). */
  apiBase: string;
  /** Empty: WeChat sign-in is off. */
  appId: string;
  appSecret: string;
  /** Seconds a link token (an unlinked WeChat sign-in waiting for a phone) is valid. */
  linkTokenTtlSeconds: number;
}

/** How long ended or old rows are kept before the purge job removes them (*_RETENTION_DAYS). */
export interface RetentionPolicy {
  sessionDays: number;
  throttleDays: number;
  jobRunDays: number;
  readNotificationDays: number;
}

/** false: use the peer address; a hop count; or the proxies trusted to set X-Forwarded-For. */
export type TrustProxy = false | number | string[];

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: LogLevel;
  database: DatabaseConfig;
  /** Apply pending migrations when the server starts. */
  migrateOnStart: boolean;
  /** Seed demo data into an empty embedded database on first start. */
  seedDemo: boolean;
  /** Secret for signing access tokens (HS256), at least 32 characters. */
  authSecret: string;
  /** Keys of personal data at rest (DATA_KEYS, DATA_INDEX_KEY): phone numbers are encrypted and blind-indexed. */
  dataKeys: DataKeyring;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  corsOrigins: string[] | true;
  /** Max milliseconds in-flight requests get to finish after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
  /** How long `/readyz` waits for the database's answer before reporting 503. */
  readyTimeoutMs: number;
  /** Directory of the built admin console to serve at `/` (empty = do not serve). */
  adminDir: string;
  /** Directory of the built resident H5 (packages/resident) to serve at `/m/` (empty = do not serve). */
  residentDir: string;
  /** Directory for uploaded files. */
  uploadDir: string;
  /** Largest accepted upload, in bytes. */
  fileMaxBytes: number;
  /** Expose GraphQL introspection (always on outside production). */
  introspection: boolean;
  /** Redis for events, budgets and jobs shared by several processes (unset: all in this process). */
  redisUrl: string | undefined;
  /** Prefix of every Redis key and channel (several deployments or test runs on one Redis). */
  redisPrefix: string;
  loginThrottle: ThrottlePolicy;
  registerThrottle: RegisterThrottlePolicy;
  retention: RetentionPolicy;
  trustProxy: TrustProxy;
  /** How often an open graphql-ws connection re-checks its session (fallback across processes). */
  wsSessionCheckMs: number;
  /** Days after resolution during which a resident may reopen a ticket. */
  ticketReopenDays: number;
  /** Run scheduled jobs (overdue watch) in this process. */
  jobsEnabled: boolean;
  /** Milliseconds between two runs of each scheduled job (JOB_INTERVAL_SECONDS). */
  jobIntervalMs: number;
  /** Bearer token a scraper of `/metrics` must send (unset: open, for a private network). */
  metricsToken: string | undefined;
  sms: SmsConfig;
  wechat: WechatConfig;
  /** Request limits: the largest cost of one operation, the cost budget per user/address (0: off). */
  limits: LimitsPolicy;
}

/** Cost limits (MAX_QUERY_COST, COST_BUDGET_PER_MINUTE, TRUSTED_DOCUMENTS). */
export interface LimitsPolicy {
  /** Largest cost of one operation (fields, each connection's subtree multiplied by its `first`). */
  maxCost: number;
  /** Cost points per minute of a signed-in user, or of an anonymous client address; 0 = no user budget. */
  userBudgetPerMinute: number;
  /** Who must send registered (persisted) documents: nobody, the console client, or every request without an app key. */
  trustedDocuments: 'off' | 'console' | 'strict';
}

type Env = Record<string, string | undefined>;

/**
 * The keys of personal data at rest (DATA_KEYS, DATA_INDEX_KEY). Encryption keys carry an id that
 * every ciphertext names, so several can coexist while `db:rekey` moves the rows to the newest one;
 * the blind-index key is separate (an index must not be a ciphertext's key, and it rotates apart).
 */
export interface DataKeyring {
  /** The key new values are encrypted with: the first of DATA_KEYS. */
  currentId: string;
  /** Every key that may still decrypt, by id (the current one included). */
  keys: ReadonlyMap<string, Buffer>;
  /** HMAC-SHA256 key of the blind indexes (exact lookup by phone). */
  indexKey: Buffer;
  /** True when these are the published development defaults (never accepted in production). */
  development: boolean;
}

const KEYS_FORM =
  'comma-separated id:key pairs, newest first (id: 1-16 of A-Z a-z 0-9 _ -; key: 32 bytes in base64; a bare `dev` outside production)';
const INDEX_FORM = 'a 32-byte key in base64 (required in production)';

// Published on purpose: development and test databases only. loadConfig refuses them in production.
const DEV_DATA_KEY = createHash('sha256').update('roundtable development data key (not a secret)').digest();
const DEV_INDEX_KEY = createHash('sha256').update('roundtable development index key (not a secret)').digest();
export const DEV_KEY_ID = 'dev';

function key32(raw: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) return null;
  const bytes = Buffer.from(raw, raw.includes('-') || raw.includes('_') ? 'base64url' : 'base64');
  return bytes.length === 32 ? bytes : null;
}

/** DATA_KEYS and DATA_INDEX_KEY; without them the development defaults, except in production. */
export function parseDataKeys(env: Env, nodeEnv: 'development' | 'production' | 'test'): DataKeyring {
  const production = nodeEnv === 'production';
  const rawKeys = env.DATA_KEYS?.trim() ?? '';
  const rawIndex = env.DATA_INDEX_KEY?.trim() ?? '';
  if (production && rawKeys === '')
    throw new ConfigError('DATA_KEYS', `${KEYS_FORM} (required in production)`, undefined);
  if (production && rawIndex === '') throw new ConfigError('DATA_INDEX_KEY', INDEX_FORM, undefined);

  const keys = new Map<string, Buffer>();
  let currentId = DEV_KEY_ID;
  if (rawKeys === '') keys.set(DEV_KEY_ID, DEV_DATA_KEY);
  else {
    for (const [i, entry] of rawKeys.split(',').entries()) {
      const [id = '', value = '', ...rest] = entry.trim().split(':');
      // A bare `dev` is the development key (outside production), so a development database can rotate off it.
      const key = id === DEV_KEY_ID && value === '' && rest.length === 0 ? DEV_DATA_KEY : key32(value);
      // The value is a secret: never echoed, only the id.
      if (rest.length > 0 || !/^[A-Za-z0-9_-]{1,16}$/.test(id) || !key) {
        throw new ConfigError('DATA_KEYS', KEYS_FORM, `entry ${i + 1} (${id.slice(0, 16) || 'no id'})`);
      }
      if (keys.has(id)) throw new ConfigError('DATA_KEYS', `${KEYS_FORM}; each id once`, id);
      if (i === 0) currentId = id;
      keys.set(id, key);
    }
  }
  const indexKey = rawIndex === '' ? DEV_INDEX_KEY : key32(rawIndex);
  if (!indexKey) throw new ConfigError('DATA_INDEX_KEY', INDEX_FORM, '(not 32 bytes of base64)');
  const development = [...keys.values()].some((k) => k.equals(DEV_DATA_KEY)) || indexKey.equals(DEV_INDEX_KEY);
  if (production && development) {
    throw new ConfigError(
      'DATA_KEYS',
      'keys of your own in production (the development keys are published)',
      undefined,
    );
  }
  if ([...keys.values()].some((k) => k.equals(indexKey))) {
    throw new ConfigError('DATA_INDEX_KEY', 'a key different from every key of DATA_KEYS', undefined);
  }
  return { currentId, keys, indexKey, development };
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `one of ${values.join(', ')}`, raw);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return Number(raw);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, 'true or false', raw);
}

const TRUST_PROXY_FORM = 'false, a hop count (1-10), or comma-separated proxy addresses/CIDRs (never true)';

function ipOrCidr(value: string): boolean {
  const [addr, prefix, ...rest] = value.split('/');
  if (rest.length > 0 || !addr) return false;
  const family = isIP(addr);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: whom to believe about the client address. "Trust everyone" is refused. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw.trim() === '' || ['false', 'no', 'off'].includes(raw.trim().toLowerCase())) return false;
  const value = raw.trim();
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) throw new ConfigError('TRUST_PROXY', TRUST_PROXY_FORM, raw);
    return hops;
  }
  const list = value.split(',').map((s) => s.trim());
  if (list.some((entry) => !ipOrCidr(entry))) throw new ConfigError('TRUST_PROXY', TRUST_PROXY_FORM, raw);
  return list;
}

const DB_FORM = 'mysql://user:pass@host:3306/db, mariadb://…, or sqlite:///path/to/file.sqlite';

export function parseDatabaseUrl(raw: string | undefined, cwd: string): DatabaseConfig {
  if (raw === undefined || raw === '') {
    const file = resolve(cwd, 'data/roundtable.sqlite');
    return { dialect: 'sqlite', url: file, database: file };
  }
  if (raw.startsWith('sqlite:')) {
    // sqlite:///abs/path, sqlite://./rel/path or sqlite:rel/path
    const path = raw.replace(/^sqlite:(\/\/)?/, '');
    if (path === '' || path === '/') throw new ConfigError('DATABASE_URL', DB_FORM, raw);
    const file = path === ':memory:' ? path : resolve(cwd, path);
    return { dialect: 'sqlite', url: file, database: file };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', DB_FORM, raw.replace(/:[^:@/]*@/, ':***@'));
  }
  const protocol = url.protocol.replace(/:$/, '');
  if (protocol !== 'mysql' && protocol !== 'mariadb') {
    throw new ConfigError('DATABASE_URL', DB_FORM, `${protocol}://…`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !/^[A-Za-z0-9_$-]{1,64}$/.test(database)) {
    throw new ConfigError('DATABASE_URL', `${DB_FORM} (with a host and a database name)`, `${protocol}://…`);
  }
  return { dialect: protocol, url: raw, database };
}

/**
 * DATABASE_REPLICA_URLS: comma-separated URLs of read replicas, each of the primary's dialect.
 * Ignored on SQLite (one embedded file has no replicas).
 */
export function parseReplicaUrls(raw: string | undefined, primary: DatabaseConfig, cwd: string): string[] {
  if (raw === undefined || raw.trim() === '' || primary.dialect === 'sqlite') return [];
  return raw.split(',').map((entry) => {
    const url = entry.trim();
    let replica: DatabaseConfig;
    try {
      replica = parseDatabaseUrl(url, cwd);
    } catch {
      throw new ConfigError(
        'DATABASE_REPLICA_URLS',
        `comma-separated ${primary.dialect}://… URLs`,
        url.replace(/:[^:@/]*@/, ':***@'),
      );
    }
    if (replica.dialect !== primary.dialect) {
      throw new ConfigError(
        'DATABASE_REPLICA_URLS',
        `${primary.dialect}://… URLs (the dialect of DATABASE_URL)`,
        `${replica.dialect}://…`,
      );
    }
    return url;
  });
}

/** A persistent development secret, so that restarting `pnpm dev` keeps sessions valid. */
function developmentSecret(dataDir: string): string {
  const file = resolve(dataDir, '.auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const host = env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new ConfigError('HOST', 'a host name or IP address', host);
  const logLevel = oneOf(
    env,
    'LOG_LEVEL',
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
    nodeEnv === 'test' ? 'silent' : 'info',
  );
  const database: DatabaseConfig = {
    ...parseDatabaseUrl(env.DATABASE_URL, cwd),
    connectTimeoutMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', DB_TIMEOUT_DEFAULTS.connectTimeoutMs, 100, 60_000),
    acquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', DB_TIMEOUT_DEFAULTS.acquireTimeoutMs, 100, 120_000),
    queryTimeoutMs: integer(env, 'DB_QUERY_TIMEOUT_MS', DB_TIMEOUT_DEFAULTS.queryTimeoutMs, 0, 3_600_000),
  };
  const replicaUrls = parseReplicaUrls(env.DATABASE_REPLICA_URLS, database, cwd);
  if (replicaUrls.length > 0) database.replicaUrls = replicaUrls;
  const dataDir = resolve(cwd, 'data');

  let authSecret = env.AUTH_SECRET;
  if (authSecret === undefined || authSecret === '') {
    if (production)
      throw new ConfigError('AUTH_SECRET', 'a secret of at least 32 characters (required in production)', undefined);
    authSecret = nodeEnv === 'test' ? randomBytes(32).toString('base64url') : developmentSecret(dataDir);
  } else if (authSecret.length < 32) {
    throw new ConfigError('AUTH_SECRET', 'a secret of at least 32 characters', '(too short)');
  }

  const rawOrigins = env.CORS_ORIGINS;
  let corsOrigins: string[] | true = production ? [] : true;
  if (rawOrigins !== undefined && rawOrigins !== '') {
    if (rawOrigins === '*') corsOrigins = true;
    else {
      corsOrigins = rawOrigins.split(',').map((o) => o.trim());
      for (const origin of corsOrigins) {
        if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
          throw new ConfigError(
            'CORS_ORIGINS',
            'a comma-separated list of origins like https://example.org, or *',
            origin,
          );
        }
      }
    }
  }

  const sms = smsConfig(env, nodeEnv);
  const wechat = wechatConfig(env);

  const redisUrl = env.REDIS_URL && env.REDIS_URL !== '' ? env.REDIS_URL : undefined;
  if (redisUrl && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) {
    throw new ConfigError(
      'REDIS_URL',
      'redis://[:password@]host:6379[/db] or rediss://…',
      redisUrl.replace(/:[^:@/]*@/, ':***@'),
    );
  }
  const redisPrefix = env.REDIS_PREFIX && env.REDIS_PREFIX !== '' ? env.REDIS_PREFIX : 'rt:';
  if (!/^[A-Za-z0-9_.:-]{1,40}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX', 'letters, digits, _ . : - (at most 40)', redisPrefix);
  }

  return {
    nodeEnv,
    host,
    port,
    logLevel,
    database,
    migrateOnStart: bool(env, 'DB_MIGRATE_ON_START', true),
    // Demo accounts have published passwords: never seeded by default in production.
    seedDemo: bool(env, 'DB_SEED_DEMO', database.dialect === 'sqlite' && nodeEnv === 'development'),
    authSecret,
    dataKeys: parseDataKeys(env, nodeEnv),
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL', 900, 30, 900),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL', 30 * 24 * 3600, 3600, 180 * 24 * 3600),
    corsOrigins,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
    readyTimeoutMs: integer(env, 'READY_TIMEOUT_MS', 1000, 50, 10_000),
    adminDir: env.ADMIN_DIR ?? resolve(import.meta.dirname, '../../admin/dist'),
    residentDir: env.RESIDENT_DIR ?? resolve(import.meta.dirname, '../../resident/dist/h5'),
    uploadDir: resolve(cwd, env.UPLOAD_DIR ?? 'data/uploads'),
    fileMaxBytes: integer(env, 'FILE_MAX_BYTES', 10 * 1024 * 1024, 1, 100 * 1024 * 1024),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
    redisUrl,
    redisPrefix,
    ticketReopenDays: integer(env, 'TICKET_REOPEN_DAYS', 7, 0, 365),
    jobsEnabled: bool(env, 'JOBS_ENABLED', nodeEnv !== 'test'),
    jobIntervalMs: integer(env, 'JOB_INTERVAL_SECONDS', 300, 1, 3600) * 1000,
    metricsToken: env.METRICS_TOKEN ? env.METRICS_TOKEN : undefined,
    loginThrottle: {
      slowAfter: integer(env, 'LOGIN_SLOW_AFTER', 3, 1, 100),
      baseDelayMs: integer(env, 'LOGIN_BASE_DELAY_MS', 1000, 0, 600_000),
      maxDelayMs: integer(env, 'LOGIN_MAX_DELAY_SECONDS', 900, 1, 86_400) * 1000,
      lockAfter: integer(env, 'LOGIN_LOCK_AFTER', 5, 1, 100),
      accountLockAfter: integer(env, 'LOGIN_ACCOUNT_LOCK_AFTER', 50, 1, 10_000),
      ipLockAfter: integer(env, 'LOGIN_IP_LOCK_AFTER', 20, 1, 10_000),
      lockMs: integer(env, 'LOGIN_LOCK_SECONDS', 900, 1, 86_400) * 1000,
      windowMs: 15 * 60_000,
    },
    registerThrottle: {
      ipMax: integer(env, 'REGISTER_IP_MAX', 20, 1, 10_000),
      phoneMax: integer(env, 'REGISTER_PHONE_MAX', 5, 1, 1000),
      windowMs: integer(env, 'REGISTER_WINDOW_SECONDS', 3600, 60, 86_400) * 1000,
    },
    retention: {
      sessionDays: integer(env, 'SESSION_RETENTION_DAYS', 30, 1, 3650),
      throttleDays: integer(env, 'THROTTLE_RETENTION_DAYS', 2, 1, 3650),
      jobRunDays: integer(env, 'JOB_RUN_RETENTION_DAYS', 30, 1, 3650),
      readNotificationDays: integer(env, 'NOTIFICATION_READ_RETENTION_DAYS', 90, 1, 3650),
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    wsSessionCheckMs: integer(env, 'WS_SESSION_CHECK_SECONDS', 3, 1, 60) * 1000,
    sms,
    wechat,
    limits: {
      maxCost: integer(env, 'MAX_QUERY_COST', 20_000, 100, 1_000_000),
      // Off under test: the suites send thousands of requests from one address.
      userBudgetPerMinute: integer(env, 'COST_BUDGET_PER_MINUTE', nodeEnv === 'test' ? 0 : 60_000, 0, 10_000_000),
      trustedDocuments: oneOf(env, 'TRUSTED_DOCUMENTS', ['off', 'console', 'strict'] as const, 'off'),
    },
  };
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  const value = raw === undefined || raw === '' ? fallback : raw.replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) throw new ConfigError(name, 'an http(s) URL', raw);
  return value;
}

/** SMS_*: the log transport is refused in production; there the default is `none` (SMS sign-in off). */
function smsConfig(env: Env, nodeEnv: Config['nodeEnv']): SmsConfig {
  const production = nodeEnv === 'production';
  const provider = oneOf(env, 'SMS_PROVIDER', ['log', 'aliyun', 'none'] as const, production ? 'none' : 'log');
  if (production && provider === 'log') {
    throw new ConfigError('SMS_PROVIDER', 'aliyun or none in production (log writes codes to the log)', provider);
  }
  const text = (name: string) => env[name] ?? '';
  const aliyun = {
    endpoint: httpUrl(env, 'ALIYUN_SMS_ENDPOINT', 'https://dysmsapi.aliyuncs.com'),
    accessKeyId: text('ALIYUN_SMS_ACCESS_KEY_ID'),
    accessKeySecret: text('ALIYUN_SMS_ACCESS_KEY_SECRET'),
    signName: text('ALIYUN_SMS_SIGN_NAME'),
    templateCode: text('ALIYUN_SMS_TEMPLATE_CODE'),
    regionId: env.ALIYUN_SMS_REGION_ID || 'cn-hangzhou',
  };
  if (provider === 'aliyun') {
    for (const [name, value] of [
      ['ALIYUN_SMS_ACCESS_KEY_ID', aliyun.accessKeyId],
      ['ALIYUN_SMS_ACCESS_KEY_SECRET', aliyun.accessKeySecret],
      ['ALIYUN_SMS_SIGN_NAME', aliyun.signName],
      ['ALIYUN_SMS_TEMPLATE_CODE', aliyun.templateCode],
    ] as const) {
      if (value === '') throw new ConfigError(name, 'a value (required with SMS_PROVIDER=aliyun)', undefined);
    }
  }
  return {
    provider,
    codeTtlSeconds: integer(env, 'SMS_CODE_TTL_SECONDS', 300, 60, 1800),
    maxTries: integer(env, 'SMS_CODE_MAX_TRIES', 5, 1, 20),
    resendSeconds: integer(env, 'SMS_RESEND_SECONDS', 60, 1, 3600),
    phoneDailyMax: integer(env, 'SMS_PHONE_DAILY_MAX', 10, 1, 1000),
    ipDailyMax: integer(env, 'SMS_IP_DAILY_MAX', 50, 1, 100_000),
    aliyun,
  };
}

function wechatConfig(env: Env): WechatConfig {
  const appId = env.WECHAT_APP_ID ?? '';
  const appSecret = env.WECHAT_APP_SECRET ?? '';
  if (appId !== '' && appSecret === '') {
    throw new ConfigError('WECHAT_APP_SECRET', 'the mini program secret (required with WECHAT_APP_ID)', undefined);
  }
  return {
    apiBase: httpUrl(env, 'WECHAT_API_BASE', 'https://api.weixin.qq.com'),
    appId,
    appSecret,
    linkTokenTtlSeconds: integer(env, 'WECHAT_LINK_TOKEN_TTL_SECONDS', 600, 60, 3600),
  };
}
