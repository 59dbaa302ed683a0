import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { badInput, conflict, fail, notFound } from '../../common/errors.js';
import { newId } from '../../db/ids.js';
import { sqlDate } from '../../db/sql.js';
import { referenceRow } from '../../graphql/loaders/reference.loader.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../identity/user.entity.js';
import { CommunityEntity } from '../org/community.entity.js';
import { LEADERBOARD_REASONS, LeaderboardPeriod, PointsEvent, PointsReason, RedemptionStatus } from './points.enums.js';
import { PointsReasons as R } from './points.errors.js';
import type { AdjustPointsInput, LedgerFilter, SavePointsRewardInput, SetPointsRuleInput } from './points.inputs.js';
import {
  placeOf,
  pointsEntryRead,
  pointsPolicy,
  redemptionPolicy,
  redemptionStaffRead,
  rewardRead,
} from './points.policy.js';
import { shanghaiMonthStart, shanghaiYearStart } from './points.time.js';
import { PointsBalanceEntity } from './points-balance.entity.js';
import { PointsEntryEntity } from './points-entry.entity.js';
import type { PointsLedger } from './points-ledger.service.js';
import { PointsPreferenceEntity, PointsRedemptionEntity, PointsRewardEntity } from './points-reward.entity.js';
import { PointsRuleEntity } from './points-rule.entity.js';

export interface LeaderboardRow {
  rank: number;
  userId: string;
  displayName: string;
  points: number;
}

const isSqlite = (m: { options: { type: string } }) => m.options.type === 'better-sqlite3';

