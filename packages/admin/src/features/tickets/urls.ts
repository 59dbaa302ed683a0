import { defineParams, type ListPatch, type ListValues, listHref, param, parseParams } from '../../app/list/params';
import type { TicketPriority, TicketSource, TicketState } from '../../gql/graphql';

export const TICKET_STATES: TicketState[] = [
  'SUBMITTED',
  'ACCEPTED',
  'REPLIED',
  'ESCALATED',
  'IN_MEETING',
  'RESOLVED',
  'REJECTED',
  'MERGED',
  'WITHDRAWN',
];

/** How tickets come in (the workbench's source filter, ticket desk). */
export const TICKET_SOURCES: TicketSource[] = [
  'APP',
  'PHONE',
  'COUNTER',
  'GRID_PATROL',
  'HOTLINE_12345',
  'LETTER',
  'IMPORT',
];

/** The workbench's URL state: every filter, the page cursor and the open ticket's drawer. */
export const TICKET_PARAMS = defineParams({
  states: param.listOf(TICKET_STATES),
  community: param.text(),
  category: param.text(),
  estate: param.text(),
  org: param.text(),
  overdue: param.flag(),
  sources: param.listOf(TICKET_SOURCES),
  /** Calendar days, 'YYYY-MM-DD' (inclusive both ends). */
  from: param.day(),
  to: param.day(),
  q: param.text(),
  // The desk (features/ticket-desk): priority, not acknowledged (签收), supervised (督办).
  priorities: param.listOf<TicketPriority>(['NORMAL', 'URGENT', 'EMERGENCY'] as const),
  unacked: param.flag(),
  supervised: param.flag(),
  after: param.cursor(),
  ticket: param.drawer(),
});

/** Every filter of the workbench, as it lives in the URL. */
export type TicketFilters = ListPatch<typeof TICKET_PARAMS>;

/** Reads the workbench's URL state (unknown states and malformed days are ignored). */
export const parseTicketParams = (params: URLSearchParams): ListValues<typeof TICKET_PARAMS> =>
  parseParams(TICKET_PARAMS, params);

/** A link to the workbench with these filters (and an open ticket), reproducing the screen. */
export const ticketsUrl = (f: TicketFilters = {}): string => listHref('/tickets', TICKET_PARAMS, f);

/** The workbench with one ticket's drawer open. */
export const ticketUrl = (id: string) => ticketsUrl({ ticket: id });

/** A ticket's printable work order. */
export const workOrderUrl = (id: string) => `/tickets/${encodeURIComponent(id)}/print`;

/** The settings' URL state: the community whose categories are shown (default: the first in scope). */
export const CATEGORY_PARAMS = defineParams({ community: param.text() });
/** The calendar's URL state: the year shown (default: this year). */
export const CALENDAR_PARAMS = defineParams({ year: param.int({ min: 1900, max: 2999 }) });

export const categorySettingsUrl = (community?: string | null) =>
  listHref('/ticket-settings', CATEGORY_PARAMS, { community });
/** The desk's routing rules and clocks of a community. */
export const routingSettingsUrl = (community?: string | null) =>
  listHref('/ticket-settings/routing', CATEGORY_PARAMS, { community });
export const calendarUrl = (year?: number) => listHref('/ticket-settings/calendar', CALENDAR_PARAMS, { year });
