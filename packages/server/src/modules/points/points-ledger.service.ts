import type { DataSource, EntityManager } from 'typeorm';
import { fail } from '../../common/errors.js';
import { isLockFailure, isUniqueViolation } from '../../db/errors.js';
import { sqlDate } from '../../db/sql.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { BindingStatus } from '../identity/identity.enums.js';
import { PointsEvent, PointsReason } from './points.enums.js';
import { PointsReasons as R } from './points.errors.js';
import { shanghaiDayStart, shanghaiMonthStart } from './points.time.js';
import { PointsBalanceEntity } from './points-balance.entity.js';
import { PointsEntryEntity } from './points-entry.entity.js';
import { PointsRuleEntity } from './points-rule.entity.js';

/** The largest balance a `points_balance.balance` / `points_entry.balanceAfter` int column holds. */
const MAX_BALANCE = 2_147_483_647;

/** What another module sends to award (or take) points for one of its events. */
export interface AwardRequest {
  userId: string;
  communityId: string;
  streetId: string;
  /** The event whose rule prices the award (its current version is recorded on the entry). */
  event: PointsEvent;
  /** Unique per award, e.g. `ticket.accepted:<ticketId>`: sent twice, it makes one entry. */
  idempotencyKey: string;
  /** Occurrences (hours for volunteer hours): the rule's points × units. Default 1. */
  units?: number;
  /** A fixed amount instead of the rule's points (the rule's caps still apply, if there is one). */
  amount?: number;
  referenceType?: string;
  referenceId?: string;
  estateId?: string | null;
  note?: string | null;
  actorId?: string | null;
}

/** The result of an award: the entry (the earlier one for a repeated key), or null when no rule prices the event. */
export interface AwardResult {
  entry: PointsEntryEntity | null;
  /** False when the key had been used: the earlier entry is returned and nothing is added. */
  created: boolean;
}

interface Append {
  userId: string;
  communityId: string;
  streetId: string;
  estateId?: string | null;
  delta: number;
  reason: PointsReason;
  idempotencyKey: string;
  note?: string | null;
  referenceType?: string | null;
  referenceId?: string | null;
  rule?: PointsRuleEntity | null;
  actorId?: string | null;
}

const isSqlite = (db: DataSource | EntityManager) =>
  ('connection' in db ? db.connection : db).options.type === 'better-sqlite3';

/**
 * The append-only ledger (积分流水) and the only writer of balances. Every change of a resident's
 * balance in a community runs with that resident's balance row locked (SELECT … FOR UPDATE on
 * MariaDB; SQLite serialises writers), so caps, the floor at zero and idempotency are decided one
 * at a time, and the cached balance is written in the same transaction as its entry.
 */
