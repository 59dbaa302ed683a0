import { defineParams, listHref, param } from '../../app/list/params';

export const VENUE_TABS = ['venues', 'queue', 'timeline', 'checkIn', 'usage'] as const;
export type VenueTab = (typeof VENUE_TABS)[number];

/** URL state of the venue console: community, tab, the venue and week of the timeline, the usage month, paging, the open editor. */
export const VENUE_PARAMS = defineParams({
  community: param.text(),
  tab: param.oneOf(VENUE_TABS, { default: 'venues' }),
  venue: param.text(),
  week: param.day(),
  month: param.text(),
  archived: param.flag(),
  after: param.cursor(),
  edit: param.drawer(),
});

export const venueUrl = (filters: { community?: string; tab?: VenueTab } = {}) =>
  listHref('/venue', VENUE_PARAMS, filters);
