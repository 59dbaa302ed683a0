import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import { newId } from '../../db/ids.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { HouseholdEntity } from '../org/household.entity.js';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus, Role, ScopeKind } from './identity.enums.js';
import { IdentityReasons as R } from './identity.errors.js';
import type * as I from './identity.inputs.js';
import { bindingOwnRead, bindingPolicy, bindingReviewRead, decisionFrom } from './identity.policy.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';

/** Residents ask to be bound to households; community staff verify in a queue. */
export class BindingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async request(actor: Actor, input: I.RequestHouseholdBindingInput): Promise<HouseholdBindingEntity> {
    const viewer = requireViewer(actor.viewer);
    // A resident names their home by building, unit and room (all three needed to find it).
    const household = await unscoped(this.ds, 'a resident finds their own home by its full address')
      .repo(HouseholdEntity)
      .findOneBy({
        buildingId: input.buildingId,
        unit: input.unit,
        room: input.room,
        archivedAt: IsNull(),
      });
    if (!household) throw notFound('Household');
    // One open (pending or approved) binding per user and household: the unique key on
    // openHouseholdId decides, so concurrent requests give one binding and CONFLICTs.
    try {
      return await this.ds.getRepository(HouseholdBindingEntity).save({
        userId: viewer.userId,
        householdId: household.id,
        streetId: household.streetId,
        communityId: household.communityId,
        estateId: household.estateId,
        relation: input.relation,
        status: BindingStatus.PENDING,
        openHouseholdId: household.id,
        reason: null,
        reviewedById: null,
        reviewedAt: null,
        version: 1,
      } satisfies Partial<HouseholdBindingEntity> as HouseholdBindingEntity);
    } catch (err) {
      if (isUniqueViolation(err))
        throw fail(R.IDENTITY_BINDING_EXISTS, 'You already asked for, or belong to, this household');
      throw err;
    }
  }

  mine(viewer: Viewer | null): Promise<HouseholdBindingEntity[]> {
    return scoped(this.ds, requireViewer(viewer)).query(bindingOwnRead, 'b').orderBy('b.id', 'DESC').take(50).getMany();
  }

  /** `join`: to-one relations read with the page (mapped onto `joinedUser`, `joinedHousehold`). */
  list(viewer: Viewer | null, args: I.BindingListArgs, join: { user?: boolean; household?: boolean } = {}) {
    const qb = scoped(this.ds, viewer).query(bindingReviewRead, 'b');
    if (args.status) qb.andWhere('b.status = :status', { status: args.status });
    if (args.communityId) qb.andWhere('b.communityId = :communityId', { communityId: args.communityId });
    if (args.estateId) qb.andWhere('b.estateId = :estateId', { estateId: args.estateId });
    // The queue is worked oldest first.
    return paginate(qb, args, (r) => r, args.status === BindingStatus.PENDING ? 'ASC' : 'DESC', [
      ...(join.user ? [{ property: 'joinedUser', entity: UserEntity, column: 'userId' }] : []),
      ...(join.household ? [{ property: 'joinedHousehold', entity: HouseholdEntity, column: 'householdId' }] : []),
    ]);
  }

  async get(viewer: Viewer | null, id: string): Promise<HouseholdBindingEntity> {
    const v = requireViewer(viewer);
    const row = await unscoped(this.ds, 'the asking resident or a reviewer in reach, checked on the next line')
      .repo(HouseholdBindingEntity)
      .findOneBy({ id });
    if (!row || (row.userId !== v.userId && !bindingPolicy.read(v, row))) throw notFound('HouseholdBinding');
    return row;
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
    const row = await unscoped(this.ds, 'authorize below answers NOT_FOUND outside the review reach')
      .repo(HouseholdBindingEntity)
      .findOneBy({ id });
    if (!row) throw notFound('HouseholdBinding');
    const decision = to === BindingStatus.APPROVED ? 'approve' : 'reject';
    const viewer = authorize(actor.viewer, bindingPolicy, decision, row);
    const next = decisionFrom(decision, row.status);
    if (!next) {
      throw fail(R.IDENTITY_BINDING_ALREADY_DECIDED, `A ${row.status} binding cannot become ${to ?? 'rejected'}`, {
        details: { from: row.status },
      });
    }
    return this.ds.transaction(async (m) => {
      const now = new Date();
      const res = await m.update(
        HouseholdBindingEntity,
        { id: row.id, version: row.version, status: row.status },
        {
          status: next,
          openHouseholdId: next === BindingStatus.APPROVED ? row.householdId : null,
          reason,
          reviewedById: viewer.userId,
          reviewedAt: now,
          version: row.version + 1,
        },
      );
      if (!res.affected) throw fail(R.IDENTITY_BINDING_DECIDED_MEANWHILE, 'Someone else decided on this binding first');
      if (next === BindingStatus.APPROVED) {
        // Another binding of the resident in this community may be approved at the same moment:
        // the unique key on the active membership keeps one RESIDENT role, the other insert is a no-op.
        await m
          .createQueryBuilder()
          .insert()
          .into(MembershipEntity)
          .values({
            id: newId(),
            userId: row.userId,
            role: Role.RESIDENT,
            scopeKind: ScopeKind.COMMUNITY,
            scopeId: row.communityId,
            activeScopeKey: row.communityId,
            streetId: row.streetId,
            communityId: row.communityId,
            estateId: null,
            organisationId: null,
            grantedById: viewer.userId,
            revokedAt: null,
            revokedById: null,
          })
          .orIgnore()
          .execute();
      }
      if (next === BindingStatus.REVOKED) await this.dropResidentRoleIfLast(actor, viewer, m, row);
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

  /**
   * A resident is a RESIDENT of a community because a household there is theirs: when the last
   * approved binding in the community goes, so does the role (audited as a membership revoke).
   */
  private async dropResidentRoleIfLast(actor: Actor, viewer: Viewer, m: EntityManager, row: HouseholdBindingEntity) {
    const stillBound = await m.existsBy(HouseholdBindingEntity, {
      userId: row.userId,
      communityId: row.communityId,
      status: BindingStatus.APPROVED,
    });
    if (stillBound) return;
    const memberships = await m.findBy(MembershipEntity, {
      userId: row.userId,
      role: Role.RESIDENT,
      communityId: row.communityId,
      revokedAt: IsNull(),
    });
    for (const ms of memberships) {
      const res = await m.update(
        MembershipEntity,
        { id: ms.id, revokedAt: IsNull() },
        { revokedAt: new Date(), revokedById: viewer.userId, activeScopeKey: null },
      );
      if (!res.affected) continue;
      await this.audit.record(
        actor.meta,
        {
          operation: 'membership.revoke',
          targetType: 'Membership',
          targetId: ms.id,
          grant: actingGrant(viewer, 'binding.review', row),
          streetId: row.streetId,
          communityId: row.communityId,
          summary: {
            userId: ms.userId,
            role: ms.role,
            scopeKind: ms.scopeKind,
            scopeId: ms.scopeId,
            bindingId: row.id,
          },
        },
        m,
      );
    }
  }
}
