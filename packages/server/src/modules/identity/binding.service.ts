import { type DataSource, In, IsNull } from 'typeorm';
import { actingGrant, authorize, can, reachFor, requireViewer } from '../../auth/policy.js';
import { applyReach } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { conflict, DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { HouseholdEntity } from '../org/household.entity.js';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus, Role, ScopeKind } from './identity.enums.js';
import type * as I from './identity.inputs.js';
import { MembershipEntity } from './membership.entity.js';

/** Residents ask to be bound to households; community staff verify in a queue. */
export class BindingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async request(actor: Actor, input: I.RequestHouseholdBindingInput): Promise<HouseholdBindingEntity> {
    const viewer = requireViewer(actor.viewer);
    const household = await this.ds.getRepository(HouseholdEntity).findOneBy({
      buildingId: input.buildingId,
      unit: input.unit,
      room: input.room,
      archivedAt: IsNull(),
    });
    if (!household) throw notFound('Household');
    const open = await this.ds.getRepository(HouseholdBindingEntity).existsBy({
      userId: viewer.userId,
      householdId: household.id,
      status: In([BindingStatus.PENDING, BindingStatus.APPROVED]),
    });
    if (open) throw conflict('You already asked for, or belong to, this household');
    return this.ds.getRepository(HouseholdBindingEntity).save({
      userId: viewer.userId,
      householdId: household.id,
      streetId: household.streetId,
      communityId: household.communityId,
      estateId: household.estateId,
      relation: input.relation,
      status: BindingStatus.PENDING,
      reason: null,
      reviewedById: null,
      reviewedAt: null,
      version: 1,
    } satisfies Partial<HouseholdBindingEntity> as HouseholdBindingEntity);
  }

  mine(viewer: Viewer | null): Promise<HouseholdBindingEntity[]> {
    const v = requireViewer(viewer);
    return this.ds
      .getRepository(HouseholdBindingEntity)
      .find({ where: { userId: v.userId }, order: { id: 'DESC' }, take: 50 });
  }

  list(viewer: Viewer | null, args: I.BindingListArgs) {
    const qb = this.ds.getRepository(HouseholdBindingEntity).createQueryBuilder('b');
    applyReach(qb, 'b', reachFor(viewer, 'binding.review'));
    if (args.status) qb.andWhere('b.status = :status', { status: args.status });
    if (args.communityId) qb.andWhere('b.communityId = :communityId', { communityId: args.communityId });
    if (args.estateId) qb.andWhere('b.estateId = :estateId', { estateId: args.estateId });
    // The queue is worked oldest first.
    return paginate(qb, args, (r) => r, args.status === BindingStatus.PENDING ? 'ASC' : 'DESC');
  }

  async get(viewer: Viewer | null, id: string): Promise<HouseholdBindingEntity> {
    const v = requireViewer(viewer);
    const row = await this.ds.getRepository(HouseholdBindingEntity).findOneBy({ id });
    if (!row || (row.userId !== v.userId && !can(v, 'binding.review', row))) throw notFound('HouseholdBinding');
    return row;
  }

  canReview(
    viewer: Viewer | null,
    b: HouseholdBindingEntity | { streetId: string; communityId: string; estateId: string },
  ) {
    return can(viewer, 'binding.review', b);
  }

  async approve(actor: Actor, input: I.ApproveHouseholdBindingInput): Promise<HouseholdBindingEntity> {
    return this.decide(actor, input.bindingId, BindingStatus.APPROVED, null);
  }

  async reject(actor: Actor, input: I.RejectHouseholdBindingInput): Promise<HouseholdBindingEntity> {
    return this.decide(actor, input.bindingId, null, input.reason);
  }

  /**
   * PENDING → APPROVED | REJECTED, APPROVED → REVOKED. The update is conditional on the version
   * read, so two staff deciding at once give one success and one CONFLICT.
   */
  private async decide(actor: Actor, id: string, to: BindingStatus.APPROVED | null, reason: string | null) {
    const row = await this.ds.getRepository(HouseholdBindingEntity).findOneBy({ id });
    if (!row) throw notFound('HouseholdBinding');
    const viewer = authorize(actor.viewer, 'binding.review', row, 'HouseholdBinding', 'binding.review');
    const next =
      to === BindingStatus.APPROVED
        ? row.status === BindingStatus.PENDING
          ? BindingStatus.APPROVED
          : null
        : row.status === BindingStatus.PENDING
          ? BindingStatus.REJECTED
          : row.status === BindingStatus.APPROVED
            ? BindingStatus.REVOKED
            : null;
    if (!next) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, `A ${row.status} binding cannot become ${to ?? 'rejected'}`, {
        details: { from: row.status },
      });
    }
    return this.ds.transaction(async (m) => {
      const now = new Date();
      const res = await m.update(
        HouseholdBindingEntity,
        { id: row.id, version: row.version, status: row.status },
        { status: next, reason, reviewedById: viewer.userId, reviewedAt: now, version: row.version + 1 },
      );
      if (!res.affected) throw conflict('Someone else decided on this binding first');
      if (next === BindingStatus.APPROVED) {
        const hasResident = await m.existsBy(MembershipEntity, {
          userId: row.userId,
          role: Role.RESIDENT,
          communityId: row.communityId,
          revokedAt: IsNull(),
        });
        if (!hasResident) {
          await m.save(
            m.create(MembershipEntity, {
              userId: row.userId,
              role: Role.RESIDENT,
              scopeKind: ScopeKind.COMMUNITY,
              scopeId: row.communityId,
              streetId: row.streetId,
              communityId: row.communityId,
              estateId: null,
              organisationId: null,
              grantedById: viewer.userId,
              revokedAt: null,
              revokedById: null,
            }),
          );
        }
      }
      await this.audit.record(
        actor.meta,
        {
          operation: `household.binding.${next === BindingStatus.APPROVED ? 'approve' : next === BindingStatus.REJECTED ? 'reject' : 'revoke'}`,
          targetType: 'HouseholdBinding',
          targetId: row.id,
          grant: actingGrant(viewer, 'binding.review', row),
          streetId: row.streetId,
          communityId: row.communityId,
          summary: { from: row.status, to: next, userId: row.userId, householdId: row.householdId, reason },
        },
        m,
      );
      return m.findOneByOrFail(HouseholdBindingEntity, { id: row.id });
    });
  }
}
