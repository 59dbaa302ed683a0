import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { allow } from '../../auth/abilities.js';
import { can, requireViewer } from '../../auth/policy.js';
import type { Place } from '../../auth/reach.js';
import { Role } from '../../auth/roles.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { BindingStatus } from '../identity/identity.enums.js';
import { PublicationEntity, type PublisherKind } from './publication.entity.js';
import { PublicationChannel as C, PublicationScope as S, PublicationStatus as St } from './publication.enums.js';
import { PublicationReasons as R } from './publication.errors.js';

/** What the rules look at on a publication (also a draft about to be created). */
export interface PublicationShape {
  channel: C;
  scope: S;
  streetId: string;
  communityId: string | null;
  estateId: string | null;
  status: St;
  publisherKind: PublisherKind;
  publisherOrganisationId: string | null;
}

type PublishAction =
  | 'publication.publishStreet'
  | 'publication.publishCommunity'
  | 'publication.publishProperty'
  | 'publication.publishCommittee';

/**
 * Who publishes what (issue 11): community staff — party building, community affairs and news of
 * their community (community or estate items); property staff — PROPERTY for the estates their
 * company serves; committee members — COMMITTEE for their estate; street staff — street-wide news.
 * Null when the channel is not published at that level.
 */
export function publishRight(
  r: Pick<PublicationShape, 'channel' | 'scope' | 'streetId' | 'communityId' | 'estateId'>,
): { action: PublishAction; place: Place } | null {
  const community: Place = { streetId: null, communityId: r.communityId, estateId: null };
  const estate: Place = { streetId: null, communityId: null, estateId: r.estateId };
  switch (r.channel) {
    case C.PROPERTY:
      return r.scope === S.ESTATE ? { action: 'publication.publishProperty', place: estate } : null;
    case C.COMMITTEE:
      return r.scope === S.ESTATE ? { action: 'publication.publishCommittee', place: estate } : null;
    case C.PARTY_BUILDING:
    case C.COMMUNITY_AFFAIRS:
      return r.scope === S.STREET ? null : { action: 'publication.publishCommunity', place: community };
    case C.NEWS:
      return r.scope === S.STREET
        ? { action: 'publication.publishStreet', place: { streetId: r.streetId, communityId: null, estateId: null } }
        : { action: 'publication.publishCommunity', place: community };
  }
}

/** May the viewer publish (write) this item: the right for its channel and place, and its organisation. */
export function mayPublish(v: Viewer, r: PublicationShape): boolean {
  const right = publishRight(r);
  if (!right || !can(v, right.action, right.place)) return false;
  if (!r.publisherOrganisationId || v.hasRole(Role.SYSTEM_ADMIN)) return true;
  return v.grants.some((g) => g.organisationId === r.publisherOrganisationId);
}

/** Ids a viewer's grants reach, by the way each role sees the tree (residents: their community and street). */
function readerReach(v: Viewer) {
  const streets = new Set<string>();
  const communities = new Set<string>();
  const upStreets = new Set<string>();
  const estates = new Set<string>();
  const upCommunities = new Set<string>();
  const residentCommunities = new Set<string>();
  const orgs = new Set<string>();
  let all = false;
  for (const g of v.grants) {
    switch (g.role) {
      case Role.SYSTEM_ADMIN:
        all = true;
        break;
      case Role.STREET_ADMIN:
        if (g.streetId) streets.add(g.streetId);
        break;
      case Role.COMMUNITY_STAFF:
        if (g.communityId) communities.add(g.communityId);
        if (g.streetId) upStreets.add(g.streetId);
        break;
      case Role.RESIDENT:
        if (g.communityId) residentCommunities.add(g.communityId);
        if (g.streetId) upStreets.add(g.streetId);
        break;
      case Role.PROPERTY_STAFF:
      case Role.COMMITTEE_MEMBER:
        for (const e of g.estateIds) estates.add(e);
        for (const c of g.estateCommunityIds) upCommunities.add(c);
        if (g.streetId) upStreets.add(g.streetId);
        if (g.organisationId) orgs.add(g.organisationId);
        break;
    }
  }
  return { all, streets, communities, upStreets, estates, upCommunities, residentCommunities, orgs };
}

let seq = 0;
const list = (s: Set<string>) => [...s];

/**
 * The read rule as a query filter. Places: street admins see their street; community staff their
 * community and the street-wide items above it; property staff and committee members their estates
 * and the community and street items above them; residents their street's and community's items
 * and the items of the estates where a household of theirs is verified. Status: published and
 * withdrawn items to every reader of the place, drafts and scheduled items to the publisher only.
 */
