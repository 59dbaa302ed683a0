import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { actingGrant, authorize, requireViewer } from '../../auth/policy.js';
import type { Place } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { placeOfCommunity, placeOfEstate, placeOfOrganisation, placeOfStreet } from '../org/org.policy.js';
import type { OrganisationService } from '../org/org.service.js';
import type { TreeService } from '../org/tree.service.js';
import { ScopeKind } from './identity.enums.js';
import { IdentityReasons as R } from './identity.errors.js';
import type * as I from './identity.inputs.js';
import { assertRoleFitsScope, SYSTEM_PLACE } from './identity.policy.js';
import { MembershipEntity } from './membership.entity.js';
import type { UserService } from './user.service.js';

export interface ResolvedScope {
  place: Place;
  organisationId: string | null;
}

/** Grant and revoke roles, within the granting admin's own scope. */
export class MembershipService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly tree: TreeService,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  /** Where a scope node sits; NOT_FOUND when the viewer cannot see it (staff-account.service.ts reuses it). */
  async resolveScope(
    viewer: Viewer,
    input: Pick<I.GrantMembershipInput, 'role' | 'scopeKind' | 'scopeId'>,
  ): Promise<ResolvedScope> {
    if (input.scopeKind === ScopeKind.SYSTEM) {
      assertRoleFitsScope(input.role, ScopeKind.SYSTEM);
      return { place: SYSTEM_PLACE, organisationId: null };
    }
    if (!input.scopeId)
      throw fail(R.IDENTITY_SCOPE_ID_REQUIRED, `${input.scopeKind} scope needs a scopeId`, { field: 'scopeId' });
    switch (input.scopeKind) {
      case ScopeKind.STREET:
        assertRoleFitsScope(input.role, input.scopeKind);
        return { place: placeOfStreet(await this.tree.getStreet(viewer, input.scopeId)), organisationId: null };
      case ScopeKind.COMMUNITY:
        assertRoleFitsScope(input.role, input.scopeKind);
        return { place: placeOfCommunity(await this.tree.getCommunity(viewer, input.scopeId)), organisationId: null };
      case ScopeKind.ESTATE:
        assertRoleFitsScope(input.role, input.scopeKind);
        return { place: placeOfEstate(await this.tree.getEstate(viewer, input.scopeId)), organisationId: null };
      default: {
        const org = await this.organisations.get(viewer, input.scopeId);
        assertRoleFitsScope(input.role, input.scopeKind, org.kind);
        return { place: placeOfOrganisation(org), organisationId: org.id };
      }
    }
  }

  async grant(actor: Actor, input: I.GrantMembershipInput): Promise<MembershipEntity> {
    const viewer = requireViewer(actor.viewer);
    const user = await this.users.get(viewer, input.userId).catch(async (err) => {
      // A newly registered person is outside every scope until granted: admins find them by phone.
      if (!(await this.users.canFindByPhone(viewer))) throw err;
      return this.users.getUnscoped(
        input.userId,
        'a newly registered person is found by phone before any grant places them',
      );
    });
    const scope = await this.resolveScope(viewer, input);
    authorize(viewer, 'membership.manage', scope.place, 'Scope', 'tree.read');
    // One active membership per user, role and scope: the unique key on activeScopeKey decides,
    // so identical grants sent at once give one membership and CONFLICTs.
    try {
      return await this.ds.transaction(async (m) => {
        const row = await this.insert(m, viewer, user.id, input, scope);
        await this.audit.record(
          actor.meta,
          {
            operation: 'membership.grant',
            targetType: 'Membership',
            targetId: row.id,
            grant: actingGrant(viewer, 'membership.manage', scope.place),
            streetId: scope.place.streetId,
            communityId: scope.place.communityId,
            summary: { userId: user.id, role: input.role, scopeKind: input.scopeKind, scopeId: input.scopeId ?? null },
          },
          m,
        );
        return row;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw fail(R.IDENTITY_MEMBERSHIP_EXISTS, 'The user already holds this role in this scope');
      throw err;
    }
  }

  /** The membership row of a grant whose scope is resolved and authorised (also used when an admin creates a staff account). */
  async insert(
    m: EntityManager,
    viewer: Viewer,
    userId: string,
    input: Pick<I.GrantMembershipInput, 'role' | 'scopeKind' | 'scopeId'>,
    scope: ResolvedScope,
  ): Promise<MembershipEntity> {
    return m.save(
      m.create(MembershipEntity, {
        userId,
        role: input.role,
        scopeKind: input.scopeKind,
        scopeId: input.scopeId ?? null,
        activeScopeKey: input.scopeId ?? '-',
        streetId: scope.place.streetId,
        communityId: scope.place.communityId,
        estateId: scope.place.estateId,
        organisationId: scope.organisationId,
        grantedById: viewer.userId,
        revokedAt: null,
        revokedById: null,
      }),
    );
  }

  async revoke(actor: Actor, input: I.RevokeMembershipInput): Promise<MembershipEntity> {
    const viewer = requireViewer(actor.viewer);
    const row = await this.ds.getRepository(MembershipEntity).findOneBy({ id: input.membershipId });
    if (!row) throw notFound('Membership');
    const place: Place = { streetId: row.streetId, communityId: row.communityId, estateId: row.estateId };
    authorize(viewer, 'membership.manage', place, 'Membership', 'user.read');
    if (row.revokedAt) throw fail(R.IDENTITY_MEMBERSHIP_ALREADY_REVOKED, 'The membership is already revoked');
    return this.ds.transaction(async (m) => {
      const res = await m.update(
        MembershipEntity,
        { id: row.id, revokedAt: IsNull() },
        { revokedAt: new Date(), revokedById: viewer.userId, activeScopeKey: null },
      );
      if (!res.affected) throw fail(R.IDENTITY_MEMBERSHIP_ALREADY_REVOKED, 'The membership is already revoked');
      await this.audit.record(
        actor.meta,
        {
          operation: 'membership.revoke',
          targetType: 'Membership',
          targetId: row.id,
          grant: actingGrant(viewer, 'membership.manage', place),
          streetId: row.streetId,
          communityId: row.communityId,
          summary: { userId: row.userId, role: row.role, scopeKind: row.scopeKind, scopeId: row.scopeId },
        },
        m,
      );
      return m.findOneByOrFail(MembershipEntity, { id: row.id });
    });
  }
}
