import type { TicketState } from '../../gql/graphql';

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

/** Every filter of the workbench, as it lives in the URL. */
export interface TicketFilters {
  states?: TicketState[];
  community?: string | null;
  category?: string | null;
  estate?: string | null;
  org?: string | null;
  overdue?: boolean;
  /** Calendar days, 'YYYY-MM-DD' (inclusive both ends). */
  from?: string | null;
  to?: string | null;
  q?: string | null;
  /** Page cursor. */
  after?: string | null;
  /** Open drawer. */
  ticket?: string | null;
}

const isState = (s: string): s is TicketState => (TICKET_STATES as string[]).includes(s);

/** Reads the workbench's URL state (unknown states are ignored). */
export function parseTicketParams(params: URLSearchParams): Required<TicketFilters> {
  return {
    states: (params.get('states') ?? '').split(',').filter(isState),
    community: params.get('community'),
    category: params.get('category'),
    estate: params.get('estate'),
    org: params.get('org'),
    overdue: params.get('overdue') === '1',
    from: params.get('from'),
    to: params.get('to'),
    q: params.get('q'),
    after: params.get('after'),
    ticket: params.get('ticket'),
  };
}

/** The search-param patch for some filters (`states` as one comma list; empty values removed). */
export function ticketParamsPatch(f: TicketFilters): Record<string, string | boolean | null | undefined> {
  const patch: Record<string, string | boolean | null | undefined> = {};
  for (const [k, v] of Object.entries(f)) {
    if (k === 'states') patch.states = (v as TicketState[] | undefined)?.length ? (v as TicketState[]).join(',') : null;
    else patch[k] = v as string | boolean | null | undefined;
  }
  return patch;
}

/** A link to the workbench with these filters (and an open ticket), reproducing the screen. */
export function ticketsUrl(f: TicketFilters = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(ticketParamsPatch(f))) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    p.set(k, v === true ? '1' : String(v));
  }
  const q = p.toString();
  return q ? `/tickets?${q}` : '/tickets';
}

/** The workbench with one ticket's drawer open. */
export const ticketUrl = (id: string) => ticketsUrl({ ticket: id });

export const categorySettingsUrl = (community?: string | null) =>
  community ? `/ticket-settings?community=${encodeURIComponent(community)}` : '/ticket-settings';
export const calendarUrl = (year?: number) =>
  year ? `/ticket-settings/calendar?year=${year}` : '/ticket-settings/calendar';
