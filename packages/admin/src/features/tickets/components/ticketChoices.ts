import type { OrganisationKind, TicketState } from '../../../gql/graphql';

/**
 * Pure choice filters of the ticket dialogs: what a staff member may pick as a merge target and
 * as handling organisations. The server checks again; these keep the dialogs from offering what it
 * would refuse (or what merely looks alike, as a traffic complaint and "单元门禁损坏").
 */

/** States in which a ticket is still being worked on, and so can take a duplicate. */
export const OPEN_STATES: readonly TicketState[] = ['SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING'];

export interface CandidateTicket {
  id: string;
  title: string;
  state: TicketState;
  createdAt: string;
  community: { id: string };
  category?: { nameZh: string; nameEn: string } | null;
  estate?: { id?: string; name: string } | null;
}

export interface MergeCandidate extends CandidateTicket {
  /** Found by the triage module's similarity (shown first, in its order). */
  similar: boolean;
}

/**
 * The tickets a ticket may be merged into: open tickets of the same community, not the ticket itself,
 * the similar ones (in similarity order) before the rest (in the order found), each once.
 */
export function mergeCandidates(
  ticket: { id: string; community: { id: string } },
  found: readonly CandidateTicket[],
  similar: readonly CandidateTicket[] = [],
): MergeCandidate[] {
  const fits = (c: CandidateTicket) =>
    c.id !== ticket.id && c.community.id === ticket.community.id && OPEN_STATES.includes(c.state);
  const seen = new Set<string>();
  const out: MergeCandidate[] = [];
  for (const [list, isSimilar] of [
    [similar, true],
    [found, false],
  ] as const) {
    for (const c of list) {
      if (!fits(c) || seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ ...c, similar: isSimilar });
    }
  }
  return out;
}

export interface HandlerOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  archivedAt?: string | null;
  community?: { id: string } | null;
  estate?: { id: string } | null;
  servedEstates: readonly { id: string; community?: { id: string } | null }[];
}

/**
 * The organisations that can handle a ticket's place, as accept and reassign offer them: the
 * community office of its community, the owners' committee of its estate, and the property
 * companies serving its estate. A ticket without an estate: the office, the community's committees and
 * the companies serving an estate of the community. Archived organisations never.
 */
export function handlerOrganisations<O extends HandlerOrganisation>(
  ticket: { community: { id: string }; estate?: { id: string } | null },
  orgs: readonly O[],
): O[] {
  const community = ticket.community.id;
  const estate = ticket.estate?.id ?? null;
  return orgs.filter((o) => {
    if (o.archivedAt) return false;
    switch (o.kind) {
      case 'COMMUNITY_OFFICE':
        return o.community?.id === community;
      case 'OWNERS_COMMITTEE':
        return o.community?.id === community && (estate ? o.estate?.id === estate : true);
      case 'PROPERTY_COMPANY':
        return o.servedEstates.some((e) => (estate ? e.id === estate : e.community?.id === community));
      default:
        return false;
    }
  });
}
