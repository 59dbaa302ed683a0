import { defineParams, param } from '../../app/list/params';
import type { OrganisationKind } from '../../gql/graphql';

export const ORGANISATION_KINDS: OrganisationKind[] = [
  'COMMUNITY_OFFICE',
  'PARTY_BRANCH',
  'SOCIAL_ORGANISATION',
  'OWNERS_COMMITTEE',
  'PROPERTY_COMPANY',
  'DEPARTMENT',
];

/** Which place a new organisation of a kind hangs from (the server checks it too). */
export const PLACE_OF_KIND: Record<OrganisationKind, 'communityId' | 'estateId' | 'streetId'> = {
  COMMUNITY_OFFICE: 'communityId',
  PARTY_BRANCH: 'communityId',
  SOCIAL_ORGANISATION: 'communityId',
  OWNERS_COMMITTEE: 'estateId',
  PROPERTY_COMPANY: 'streetId',
  DEPARTMENT: 'streetId',
};

/** URL state: filters, cursor, the open editor (`edit=<id>` or `edit=new`) and estates drawer (`estates=<id>`). */
export const ORGANISATION_PARAMS = defineParams({
  kind: param.oneOf(ORGANISATION_KINDS),
  community: param.text(),
  q: param.text(),
  archived: param.flag(),
  after: param.cursor(),
  edit: param.drawer(),
  estates: param.drawer(),
});