export class PointsLedger {
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ds: DataSource) {}

  /**
   * Runs `work` in a transaction (or in the caller's) with the balance row of (user, community)
   * created if missing and locked. Retries a deadlock on MariaDB (two writers of one row).
   */
  async withBalance<T>(
    key: { userId: string; communityId: string; streetId: string },
    work: (m: EntityManager, balance: PointsBalanceEntity) => Promise<T>,
    outer?: EntityManager,
  ): Promise<T> {
    // The row is created before the transaction when we open it (autocommit on MariaDB: a
    // duplicate-key insert inside a transaction takes a shared lock that deadlocks with FOR UPDATE,
    // and a second pooled connection taken from inside a transaction can exhaust the pool).
    const ensure = (db: DataSource | EntityManager) =>
      db
        .createQueryBuilder()
        .insert()
        .into(PointsBalanceEntity)
        .values({ ...key, balance: 0 })
        .orIgnore()
        .execute();
    const run = async (m: EntityManager) => {
      if (outer || isSqlite(m)) await ensure(m);
      const balance = await m.getRepository(PointsBalanceEntity).findOneOrFail({
        where: { userId: key.userId, communityId: key.communityId },
        lock: isSqlite(m) ? undefined : { mode: 'pessimistic_write' },
      });
      return work(m, balance);
    };
    if (outer) return run(outer);
    if (!isSqlite(this.ds)) await ensure(this.ds);
    return this.transaction(run);
  }

  /**
   * A transaction for the ledger and the modules that award through it (volunteer hours): on SQLite
   * (one connection) transactions started by concurrent calls in this process, e.g. a job's
   * Promise.all, queue here instead of interleaving on the connection; on MariaDB a deadlock
   * between two writers is retried.
   */
  async transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    if (isSqlite(this.ds)) {
      const turn = this.sqliteQueue.then(() => this.ds.transaction(work));
      this.sqliteQueue = turn.catch(() => undefined);
      return turn;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.ds.transaction(work);
      } catch (err) {
        if (attempt < 4 && isLockFailure(err)) continue;
        throw err;
      }
    }
  }

  /** Appends one entry to a locked balance and moves the balance with it. */
  async append(m: EntityManager, balance: PointsBalanceEntity, a: Append): Promise<PointsEntryEntity> {
    const after = balance.balance + a.delta;
    if (after < 0) throw fail(R.POINTS_INSUFFICIENT, 'Not enough points');
    // The balance columns are 32-bit: past this MariaDB refuses the row (SQLite would store it).
    if (after > MAX_BALANCE)
      throw fail(R.POINTS_BAD_AMOUNT, 'The balance would exceed its maximum', { field: 'delta' });
    const entry = await m.getRepository(PointsEntryEntity).save({
      userId: a.userId,
      communityId: a.communityId,
      streetId: a.streetId,
      estateId: a.estateId ?? null,
      delta: a.delta,
      balanceAfter: after,
      reason: a.reason,
      note: a.note ?? null,
      referenceType: a.referenceType ?? null,
      referenceId: a.referenceId ?? null,
      ruleId: a.rule?.id ?? null,
      ruleVersion: a.rule?.version ?? null,
      actorId: a.actorId ?? null,
      idempotencyKey: a.idempotencyKey,
    } as PointsEntryEntity);
    if (a.delta !== 0) {
      await m
        .createQueryBuilder()
        .update(PointsBalanceEntity)
        .set({ balance: () => `balance + ${Math.trunc(a.delta)}` })
        .where('userId = :u AND communityId = :c', { u: a.userId, c: a.communityId })
        .execute();
      balance.balance = after;
    }
    return entry;
  }

  /** The entry of an idempotency key, if it was used. */
  byKey(m: EntityManager | DataSource, key: string): Promise<PointsEntryEntity | null> {
    return m.getRepository(PointsEntryEntity).findOneBy({ idempotencyKey: key });
  }

  /** The current version of a community's rule for an event (null when none was set). */
  currentRule(
    m: EntityManager | DataSource,
    communityId: string,
    event: PointsEvent,
  ): Promise<PointsRuleEntity | null> {
    return m
      .getRepository(PointsRuleEntity)
      .createQueryBuilder('r')
      .where('r.communityId = :communityId AND r.event = :event', { communityId, event })
      .orderBy('r.version', 'DESC')
      .getOne();
  }

  /** The resident's estate in the community (their approved household binding), for estate leaderboards. */
  async estateOf(m: EntityManager | DataSource, userId: string, communityId: string): Promise<string | null> {
    const b = await m
      .getRepository(HouseholdBindingEntity)
      .findOne({ where: { userId, communityId, status: BindingStatus.APPROVED }, order: { createdAt: 'ASC' } });
    return b?.estateId ?? null;
  }

  /**
   * THE AWARD API other modules call (meeting attendance, booking no-show, ticket acceptance,
   * volunteer hours): prices the event by the community's current rule, applies its daily and
   * monthly caps, floors a penalty at the balance, and appends one entry — once per idempotency key,
   * also when sent concurrently. Pass `outer` to make the award part of the caller's transaction.
   * Returns `{ entry: null }` when the community has no enabled rule for the event (and no amount).
   */
  async award(req: AwardRequest, outer?: EntityManager, now = new Date()): Promise<AwardResult> {
    const earlier = await this.byKey(outer ?? this.ds, req.idempotencyKey);
    if (earlier) return { entry: earlier, created: false };
    try {
      return await this.withBalance(
        req,
        async (m, balance) => {
          const again = await this.byKey(m, req.idempotencyKey);
          if (again) return { entry: again, created: false };
          const rule = await this.currentRule(m, req.communityId, req.event);
          const usable = rule?.enabled ? rule : null;
          if (!usable && req.amount === undefined) return { entry: null, created: false };
          let delta = req.amount ?? (usable as PointsRuleEntity).points * (req.units ?? 1);
          delta = Math.trunc(delta);
          let note = req.note ?? null;
          if (delta > 0 && usable) {
            const room = await this.roomUnderCaps(m, req, usable, now);
            if (room < delta) {
              delta = Math.max(0, room);
              note = note ?? 'cap reached';
            }
          }
          // A penalty takes at most what there is: a balance never goes below zero.
          if (delta < 0 && balance.balance + delta < 0) {
            delta = -balance.balance;
            note = note ?? 'penalty limited to the balance';
          }
          const estateId =
            req.estateId === undefined ? await this.estateOf(m, req.userId, req.communityId) : req.estateId;
          const entry = await this.append(m, balance, {
            ...req,
            estateId,
            delta,
            note,
            reason: req.event as unknown as PointsReason,
            rule: usable,
          });
          return { entry, created: true };
        },
        outer,
      );
    } catch (err) {
      // Another process took the key between our check and our insert: theirs is the award.
      if (!outer && isUniqueViolation(err)) {
        const theirs = await this.byKey(this.ds, req.idempotencyKey);
        if (theirs) return { entry: theirs, created: false };
      }
      throw err;
    }
  }

  /** Points the rule still allows today and this month (Asia/Shanghai) for this resident and event. */
  private async roomUnderCaps(m: EntityManager, req: AwardRequest, rule: PointsRuleEntity, now: Date): Promise<number> {
    let room = Number.POSITIVE_INFINITY;
    const since = async (from: Date) => {
      const row = await m
        .getRepository(PointsEntryEntity)
        .createQueryBuilder('e')
        .select('COALESCE(SUM(e.delta), 0)', 'total')
        .where('e.userId = :u AND e.communityId = :c AND e.reason = :r AND e.createdAt >= :from', {
          u: req.userId,
          c: req.communityId,
          r: req.event,
          from: sqlDate(m.connection, from),
        })
        .getRawOne<{ total: string | number }>();
      return Number(row?.total ?? 0);
    };
    if (rule.dailyCap !== null) room = Math.min(room, rule.dailyCap - (await since(shanghaiDayStart(now))));
    if (rule.monthlyCap !== null) room = Math.min(room, rule.monthlyCap - (await since(shanghaiMonthStart(now))));
    return room;
  }
}

export { PointsEvent, PointsReason };
