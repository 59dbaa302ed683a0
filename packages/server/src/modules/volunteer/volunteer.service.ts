import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { badInput, fail, notFound } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import { contains } from '../../db/sql.js';
import { referenceRow } from '../../graphql/loaders/reference.loader.js';
import type { Connection, PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../identity/user.entity.js';
import { CommunityEntity } from '../org/community.entity.js';
import { PointsEvent } from '../points/points.enums.js';
import type { PointsLedger } from '../points/points-ledger.service.js';
import type { TicketService } from '../ticket/ticket.service.js';
import { VolunteerActivityEntity, VolunteerProfileEntity, VolunteerSignupEntity } from './volunteer.entity.js';
import { HoursStatus, SignupStatus } from './volunteer.enums.js';
import { VolunteerReasons as R } from './volunteer.errors.js';
import type {
  ApproveHoursInput,
  CheckInput,
  CreateActivityInput,
  CreateVolunteerFromTicketInput,
  SaveMyVolunteerProfileInput,
  UpdateVolunteerInput,
} from './volunteer.inputs.js';
import { activityPolicy, activityRead, placeOf, profileRead, signupPolicy, signupRead } from './volunteer.policy.js';

/** Tags as stored: `|古筝|first aid|` (trimmed, unique, at most 20). */
export function packTags(tags: readonly string[]): string {
  const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 20);
  return clean.length ? `|${clean.join('|')}|` : '';
}
export const unpackTags = (s: string): string[] => s.split('|').filter(Boolean);

const isSqlite = (db: { options: { type: string } }) => db.options.type === 'better-sqlite3';
/** The code at the place works from an hour before the start to an hour after the end. */
const CODE_SLACK_MS = 3600_000;

