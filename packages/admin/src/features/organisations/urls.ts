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
export function parseOrganisationParams(params: URLSearchParams) {
  const kind = params.get('kind');
  return {
    kind: ORGANISATION_KINDS.includes(kind as OrganisationKind) ? (kind as OrganisationKind) : null,
    communityId: params.get('community'),
    search: params.get('q'),
    archived: params.get('archived') === '1',
    after: params.get('after'),
    edit: params.get('edit'),
    estates: params.get('estates'),
  };
}
