import { randomBytes } from 'node:crypto';
import { type DataSource, IsNull } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { SessionEntity } from '../identity/session.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { WechatIdentityEntity } from '../identity/wechat-identity.entity.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { VoteVoterEntity } from '../vote/vote.entity.js';
import { ErasureRequestEntity } from './privacy.entity.js';
import { ErasureStatus } from './privacy.enums.js';
import { PrivacyReasons as R } from './privacy.errors.js';
import { collectExport, exportHtml } from './privacy.export.js';
import { erasurePolicy, erasureRead, placeOfErasure } from './privacy.policy.js';

/** Working days staff have to complete an erasure request (counted in the working-day calendar). */
export const ERASURE_WORKING_DAYS = 15;
/** The name an erased account shows everywhere (its tickets' submitter, ballots, ledger). */
export const ERASED_NAME = '已注销居民';

export class PrivacyService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
  ) {}

  /** The signed-in user's own data as JSON sections and a readable HTML page. */
  exportMine(actor: Actor) {
    return this.exportFor(requireViewer(actor.viewer));
  }

  /** The same for a viewer found by a REST route. */
  async exportFor(viewer: Viewer) {
    const generatedAt = new Date();
    const sections = await collectExport(this.ds, viewer.userId);
    const data: Record<string, unknown> = { generatedAt: generatedAt.toISOString(), userId: viewer.userId };
    for (const s of sections) data[s.key] = s.key === 'profile' ? s.rows[0] : s.rows;
    return { generatedAt, data, html: exportHtml(sections, generatedAt) };
  }

  /** A resident asks to be erased: once per account, due in 15 working days. */
  async requestErasure(actor: Actor): Promise<ErasureRequestEntity> {
    const viewer = requireViewer(actor.viewer);
    if (!viewer.hasRole(Role.RESIDENT) || viewer.isStaff) {
      throw fail(R.PRIVACY_ERASURE_RESIDENTS_ONLY, 'Only a resident account may ask for its erasure');
    }
    const db = unscoped(this.ds, "the requester's own rows");
    if (await db.repo(ErasureRequestEntity).existsBy({ userId: viewer.userId })) {
      throw fail(R.PRIVACY_ERASURE_ALREADY_REQUESTED, 'Erasure has been requested already');
    }
    const home = viewer.grants.find((g) => g.role === Role.RESIDENT && g.communityId);
    const now = new Date();
    const { dueAt } = (await this.calendar.ready()).dueAt(now, ERASURE_WORKING_DAYS);
    const draft = {
      userId: viewer.userId,
      streetId: home?.streetId ?? null,
      communityId: home?.communityId ?? null,
      status: ErasureStatus.PENDING,
      dueAt,
      completedAt: null,
      completedById: null,
    };
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(ErasureRequestEntity).save(draft as ErasureRequestEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'privacy.erasure.request',
          targetType: 'ErasureRequest',
          targetId: row.id,
          grant: null,
          streetId: draft.streetId,
          communityId: draft.communityId,
          summary: { dueAt: dueAt.toISOString() },
        },
        m,
      );
      return row;
    });
  }

  /** The viewer's own request, if any. */
  mine(actor: Actor) {
    const viewer = requireViewer(actor.viewer);
    return unscoped(this.ds, "the requester's own row").repo(ErasureRequestEntity).findOneBy({ userId: viewer.userId });
  }

  /** A page of erasure requests the viewer may handle, oldest (soonest due) first (optionally one community, one status). */
  list(actor: Actor, page: PageArgs, f: { communityId?: string | null; status?: ErasureStatus | null }) {
    const qb = scoped(this.ds, actor.viewer).query(erasureRead, 'er');
    if (f.communityId) qb.andWhere('er.communityId = :communityId', { communityId: f.communityId });
    if (f.status) qb.andWhere('er.status = :status', { status: f.status });
    return paginate(qb, page, (e) => e, 'ASC');
  }

  /**
   * Completes an erasure (staff of the resident's community, street and system administrators),
   * audited: the account is anonymised and can no longer sign in; its tickets, ballots and ledger
   * rows stay (the figures keep counting them) without a name or phone.
   */
  async completeErasure(actor: Actor, id: string): Promise<ErasureRequestEntity> {
    const req = await unscoped(this.ds, 'the request, checked by the policy next')
      .repo(ErasureRequestEntity)
      .findOneBy({ id });
    if (!req) throw notFound('ErasureRequest');
    const viewer = authorize(actor.viewer, erasurePolicy, 'complete', req);
    if (req.status === ErasureStatus.COMPLETED) throw fail(R.PRIVACY_ERASURE_DONE, 'This erasure is completed already');
    const now = new Date();
    const userId = req.userId;
    return this.ds.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: userId });
      await m.getRepository(UserEntity).update(
        { id: userId },
        {
          displayName: ERASED_NAME,
          // Unique, not a phone number (no digits at all), and tells nothing about the person.
          phone: `erased-${randomBytes(8)
            .toString('hex')
            .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] as string)}`,
          passwordHash: '!erased',
          isPartyMember: false,
          disabledAt: user.disabledAt ?? now,
          tokenVersion: user.tokenVersion + 1,
        },
      );
      await m.getRepository(SessionEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: now });
      await m.getRepository(WechatIdentityEntity).delete({ userId });
      await m.getRepository(HouseholdBindingEntity).delete({ userId });
      await m
        .getRepository(MembershipEntity)
        .update({ userId, revokedAt: IsNull() }, { revokedAt: now, revokedById: viewer.userId, activeScopeKey: null });
      await m.getRepository(TicketEntity).update({ submitterId: userId }, { contactName: null, contactPhone: null });
      await m.getRepository(VoteVoterEntity).update({ userId }, { ownerName: null });
      await m
        .getRepository(ErasureRequestEntity)
        .update({ id }, { status: ErasureStatus.COMPLETED, completedAt: now, completedById: viewer.userId });
      await this.audit.record(
        actor.meta,
        {
          operation: 'privacy.erasure.complete',
          targetType: 'ErasureRequest',
          targetId: id,
          grant: actingGrant(viewer, 'privacy.erasure.manage', placeOfErasure(req)),
          streetId: req.streetId,
          communityId: req.communityId,
          summary: { userId },
        },
        m,
      );
      return m.getRepository(ErasureRequestEntity).findOneByOrFail({ id });
    });
  }
}
