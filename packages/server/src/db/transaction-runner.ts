import { AsyncLocalStorage } from 'node:async_hooks';

/** MySQL/MariaDB error numbers that say "nothing was written: run the whole transaction again". */
const RETRYABLE_ERRNO = new Set([1213 /* ER_LOCK_DEADLOCK */]);
const RETRIES = 3;

function isRetryable(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } } | null;
  return RETRYABLE_ERRNO.has(e?.driverError?.errno ?? e?.errno ?? 0);
}

/**
 * How top-level transactions run, per dialect. A transaction started inside another one in the
 * same async call chain (a service calling a service) is part of the outer one (a savepoint), as
 * TypeORM makes it; only the outermost one is queued or retried.
 *
 * - **SQLite** has one connection, shared by every request (TypeORM's better-sqlite3 driver hands
 *   out a single query runner). Two requests whose transactions overlapped used to end up in one:
 *   the second `BEGIN` became a savepoint of the first, and a commit or rollback of one decided
 *   the other's writes. Here top-level transactions take turns.
 * - **MySQL/MariaDB** give each transaction its own pooled connection; InnoDB may pick one of two
 *   transactions that lock the same rows in a different order as a deadlock victim and roll it
 *   back whole ("try restarting transaction"). Here the victim runs again, up to three times,
 *   instead of answering INTERNAL_SERVER_ERROR.
 */
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<true>();

  constructor(private readonly mode: 'serial' | 'retry-deadlock') {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return work();
    if (this.mode === 'retry-deadlock') return this.inside.run(true, () => this.retrying(work));
    const turn = this.tail.then(() => this.inside.run(true, work));
    // The next transaction waits for this one to settle, whether it committed or failed.
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt > RETRIES || !isRetryable(error)) throw error;
        // A short random pause so the two victims do not collide again in step.
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
      }
    }
  }
}
