/**
 * Driver errors that mean "the database cannot be reached right now" (connection refused, lost,
 * timed out, server shutting down) rather than a bug: answered 503 SERVICE_UNAVAILABLE.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  // db/data-source.ts: no pooled connection within DB_ACQUIRE_TIMEOUT_MS.
  'POOL_ACQUIRE_TIMEOUT',
  // mysql2: no answer to a statement within DB_QUERY_TIMEOUT_MS.
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && /Pool is closed|Connection lost|connect ECONNREFUSED/.test(e.message))
      return true;
    e = (e.driverError ?? e.cause ?? e.originalError) as Record<string, unknown> | undefined;
  }
  return false;
}

/** Seconds a client should wait before retrying during a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** A unique key refused an insert or update (MariaDB and SQLite codes). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Deadlocks and lock timeouts between two writers: for a caller, the same as a lost version race. */
export function isLockFailure(err: unknown): boolean {
  const code =
    (err as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (err as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/**
 * A value the database refuses to store in its column: too long, out of the column's range, not a
 * valid date-time or not valid text for the column (MariaDB/MySQL strict mode; SQLite stores any
 * of these). Input validation should stop each before it reaches SQL; this is the safety net that
 * answers BAD_USER_INPUT instead of INTERNAL_SERVER_ERROR for one it missed.
 */
const BAD_VALUE_CODES = new Set([
  'ER_DATA_TOO_LONG',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_DATETIME_FUNCTION_OVERFLOW',
  'ER_WRONG_VALUE',
  'ER_INVALID_CHARACTER_STRING',
  'ER_WARN_DATA_TRUNCATED',
]);

export function isValueRefusedByColumn(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  return BAD_VALUE_CODES.has(e?.driverError?.code ?? e?.code ?? '');
}