/** Volunteer service (志愿者服务): profiles, activities with capacity and waiting list, check-in/out, approved hours. */
export class VolunteerService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly tickets: TicketService,
    private readonly ledger: PointsLedger,
  ) {}

  private async community(id: string) {
    // The place of the request, authorized next: from the in-process reference cache.
    const c = await referenceRow(this.ds, CommunityEntity, id);
    if (!c) throw notFound('Community');
    return { streetId: c.streetId, communityId: c.id };
  }

  private audited(
    m: EntityManager,
    actor: Actor,
    viewer: Viewer,
    place: { streetId: string; communityId: string },
    e: {
      operation: string;
      targetType: string;
      targetId: string;
      summary: Record<string, unknown>;
    },
  ) {
    return this.audit.record(
      actor.meta,
      {
        ...e,
        grant: actingGrant(viewer, 'volunteer.manage', placeOf(place)),
        streetId: place.streetId,
        communityId: place.communityId,
      },
      m,
    );
  }

  /** A transaction shared with the points ledger (SQLite: one in-process queue; MariaDB: deadlocks retried). */
  private tx<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ledger.transaction(work);
  }

  // ---- profiles -----------------------------------------------------------------------------

  /** A community's volunteers (active ones unless asked), optionally with a skill, newest first (staff). */
  async volunteers(
    actor: Actor,
    communityId: string,
    f: { skill?: string | null; includeInactive?: boolean },
    page: PageArgs,
  ) {
    const place = await this.community(communityId);
    authorize(actor.viewer, activityPolicy, 'manage', place);
    const qb = scoped(this.ds, actor.viewer).query(profileRead, 'p').andWhere('p.communityId = :c', { c: communityId });
    if (!f.includeInactive) qb.andWhere('p.active = :on', { on: isSqlite(this.ds) ? 1 : true });
    if (f.skill?.trim()) {
      const [sql, params] = contains('p.skillTags', `|${f.skill.trim()}|`);
      qb.andWhere(sql, params);
    }
    return paginate(qb, page, (e) => e);
  }

  myProfile(actor: Actor, communityId: string): Promise<VolunteerProfileEntity | null> {
    const v = requireViewer(actor.viewer);
    return unscoped(this.ds, "the viewer's own profile")
      .repo(VolunteerProfileEntity)
      .findOneBy({ userId: v.userId, communityId });
  }

  /** A resident opts in (or out) as a volunteer of their community, with skills and availability. */
  async saveMyProfile(actor: Actor, input: SaveMyVolunteerProfileInput): Promise<VolunteerProfileEntity> {
    const place = await this.community(input.communityId);
    const viewer = authorize(actor.viewer, activityPolicy, 'signUp', place);
    const repo = this.ds.getRepository(VolunteerProfileEntity);
    const existing = await repo.findOneBy({ userId: viewer.userId, communityId: place.communityId });
    const fields = {
      skillTags: packTags(input.skills),
      availability: input.availability?.trim() || null,
      active: input.active ?? true,
    };
    if (existing) return repo.save(Object.assign(existing, fields));
    const user = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    return this.insertProfile({
      ...place,
      userId: viewer.userId,
      ...fields,
      partyMember: user.isPartyMember,
      sourceTicketId: null,
    });
  }

  private async insertProfile(row: Partial<VolunteerProfileEntity>, m: EntityManager | DataSource = this.ds) {
    try {
      return await m.getRepository(VolunteerProfileEntity).save(row as VolunteerProfileEntity);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return m
        .getRepository(VolunteerProfileEntity)
        .findOneByOrFail({ userId: row.userId, communityId: row.communityId });
    }
  }

  /**
   * One staff action: the resident who raised a "volunteer offer" ticket becomes a volunteer of its
   * community (the ticket read through the ticket module, so only staff who may read it in full),
   * with the skills staff took from it. An existing profile is reactivated and gains the skills.
   */
  async createFromTicket(actor: Actor, input: CreateVolunteerFromTicketInput): Promise<VolunteerProfileEntity> {
    const { ticket, access } = await this.tickets.get(actor.viewer, input.ticketId);
    // Acting on a ticket means reading it in full (a resident who sees the public form is told NOT_FOUND).
    if (!access.staff) throw notFound('Ticket');
    const place = { streetId: ticket.streetId, communityId: ticket.communityId };
    const viewer = authorize(actor.viewer, activityPolicy, 'manage', place);
    return this.tx(async (m) => {
      const repo = m.getRepository(VolunteerProfileEntity);
      const existing = await repo.findOneBy({ userId: ticket.submitterId, communityId: place.communityId });
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: ticket.submitterId });
      const row = existing
        ? await repo.save(
            Object.assign(existing, {
              active: true,
              skillTags: packTags([...unpackTags(existing.skillTags), ...input.skills]),
              availability: input.availability?.trim() || existing.availability,
              sourceTicketId: existing.sourceTicketId ?? ticket.id,
            }),
          )
        : await this.insertProfile(
            {
              ...place,
              userId: ticket.submitterId,
              skillTags: packTags(input.skills),
              availability: input.availability?.trim() || null,
              partyMember: user.isPartyMember,
              active: true,
              sourceTicketId: ticket.id,
            },
            m,
          );
      await this.audited(m, actor, viewer, place, {
        operation: 'volunteer.profile.fromTicket',
        targetType: 'VolunteerProfile',
        targetId: row.id,
        summary: { ticketId: ticket.id, skills: input.skills },
      });
      return row;
    });
  }

  /** Staff change a volunteer's skills, availability or party-member flag. */
  async updateProfile(actor: Actor, input: UpdateVolunteerInput): Promise<VolunteerProfileEntity> {
    const row = await scoped(this.ds, actor.viewer).get(profileRead, input.profileId);
    const viewer = authorize(actor.viewer, activityPolicy, 'manage', row);
    if (input.skills) row.skillTags = packTags(input.skills);
    if (input.availability !== undefined) row.availability = input.availability?.trim() || null;
    if (input.partyMember !== undefined && input.partyMember !== null) row.partyMember = input.partyMember;
    if (input.active !== undefined && input.active !== null) row.active = input.active;
    return this.ds.transaction(async (m) => {
      const saved = await m.getRepository(VolunteerProfileEntity).save(row);
      await this.audited(m, actor, viewer, row, {
        operation: 'volunteer.profile.update',
        targetType: 'VolunteerProfile',
        targetId: row.id,
        summary: { skills: input.skills ?? null, partyMember: input.partyMember ?? null },
      });
      return saved;
    });
  }

  // ---- activities ---------------------------------------------------------------------------

  async activities(actor: Actor, communityId: string, page: PageArgs) {
    const place = await this.community(communityId);
    if (!activityPolicy.read(requireViewer(actor.viewer), place)) throw notFound('Community');
    const qb = scoped(this.ds, actor.viewer)
      .query(activityRead, 'a')
      .andWhere('a.communityId = :c', { c: communityId });
    return paginate(qb, page, (e) => e);
  }

  activity(actor: Actor, id: string) {
    return scoped(this.ds, actor.viewer).get(activityRead, id);
  }

  async createActivity(actor: Actor, input: CreateActivityInput): Promise<VolunteerActivityEntity> {
    const place = await this.community(input.communityId);
    const viewer = authorize(actor.viewer, activityPolicy, 'manage', place);
    const title = input.title.trim();
    const where = input.place.trim();
    const deadline = input.signupDeadline ?? input.startsAt;
    if (
      !title ||
      !where ||
      input.capacity < 1 ||
      input.endsAt <= input.startsAt ||
      deadline > input.startsAt ||
      input.pointsPerHour < 0
    )
      throw fail(R.VOLUNTEER_BAD_ACTIVITY, 'Check the title, place, capacity and times', { field: 'title' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(VolunteerActivityEntity).save({
        ...place,
        title,
        description: input.description?.trim() || null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: where,
        capacity: input.capacity,
        organiserOrganisationId: input.organiserOrganisationId ?? null,
        skillsWanted: packTags(input.skillsWanted ?? []),
        pointsPerHour: input.pointsPerHour,
        signupDeadline: deadline,
        checkCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
        signedUpCount: 0,
        lastPosition: 0,
        createdById: viewer.userId,
      } as VolunteerActivityEntity);
      await this.audited(m, actor, viewer, place, {
        operation: 'volunteer.activity.create',
        targetType: 'VolunteerActivity',
        targetId: row.id,
        summary: { title, capacity: input.capacity },
      });
      return row;
    });
  }

  /** The activity row, locked for the rest of the transaction (MariaDB; SQLite runs one writer). */
  private lockActivity(m: EntityManager, id: string) {
    return m.getRepository(VolunteerActivityEntity).findOneOrFail({
      where: { id },
      lock: isSqlite(m.connection) ? undefined : { mode: 'pessimistic_write' },
    });
  }

  /**
   * A resident signs up: with the activity row locked, they take a place while the capacity lasts,
   * else join the waiting list; positions follow arrival (the lock's order). Signing up again
   * returns the existing place; after a cancellation it is a new arrival.
   */
  async signUp(actor: Actor, activityId: string, now = new Date()): Promise<VolunteerSignupEntity> {
    const a = await this.activity(actor, activityId);
    const viewer = authorize(actor.viewer, activityPolicy, 'signUp', a);
    if (now > a.signupDeadline) throw fail(R.VOLUNTEER_SIGNUP_CLOSED, 'Sign-up closed');
    return this.tx(async (m) => {
      const act = await this.lockActivity(m, activityId);
      const repo = m.getRepository(VolunteerSignupEntity);
      const mine = await repo.findOneBy({ activityId, userId: viewer.userId });
      if (mine && mine.status !== SignupStatus.CANCELLED) return mine;
      const seated = act.signedUpCount < act.capacity;
      const position = act.lastPosition + 1;
      await m
        .createQueryBuilder()
        .update(VolunteerActivityEntity)
        .set({ lastPosition: position, signedUpCount: act.signedUpCount + (seated ? 1 : 0) })
        .where('id = :id', { id: activityId })
        .execute();
      const fields = {
        status: seated ? SignupStatus.SIGNED_UP : SignupStatus.WAITING,
        position,
        checkedInAt: null,
        checkedOutAt: null,
        recordedMinutes: null,
        approvedMinutes: null,
        hoursStatus: HoursStatus.NONE,
        correctionReason: null,
        approvedById: null,
        approvedAt: null,
      };
      if (mine) return repo.save(Object.assign(mine, fields));
      return repo.save({
        activityId,
        userId: viewer.userId,
        streetId: act.streetId,
        communityId: act.communityId,
        ...fields,
      } as VolunteerSignupEntity);
    });
  }

  private async signup(actor: Actor, id: string) {
    const row = await unscoped(this.ds, 'judged by the sign-up policy next')
      .repo(VolunteerSignupEntity)
      .findOneBy({ id });
    if (!row || !actor.viewer || !signupPolicy.read(actor.viewer, row)) throw notFound('VolunteerSignup');
    return row;
  }

  /**
   * Cancels a place (the resident's own, or staff): if it was a seat, the first on the waiting list
   * (lowest position) moves up, in the same transaction.
   */
  async cancel(actor: Actor, signupId: string): Promise<VolunteerSignupEntity> {
    const s = await this.signup(actor, signupId);
    const viewer = authorize(actor.viewer, signupPolicy, 'cancel', s);
    return this.tx(async (m) => {
      const act = await this.lockActivity(m, s.activityId);
      const repo = m.getRepository(VolunteerSignupEntity);
      const row = await repo.findOneByOrFail({ id: signupId });
      if (row.status === SignupStatus.CANCELLED) return row;
      if (row.checkedInAt) throw fail(R.VOLUNTEER_WRONG_STEP, 'Already checked in');
      const wasSeated = row.status === SignupStatus.SIGNED_UP;
      row.status = SignupStatus.CANCELLED;
      await repo.save(row);
      if (wasSeated) {
        const next = await repo.findOne({
          where: { activityId: s.activityId, status: SignupStatus.WAITING },
          order: { position: 'ASC' },
        });
        if (next) await repo.update({ id: next.id }, { status: SignupStatus.SIGNED_UP });
        else
          await m
            .createQueryBuilder()
            .update(VolunteerActivityEntity)
            .set({ signedUpCount: act.signedUpCount - 1 })
            .where('id = :id', { id: act.id })
            .execute();
      }
      if (viewer.userId !== row.userId)
        await this.audited(m, actor, viewer, row, {
          operation: 'volunteer.signup.cancel',
          targetType: 'VolunteerSignup',
          targetId: row.id,
          summary: { userId: row.userId },
        });
      return row;
    });
  }

  /** Staff by sign-up id, or the volunteer with the code shown at the place. */
  private async forCheck(actor: Actor, input: CheckInput, now: Date) {
    if (input.signupId) {
      const s = await this.signup(actor, input.signupId);
      const viewer = authorize(actor.viewer, signupPolicy, 'check', s);
      return { s, viewer, staff: true };
    }
    if (!input.activityId || !input.code)
      throw badInput('signupId', 'Give a sign-up (staff) or an activity and its code');
    const a = await this.activity(actor, input.activityId);
    const viewer = authorize(actor.viewer, activityPolicy, 'signUp', a);
    const on =
      now.getTime() >= a.startsAt.getTime() - CODE_SLACK_MS && now.getTime() <= a.endsAt.getTime() + CODE_SLACK_MS;
    if (input.code.trim() !== a.checkCode || !on)
      throw fail(R.VOLUNTEER_WRONG_CODE, 'Wrong code, or not now', { field: 'code' });
    const s = await this.ds.getRepository(VolunteerSignupEntity).findOneBy({ activityId: a.id, userId: viewer.userId });
    if (!s) throw fail(R.VOLUNTEER_NOT_SIGNED_UP, 'Not on the list');
    return { s, viewer, staff: false };
  }

  async checkIn(actor: Actor, input: CheckInput, now = new Date()) {
    const { s, viewer, staff } = await this.forCheck(actor, input, now);
    if (s.status !== SignupStatus.SIGNED_UP) throw fail(R.VOLUNTEER_NOT_SIGNED_UP, 'Not signed up');
    return this.ds.transaction(async (m) => {
      const r = await m
        .createQueryBuilder()
        .update(VolunteerSignupEntity)
        .set({ checkedInAt: now })
        .where('id = :id AND checkedInAt IS NULL', { id: s.id })
        .execute();
      if (!r.affected) throw fail(R.VOLUNTEER_WRONG_STEP, 'Already checked in');
      if (staff)
        await this.audited(m, actor, viewer, s, {
          operation: 'volunteer.checkIn',
          targetType: 'VolunteerSignup',
          targetId: s.id,
          summary: { userId: s.userId },
        });
      return { ...s, checkedInAt: now };
    });
  }

  async checkOut(actor: Actor, input: CheckInput, now = new Date()) {
    const { s, viewer, staff } = await this.forCheck(actor, input, now);
    if (!s.checkedInAt) throw fail(R.VOLUNTEER_WRONG_STEP, 'Not checked in');
    const minutes = Math.max(0, Math.round((now.getTime() - s.checkedInAt.getTime()) / 60_000));
    return this.ds.transaction(async (m) => {
      const r = await m
        .createQueryBuilder()
        .update(VolunteerSignupEntity)
        .set({ checkedOutAt: now, recordedMinutes: minutes, hoursStatus: HoursStatus.RECORDED })
        .where('id = :id AND checkedOutAt IS NULL AND checkedInAt IS NOT NULL', { id: s.id })
        .execute();
      if (!r.affected) throw fail(R.VOLUNTEER_WRONG_STEP, 'Already checked out');
      if (staff)
        await this.audited(m, actor, viewer, s, {
          operation: 'volunteer.checkOut',
          targetType: 'VolunteerSignup',
          targetId: s.id,
          summary: { minutes },
        });
      return { ...s, checkedOutAt: now, recordedMinutes: minutes, hoursStatus: HoursStatus.RECORDED };
    });
  }

  /**
   * Staff approve the recorded hours, or correct them with a reason; only then do they count: the
   * points (minutes × points per hour ÷ 60, under the community's VOLUNTEER_HOURS caps) are awarded
   * in the same transaction with the key `volunteer.hours:<signupId>`.
   */
  async approve(actor: Actor, input: ApproveHoursInput): Promise<VolunteerSignupEntity> {
    const s = await this.signup(actor, input.signupId);
    const viewer = authorize(actor.viewer, signupPolicy, 'approve', s);
    if (s.hoursStatus !== HoursStatus.RECORDED || s.recordedMinutes === null)
      throw fail(R.VOLUNTEER_WRONG_STEP, 'No recorded hours to approve');
    const minutes = input.minutes ?? s.recordedMinutes;
    if (minutes < 0 || minutes > 24 * 60) throw badInput('minutes', 'Between 0 and 1440 minutes');
    const reason = input.reason?.trim() || null;
    if (minutes !== s.recordedMinutes && !reason)
      throw fail(R.VOLUNTEER_REASON_REQUIRED, 'Say why the hours differ', { field: 'reason' });
    const a = await this.ds.getRepository(VolunteerActivityEntity).findOneByOrFail({ id: s.activityId });
    const now = new Date();
    return this.tx(async (m) => {
      const r = await m
        .createQueryBuilder()
        .update(VolunteerSignupEntity)
        .set({
          hoursStatus: HoursStatus.APPROVED,
          approvedMinutes: minutes,
          correctionReason: reason,
          approvedById: viewer.userId,
          approvedAt: now,
        })
        .where('id = :id AND hoursStatus = :st', { id: s.id, st: HoursStatus.RECORDED })
        .execute();
      if (!r.affected) throw fail(R.VOLUNTEER_WRONG_STEP, 'Approved already');
      const amount = Math.floor((minutes * a.pointsPerHour) / 60);
      if (amount > 0)
        await this.ledger.award(
          {
            userId: s.userId,
            communityId: s.communityId,
            streetId: s.streetId,
            event: PointsEvent.VOLUNTEER_HOURS,
            amount,
            idempotencyKey: `volunteer.hours:${s.id}`,
            referenceType: 'VolunteerSignup',
            referenceId: s.id,
            note: `${a.title} · ${minutes} min`.slice(0, 500),
            actorId: viewer.userId,
          },
          m,
        );
      await this.audited(m, actor, viewer, s, {
        operation: 'volunteer.hours.approve',
        targetType: 'VolunteerSignup',
        targetId: s.id,
        summary: { recorded: s.recordedMinutes, approved: minutes, reason },
      });
      return {
        ...s,
        hoursStatus: HoursStatus.APPROVED,
        approvedMinutes: minutes,
        correctionReason: reason,
        approvedById: viewer.userId,
        approvedAt: now,
      };
    });
  }

  // ---- lists --------------------------------------------------------------------------------

  /** An activity's list in arrival order (seats then waiting, by position) — staff. */
  async signups(
    actor: Actor,
    activity: string | VolunteerActivityEntity,
    status: SignupStatus | null | undefined,
    page: PageArgs,
  ): Promise<Connection<VolunteerSignupEntity>> {
    // The activity as read through the viewer's scope (by id here, or by the caller, who keeps it).
    const a = typeof activity === 'string' ? await this.activity(actor, activity) : activity;
    const activityId = a.id;
    authorize(actor.viewer, activityPolicy, 'manage', a);
    const qb = scoped(this.ds, actor.viewer).query(signupRead, 's').andWhere('s.activityId = :a', { a: activityId });
    if (status) qb.andWhere('s.status = :st', { st: status });
    const totalCount = await qb.clone().getCount();
    const after = page.after ? decodePosition(page.after) : 0;
    const rows = await qb
      .andWhere('s.position > :after', { after })
      .orderBy('s.position', 'ASC')
      .take(page.first + 1)
      .getMany();
    const items = rows.slice(0, page.first);
    const edges = items.map((node) => ({ cursor: encodePosition(node.position), node }));
    return {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage: rows.length > page.first,
        hasPreviousPage: after > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Hours waiting for approval (or in another hours state) in a community, oldest first — staff. */
  async hoursQueue(actor: Actor, communityId: string, hoursStatus: HoursStatus, page: PageArgs) {
    const place = await this.community(communityId);
    authorize(actor.viewer, activityPolicy, 'manage', place);
    const qb = scoped(this.ds, actor.viewer)
      .query(signupRead, 's')
      .andWhere('s.communityId = :c AND s.hoursStatus = :h', { c: communityId, h: hoursStatus });
    return paginate(qb, page, (e) => e, 'ASC');
  }

  /** The viewer's own sign-ups, newest first. */
  mySignups(actor: Actor, page: PageArgs) {
    const v = requireViewer(actor.viewer);
    const qb = unscoped(this.ds, "the viewer's own sign-ups")
      .query(VolunteerSignupEntity, 's')
      .where('s.userId = :u', { u: v.userId });
    return paginate(qb, page, (e) => e);
  }

  /** A resident's record: approved hours per year (of the activity's start, Asia/Shanghai) and in total. */
  async record(actor: Actor, communityId: string | null | undefined) {
    const v = requireViewer(actor.viewer);
    const qb = unscoped(this.ds, "the viewer's own record")
      .query(VolunteerSignupEntity, 's')
      .innerJoin(VolunteerActivityEntity, 'a', 'a.id = s.activityId')
      .select('a.startsAt', 'startsAt')
      .addSelect('s.approvedMinutes', 'minutes')
      .where('s.userId = :u AND s.hoursStatus = :h', { u: v.userId, h: HoursStatus.APPROVED });
    if (communityId) qb.andWhere('s.communityId = :c', { c: communityId });
    const rows = await qb.getRawMany<{ startsAt: string | Date; minutes: number }>();
    const years = new Map<number, { minutes: number; activities: number }>();
    for (const r of rows) {
      const at = r.startsAt instanceof Date ? r.startsAt : new Date(`${String(r.startsAt).replace(' ', 'T')}Z`);
      const year = new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
      const y = years.get(year) ?? { minutes: 0, activities: 0 };
      y.minutes += Number(r.minutes);
      y.activities += 1;
      years.set(year, y);
    }
    const list = [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, y]) => ({ year, ...y }));
    return { years: list, totalMinutes: list.reduce((n, y) => n + y.minutes, 0), activities: rows.length };
  }
}

const encodePosition = (n: number) => Buffer.from(`p:${n}`).toString('base64url');
function decodePosition(cursor: string): number {
  const m = /^p:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'Invalid cursor');
  return Number(m[1]);
}
