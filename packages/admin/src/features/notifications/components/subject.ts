import { ticketUrl } from '../../tickets/urls';

/** Where the console shows each kind of subject; a subject type not listed here links nowhere. */
const SUBJECT_LINKS: Record<string, (id: string, here: { pathname: string; search: string }) => string> = {
  // A ticket opens its drawer; on the workbench over the current filters.
  Ticket: (id, here) => {
    if (here.pathname !== '/tickets') return ticketUrl(id);
    const params = new URLSearchParams(here.search);
    params.set('ticket', id);
    return `/tickets?${params}`;
  },
  // A hot topic opens the open hot topics (features/triage).
  HotTopic: () => '/triage?state=OPEN',
};

/** The console URL of a notification's subject, or null. */
export function subjectUrl(
  subject: { type: string; id: string } | null | undefined,
  here: { pathname: string; search: string },
): string | null {
  if (!subject) return null;
  return SUBJECT_LINKS[subject.type]?.(subject.id, here) ?? null;
}