export const publicationRead: ReadRule<PublicationEntity> = {
  entity: PublicationEntity,
  what: 'Publication',
  filter: (qb, viewer) => {
    const v = requireViewer(viewer);
    const r = readerReach(v);
    if (r.all) return;
    const a = qb.alias;
    const n = ++seq;
    const p = (k: string) => `${k}${n}`;
    qb.andWhere(
      new Brackets((w) => {
        w.where('1 = 0');
        if (r.streets.size) w.orWhere(`${a}.streetId IN (:...${p('st')})`, { [p('st')]: list(r.streets) });
        if (r.communities.size) w.orWhere(`${a}.communityId IN (:...${p('co')})`, { [p('co')]: list(r.communities) });
        if (r.upStreets.size)
          w.orWhere(`(${a}.scope = 'STREET' AND ${a}.streetId IN (:...${p('us')}))`, { [p('us')]: list(r.upStreets) });
        if (r.estates.size) w.orWhere(`${a}.estateId IN (:...${p('es')})`, { [p('es')]: list(r.estates) });
        const upCommunities = new Set([...r.upCommunities, ...r.residentCommunities]);
        if (upCommunities.size)
          w.orWhere(`(${a}.scope = 'COMMUNITY' AND ${a}.communityId IN (:...${p('uc')}))`, {
            [p('uc')]: list(upCommunities),
          });
        if (r.residentCommunities.size) {
          const homes = (qb as SelectQueryBuilder<PublicationEntity>)
            .subQuery()
            .select('hb.estateId')
            .from(HouseholdBindingEntity, 'hb')
            .where(`hb.userId = :${p('u')} AND hb.status = :${p('bs')}`)
            .getQuery();
          w.orWhere(`(${a}.scope = 'ESTATE' AND ${a}.estateId IN ${homes})`, {
            [p('u')]: v.userId,
            [p('bs')]: BindingStatus.APPROVED,
          });
        }
      }),
    );
    qb.andWhere(
      new Brackets((w) => {
        w.where(`${a}.status IN ('${St.PUBLISHED}', '${St.WITHDRAWN}')`);
        if (r.orgs.size) w.orWhere(`${a}.publisherOrganisationId IN (:...${p('po')})`, { [p('po')]: list(r.orgs) });
        if (r.communities.size)
          w.orWhere(`(${a}.publisherKind = 'COMMUNITY' AND ${a}.communityId IN (:...${p('pc')}))`, {
            [p('pc')]: list(r.communities),
          });
        if (r.streets.size)
          w.orWhere(`(${a}.publisherKind = 'STREET' AND ${a}.streetId IN (:...${p('ps')}))`, {
            [p('ps')]: list(r.streets),
          });
      }),
    );
  },
};

/** In JS, for the NOT_FOUND/FORBIDDEN choice only (lists and loads go through the query filter). */
function readsPlace(v: Viewer, r: PublicationShape): boolean {
  const x = readerReach(v);
  if (x.all || x.streets.has(r.streetId)) return true;
  if (r.communityId && (x.communities.has(r.communityId) || x.residentCommunities.has(r.communityId))) return true;
  if (r.estateId && x.estates.has(r.estateId)) return true;
  if (r.scope === S.STREET && x.upStreets.has(r.streetId)) return true;
  return r.scope === S.COMMUNITY && !!r.communityId && x.upCommunities.has(r.communityId);
}

const open = (r: PublicationShape) => r.status === St.DRAFT || r.status === St.SCHEDULED;

/** Who may do what with a publication; `viewerCan` is this map serialised. */
export const publicationPolicy = allow({
  what: 'Publication',
  read: (v, r: PublicationShape) => readsPlace(v, r) && (!open(r) || mayPublish(v, r)),
  abilities: {
    /** Write a new draft here (the draft's shape is judged). */
    create: (v, r) => mayPublish(v, r),
    /** Change the text: a draft in place, a published item as a new revision. */
    edit: (v, r) => r.status !== St.WITHDRAWN && mayPublish(v, r),
    /** Publish now or schedule. */
    publish: (v, r) => open(r) && mayPublish(v, r),
    /** Take down with a reason (history stays). */
    withdraw: (v, r) => (r.status === St.PUBLISHED || r.status === St.SCHEDULED) && mayPublish(v, r),
    /** Pin to the top of its lists, or unpin. */
    pin: (v, r) => r.status === St.PUBLISHED && mayPublish(v, r),
  },
  forbidden: R.PUBLICATION_NOT_PUBLISHER,
});

/** The place of a publication as the audit log records it. */
export const placeOfPublication = (r: PublicationShape): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: r.estateId,
});
