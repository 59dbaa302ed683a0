import { type DataSource, In, IsNull } from 'typeorm';
import type { AccessClaims } from '../../auth/tokens.js';
import { type Grant, Viewer } from '../../auth/viewer.js';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

/**
 * Resolves an access token's claims into a Viewer: the user must still be enabled and the token
 * carry the user's current token version (a password change ends every session at once).
 * Four statements per request at most: user, live session, memberships, served estates.
 */
export async function loadViewer(ds: DataSource, claims: AccessClaims): Promise<Viewer> {
  const user = await ds.getRepository(UserEntity).findOneBy({ id: claims.userId });
  if (!user || user.disabledAt || claims.tokenVersion !== user.tokenVersion) {
    throw new DomainError(ErrorCode.SESSION_REVOKED, 'Session is no longer valid');
  }
  // Logout and refresh-token reuse end a session family at once, not when the access token expires.
  const live = await ds
    .getRepository(SessionEntity)
    .existsBy({ familyId: claims.sessionFamilyId, revokedAt: IsNull() });
  if (!live) throw new DomainError(ErrorCode.SESSION_REVOKED, 'Session is no longer valid');
  const memberships = await ds.getRepository(MembershipEntity).findBy({ userId: user.id, revokedAt: IsNull() });
  return new Viewer(user.id, user.displayName, claims.sessionFamilyId, await resolveGrants(ds, memberships));
}

export async function resolveGrants(ds: DataSource, memberships: MembershipEntity[]): Promise<Grant[]> {
  const orgIds = [...new Set(memberships.map((m) => m.organisationId).filter((x): x is string => !!x))];
  const served = new Map<string, string[]>();
  const servedCommunities = new Map<string, string[]>();
  const kinds = new Map<string, OrganisationEntity>();
  if (orgIds.length > 0) {
    const [orgs, links] = await Promise.all([
      ds.getRepository(OrganisationEntity).findBy({ id: In(orgIds) }),
      ds.getRepository(OrganisationEstateEntity).findBy({ organisationId: In(orgIds) }),
    ]);
    for (const o of orgs) kinds.set(o.id, o);
    for (const l of links) {
      served.set(l.organisationId, [...(served.get(l.organisationId) ?? []), l.estateId]);
      servedCommunities.set(l.organisationId, [...(servedCommunities.get(l.organisationId) ?? []), l.communityId]);
    }
  }
  return memberships.map((m) => {
    const org = m.organisationId ? kinds.get(m.organisationId) : undefined;
    let estateIds: string[] = [];
    let estateCommunityIds: string[] = [];
    if (org?.kind === OrganisationKind.PROPERTY_COMPANY) {
      estateIds = served.get(org.id) ?? [];
      estateCommunityIds = [...new Set(servedCommunities.get(org.id) ?? [])];
    } else if (org?.estateId) {
      estateIds = [org.estateId];
      estateCommunityIds = org.communityId ? [org.communityId] : [];
    } else if (m.estateId) {
      estateIds = [m.estateId];
      estateCommunityIds = m.communityId ? [m.communityId] : [];
    }
    return {
      membershipId: m.id,
      role: m.role,
      scopeKind: m.scopeKind,
      scopeId: m.scopeId,
      streetId: m.streetId,
      communityId: m.communityId,
      organisationId: m.organisationId,
      estateIds,
      estateCommunityIds,
    };
  });
}