/** Rules, the ledger browser, adjustments, leaderboards and the reward catalogue with redemptions. */
export class PointsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly ledger: PointsLedger,
  ) {}

  /** The community, NOT_FOUND if missing; the caller authorizes on it. */
  async community(id: string): Promise<CommunityEntity> {
    // The place of the request, authorized by the caller next: from the in-process reference cache.
    const c = await referenceRow(this.ds, CommunityEntity, id);
    if (!c) throw notFound('Community');
    return c;
  }

  private async placed(actor: Actor, communityId: string, ability: 'view' | 'browse' | 'manage' | 'redeem') {
    const c = await this.community(communityId);
    const place = { streetId: c.streetId, communityId: c.id };
    const viewer = authorize(actor.viewer, pointsPolicy, ability, place);
    return { c, place, viewer };
  }

  private auditEntry(viewer: Viewer, place: { streetId: string; communityId: string }) {
    return {
      grant: actingGrant(viewer, 'points.manage', placeOf(place)),
      streetId: place.streetId,
      communityId: place.communityId,
    };
  }

  // ---- rules --------------------------------------------------------------------------------

  /** A community's rules, newest version first; current versions only unless `includeRetired`. */
  async rules(actor: Actor, communityId: string, includeRetired: boolean, page: PageArgs) {
    await this.placed(actor, communityId, 'view');
    const qb = unscoped(this.ds, 'rules are public to the community (authorized above)')
      .query(PointsRuleEntity, 'r')
      .where('r.communityId = :communityId', { communityId });
    if (!includeRetired) qb.andWhere('r.retiredAt IS NULL');
    return paginate(qb, page, (e) => e);
  }

  /** Sets a rule: inserts the next version and retires the current one (awards keep their version). */
  async setRule(actor: Actor, input: SetPointsRuleInput): Promise<PointsRuleEntity> {
    const { place, viewer } = await this.placed(actor, input.communityId, 'manage');
    const penalty = input.event === PointsEvent.BOOKING_NO_SHOW;
    if ((penalty && input.points > 0) || (!penalty && input.points < 0))
      throw fail(R.POINTS_BAD_RULE, 'A penalty is negative, an award positive', { field: 'points' });
    if ((input.dailyCap ?? 1) < 1 || (input.monthlyCap ?? 1) < 1)
      throw fail(R.POINTS_BAD_RULE, 'Caps are positive', { field: 'dailyCap' });
    return this.ds.transaction(async (m) => {
      const current = await this.ledger.currentRule(m, input.communityId, input.event);
      const now = new Date();
      if (current) {
        const r = await m
          .createQueryBuilder()
          .update(PointsRuleEntity)
          .set({ retiredAt: now })
          .where('id = :id AND retiredAt IS NULL', { id: current.id })
          .execute();
        if (!r.affected) throw conflict('The rule changed meanwhile: reload and try again');
      }
      const row = await m.getRepository(PointsRuleEntity).save({
        ...place,
        event: input.event,
        version: (current?.version ?? 0) + 1,
        points: input.points,
        dailyCap: input.dailyCap ?? null,
        monthlyCap: input.monthlyCap ?? null,
        enabled: input.enabled ?? true,
        retiredAt: null,
        note: input.note?.trim() || null,
        createdById: viewer.userId,
      } as PointsRuleEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'points.rule.set',
          targetType: 'PointsRule',
          targetId: row.id,
          ...this.auditEntry(viewer, place),
          summary: { event: row.event, version: row.version, points: row.points },
        },
        m,
      );
      return row;
    });
  }

  // ---- ledger -------------------------------------------------------------------------------

  /** The ledger browser: a community's entries, newest first, with filters (staff). */
  async entries(actor: Actor, f: LedgerFilter, page: PageArgs) {
    await this.placed(actor, f.communityId, 'browse');
    const qb = scoped(this.ds, actor.viewer)
      .query(pointsEntryRead, 'e')
      .andWhere('e.communityId = :c', { c: f.communityId });
    if (f.userId) qb.andWhere('e.userId = :u', { u: f.userId });
    if (f.reason) qb.andWhere('e.reason = :r', { r: f.reason });
    if (f.from) qb.andWhere('e.createdAt >= :from', { from: sqlDate(this.ds, f.from) });
    if (f.to) qb.andWhere('e.createdAt < :to', { to: sqlDate(this.ds, f.to) });
    return paginate(qb, page, (e) => e);
  }

  /** The viewer's own entries in a community. */
  myEntries(actor: Actor, communityId: string, page: PageArgs) {
    const viewer = requireUser(actor);
    const qb = unscoped(this.ds, "the viewer's own entries")
      .query(PointsEntryEntity, 'e')
      .where('e.communityId = :c AND e.userId = :u', { c: communityId, u: viewer.userId });
    return paginate(qb, page, (e) => e);
  }

  /** The viewer's balance in a community (0 before any entry). */
  async myBalance(actor: Actor, communityId: string): Promise<number> {
    const viewer = requireUser(actor);
    const row = await unscoped(this.ds, "the viewer's own balance")
      .repo(PointsBalanceEntity)
      .findOneBy({ userId: viewer.userId, communityId });
    return row?.balance ?? 0;
  }

  /** A staff adjustment with a reason in words (positive or negative, never below zero), audited. */
  async adjust(actor: Actor, input: AdjustPointsInput): Promise<PointsEntryEntity> {
    const { place, viewer } = await this.placed(actor, input.communityId, 'manage');
    const note = input.note.trim();
    if (!note) throw fail(R.POINTS_BLANK_REASON, 'Say why', { field: 'note' });
    if (!Number.isInteger(input.delta) || input.delta === 0)
      throw fail(R.POINTS_BAD_AMOUNT, 'An adjustment is a non-zero whole number', { field: 'delta' });
    const user = await unscoped(this.ds, 'the resident named by staff')
      .repo(UserEntity)
      .findOneBy({ id: input.userId });
    if (!user) throw notFound('User');
    const key = `manual:${input.idempotencyKey ?? newId()}`;
    const earlier = await this.ledger.byKey(this.ds, key);
    if (earlier) return earlier;
    return this.ledger.withBalance({ userId: user.id, ...place }, async (m, balance) => {
      const again = await this.ledger.byKey(m, key);
      if (again) return again;
      const entry = await this.ledger.append(m, balance, {
        userId: user.id,
        ...place,
        estateId: await this.ledger.estateOf(m, user.id, place.communityId),
        delta: input.delta,
        reason: PointsReason.MANUAL,
        note,
        idempotencyKey: key,
        actorId: viewer.userId,
      });
      await this.audit.record(
        actor.meta,
        {
          operation: 'points.adjust',
          targetType: 'PointsEntry',
          targetId: entry.id,
          ...this.auditEntry(viewer, place),
          summary: { userId: user.id, delta: input.delta, note },
        },
        m,
      );
      return entry;
    });
  }

  // ---- leaderboard --------------------------------------------------------------------------

  /**
   * Points earned (awards, penalties, adjustments; not spending) in a community or one of its
   * estates over a period, highest first; ties go to whoever reached the total first, then by id.
   * Residents who opted out are left off. Offsets as cursors (a ranking has no stable keys).
   */
  async leaderboard(
    actor: Actor,
    a: { communityId: string; estateId?: string | null; period: LeaderboardPeriod },
    page: PageArgs,
    now = new Date(),
  ) {
    await this.placed(actor, a.communityId, 'view');
    const base = () => {
      const qb = unscoped(this.ds, 'the leaderboard is public to the community (authorized above): display names only')
        .query(PointsEntryEntity, 'e')
        .leftJoin(PointsPreferenceEntity, 'p', 'p.userId = e.userId')
        .where('e.communityId = :c', { c: a.communityId })
        .andWhere('e.reason IN (:...reasons)', { reasons: LEADERBOARD_REASONS })
        .andWhere('COALESCE(p.leaderboardOptOut, 0) = 0');
      if (a.estateId) qb.andWhere('e.estateId = :estate', { estate: a.estateId });
      const from =
        a.period === LeaderboardPeriod.MONTH
          ? shanghaiMonthStart(now)
          : a.period === LeaderboardPeriod.YEAR
            ? shanghaiYearStart(now)
            : null;
      if (from) qb.andWhere('e.createdAt >= :from', { from: sqlDate(this.ds, from) });
      return qb.groupBy('e.userId').having('SUM(e.delta) > 0');
    };
    const offset = page.after ? decodeOffset(page.after) : 0;
    const counted = await this.ds
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from(`(${base().select('e.userId', 'userId').getQuery()})`, 'g')
      .setParameters(base().getParameters())
      .getRawOne<{ n: string | number }>();
    const totalCount = Number(counted?.n ?? 0);
    const rows = await base()
      .select('e.userId', 'userId')
      .addSelect('SUM(e.delta)', 'points')
      .addSelect('MAX(e.createdAt)', 'lastAt')
      .addSelect('MAX(u.displayName)', 'displayName')
      .innerJoin(UserEntity, 'u', 'u.id = e.userId')
      .orderBy('points', 'DESC')
      .addOrderBy('lastAt', 'ASC')
      .addOrderBy('e.userId', 'ASC')
      .offset(offset)
      .limit(page.first + 1)
      .getRawMany<{ userId: string; points: string | number; displayName: string }>();
    const items = rows.slice(0, page.first).map(
      (r, i): LeaderboardRow => ({
        rank: offset + i + 1,
        userId: r.userId,
        displayName: r.displayName,
        points: Number(r.points),
      }),
    );
    const edges = items.map((node) => ({ cursor: encodeOffset(node.rank), node }));
    return {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage: rows.length > page.first,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** A resident leaves (or rejoins) the leaderboards; they keep collecting points. */
  async setLeaderboardOptOut(actor: Actor, optOut: boolean): Promise<boolean> {
    const viewer = requireUser(actor);
    await this.ds
      .getRepository(PointsPreferenceEntity)
      .upsert({ userId: viewer.userId, leaderboardOptOut: optOut }, ['userId']);
    return optOut;
  }

  async optedOut(userId: string): Promise<boolean> {
    const row = await this.ds.getRepository(PointsPreferenceEntity).findOneBy({ userId });
    return row?.leaderboardOptOut ?? false;
  }

  // ---- rewards and redemptions ---------------------------------------------------------------

  /** A community's catalogue, newest first (inactive rewards for staff only). */
  async rewards(actor: Actor, communityId: string, includeInactive: boolean, page: PageArgs) {
    const { place } = await this.placed(actor, communityId, 'view');
    const staff = actor.viewer ? pointsPolicy.abilities.manage(actor.viewer, place) : false;
    const qb = scoped(this.ds, actor.viewer).query(rewardRead, 'w').andWhere('w.communityId = :c', { c: communityId });
    if (!(includeInactive && staff)) qb.andWhere('w.active = :on', { on: isSqlite(this.ds) ? 1 : true });
    return paginate(qb, page, (e) => e);
  }

  /** Creates or changes a reward (staff), audited. */
  async saveReward(actor: Actor, input: SavePointsRewardInput): Promise<PointsRewardEntity> {
    const { place, viewer } = await this.placed(actor, input.communityId, 'manage');
    if (input.cost < 1 || input.stock < 0 || (input.perPersonLimit ?? 1) < 1)
      throw fail(R.POINTS_BAD_AMOUNT, 'Cost at least 1, stock not negative, limit at least 1', { field: 'cost' });
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(PointsRewardEntity);
      let row: PointsRewardEntity;
      if (input.id) {
        const found = await repo.findOneBy({ id: input.id, communityId: input.communityId });
        if (!found) throw notFound('PointsReward');
        row = await repo.save(Object.assign(found, fields(input)));
      } else {
        row = await repo.save({ ...place, ...fields(input) } as PointsRewardEntity);
      }
      await this.audit.record(
        actor.meta,
        {
          operation: 'points.reward.save',
          targetType: 'PointsReward',
          targetId: row.id,
          ...this.auditEntry(viewer, place),
          summary: { name: row.name, cost: row.cost, stock: row.stock },
        },
        m,
      );
      return row;
    });
  }

  /**
   * A resident redeems a reward: in one transaction, with their balance row locked, the per-person
   * limit is checked, the stock taken by a conditional UPDATE (`stock > 0`), the points deducted
   * (never below zero) and a pick-up code issued.
   */
  async redeem(actor: Actor, rewardId: string): Promise<PointsRedemptionEntity> {
    const reward = await scoped(this.ds, actor.viewer).get(rewardRead, rewardId);
    const place = { streetId: reward.streetId, communityId: reward.communityId };
    const viewer = authorize(actor.viewer, pointsPolicy, 'redeem', place);
    return this.ledger.withBalance({ userId: viewer.userId, ...place }, async (m, balance) => {
      if (balance.balance < reward.cost) throw fail(R.POINTS_INSUFFICIENT, 'Not enough points');
      if (reward.perPersonLimit !== null) {
        const open = await m.getRepository(PointsRedemptionEntity).count({
          where: [
            { userId: viewer.userId, rewardId, status: RedemptionStatus.RESERVED },
            { userId: viewer.userId, rewardId, status: RedemptionStatus.HANDED_OVER },
          ],
        });
        if (open >= reward.perPersonLimit) throw fail(R.POINTS_LIMIT_REACHED, 'Limit reached for this reward');
      }
      const took = await m
        .createQueryBuilder()
        .update(PointsRewardEntity)
        .set({ stock: () => 'stock - 1' })
        .where('id = :id AND stock > 0 AND active = :on', { id: rewardId, on: isSqlite(m.connection) ? 1 : true })
        .execute();
      if (!took.affected) throw fail(R.POINTS_OUT_OF_STOCK, 'Out of stock');
      const redemption = await m.getRepository(PointsRedemptionEntity).save({
        ...place,
        rewardId,
        userId: viewer.userId,
        cost: reward.cost,
        status: RedemptionStatus.RESERVED,
        pickupCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
        handedOverAt: null,
        handedOverById: null,
        cancelledAt: null,
      } as PointsRedemptionEntity);
      await this.ledger.append(m, balance, {
        userId: viewer.userId,
        ...place,
        delta: -reward.cost,
        reason: PointsReason.REDEMPTION,
        referenceType: 'PointsRedemption',
        referenceId: redemption.id,
        idempotencyKey: `redemption:${redemption.id}`,
        actorId: viewer.userId,
      });
      return redemption;
    });
  }

  /** The redemption, NOT_FOUND unless the viewer redeemed it or staff browse its community. */
  async redemption(actor: Actor, id: string): Promise<PointsRedemptionEntity> {
    const r = await unscoped(this.ds, 'checked by the redemption policy next')
      .repo(PointsRedemptionEntity)
      .findOneBy({ id });
    if (!r || !actor.viewer || !redemptionPolicy.read(actor.viewer, r)) throw notFound('PointsRedemption');
    return r;
  }

  /** Cancels a reserved redemption: the points and the item go back, once. */
  async cancelRedemption(actor: Actor, id: string): Promise<PointsRedemptionEntity> {
    const r = await this.redemption(actor, id);
    const viewer = authorize(actor.viewer, redemptionPolicy, 'cancel', r);
    const place = { streetId: r.streetId, communityId: r.communityId };
    return this.ledger.withBalance({ userId: r.userId, ...place }, async (m, balance) => {
      const now = new Date();
      const closed = await m
        .createQueryBuilder()
        .update(PointsRedemptionEntity)
        .set({ status: RedemptionStatus.CANCELLED, cancelledAt: now })
        .where('id = :id AND status = :s', { id, s: RedemptionStatus.RESERVED })
        .execute();
      if (!closed.affected) throw fail(R.POINTS_REDEMPTION_CLOSED, 'Not reserved any more');
      await m
        .createQueryBuilder()
        .update(PointsRewardEntity)
        .set({ stock: () => 'stock + 1' })
        .where('id = :id', { id: r.rewardId })
        .execute();
      await this.ledger.append(m, balance, {
        userId: r.userId,
        ...place,
        delta: r.cost,
        reason: PointsReason.REDEMPTION_REFUND,
        referenceType: 'PointsRedemption',
        referenceId: r.id,
        idempotencyKey: `redemption.refund:${r.id}`,
        actorId: viewer.userId,
      });
      if (viewer.userId !== r.userId)
        await this.audit.record(
          actor.meta,
          {
            operation: 'points.redemption.cancel',
            targetType: 'PointsRedemption',
            targetId: r.id,
            ...this.auditEntry(viewer, place),
            summary: { userId: r.userId, cost: r.cost },
          },
          m,
        );
      return { ...r, status: RedemptionStatus.CANCELLED, cancelledAt: now };
    });
  }

  /** Staff hand the item over against the resident's pick-up code, audited. */
  async handOver(actor: Actor, id: string, pickupCode: string): Promise<PointsRedemptionEntity> {
    const r = await this.redemption(actor, id);
    const viewer = authorize(actor.viewer, redemptionPolicy, 'handOver', r);
    if (r.pickupCode !== pickupCode.trim())
      throw fail(R.POINTS_WRONG_PICKUP_CODE, 'Wrong pick-up code', { field: 'pickupCode' });
    const place = { streetId: r.streetId, communityId: r.communityId };
    return this.ds.transaction(async (m: EntityManager) => {
      const now = new Date();
      const done = await m
        .createQueryBuilder()
        .update(PointsRedemptionEntity)
        .set({ status: RedemptionStatus.HANDED_OVER, handedOverAt: now, handedOverById: viewer.userId })
        .where('id = :id AND status = :s', { id, s: RedemptionStatus.RESERVED })
        .execute();
      if (!done.affected) throw fail(R.POINTS_REDEMPTION_CLOSED, 'Not reserved any more');
      await this.audit.record(
        actor.meta,
        {
          operation: 'points.redemption.handOver',
          targetType: 'PointsRedemption',
          targetId: r.id,
          ...this.auditEntry(viewer, place),
          summary: { userId: r.userId },
        },
        m,
      );
      return { ...r, status: RedemptionStatus.HANDED_OVER, handedOverAt: now, handedOverById: viewer.userId };
    });
  }

  /** A community's redemptions (staff), newest first. */
  async redemptions(actor: Actor, communityId: string, status: RedemptionStatus | null | undefined, page: PageArgs) {
    await this.placed(actor, communityId, 'browse');
    const qb = scoped(this.ds, actor.viewer)
      .query(redemptionStaffRead, 'r')
      .andWhere('r.communityId = :c', { c: communityId });
    if (status) qb.andWhere('r.status = :s', { s: status });
    return paginate(qb, page, (e) => e);
  }

  /** The viewer's own redemptions (with their pick-up codes). */
  myRedemptions(actor: Actor, page: PageArgs) {
    const viewer = requireUser(actor);
    const qb = unscoped(this.ds, "the viewer's own redemptions")
      .query(PointsRedemptionEntity, 'r')
      .where('r.userId = :u', { u: viewer.userId });
    return paginate(qb, page, (e) => e);
  }
}

function fields(input: SavePointsRewardInput) {
  return {
    name: input.name.trim(),
    description: input.description?.trim() || null,
    cost: input.cost,
    stock: input.stock,
    perPersonLimit: input.perPersonLimit ?? null,
    active: input.active ?? true,
  };
}

const requireUser = (actor: Actor): Viewer => requireViewer(actor.viewer);

const encodeOffset = (n: number) => Buffer.from(`o:${n}`).toString('base64url');
function decodeOffset(cursor: string): number {
  const m = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'Invalid cursor');
  return Number(m[1]);
}
