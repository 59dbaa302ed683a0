import { defineParams, listHref, param } from '../../app/list/params';

export const CHANNELS = ['PARTY_BUILDING', 'COMMUNITY_AFFAIRS', 'PROPERTY', 'COMMITTEE', 'NEWS'] as const;
export const STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'] as const;
export type Channel = (typeof CHANNELS)[number];

/** URL state of the publication list: channel, status and the cursor. */
export const PUBLICATION_PARAMS = defineParams({
  channel: param.oneOf(CHANNELS, { default: 'NEWS' }),
  status: param.oneOf(STATUSES),
  after: param.cursor(),
});

export const publicationListUrl = (filters: { channel?: Channel } = {}) =>
  listHref('/publication', PUBLICATION_PARAMS, filters);
export const publicationUrl = (id: string) => `/publication/${id}`;
export const publicationEditUrl = (id: string) => `/publication/${id}/edit`;
export const publicationNewUrl = (channel: Channel) => `/publication/new?channel=${channel}`;
