// The list shapers of the raw twin: lists of plain columns (with named relations and hidden texts),
// the resident's publications, and the dashboard figures.
import { batchOf, byId, cast, iso, pageOf } from './db.mjs';

export const listShapers = {};

/**
 * A list of plain columns: { <connection> { edges { node { …fields } } } }. `relations` name an
 * object field from a batch the product sent (e.g. a booking's venue from the VenueEntity batch:
 * `{ venue: { prefix: 'VenueEntity', key: 'venueId', fields: { id: 'str', name: 'str' } } }`);
 * `hidden` blanks the texts staff hid from the public form, as the product's board does
 * (board.service.ts hideFromPublic: a `TicketHiddenPartEntity` row of part TITLE or BODY of a shown
 * ticket empties that text; the product asks only for the tickets it shows in the public form).
 */
listShapers.simpleList = (plan, results) => {
  const related = Object.fromEntries(
    Object.entries(plan.relations ?? {}).map(([f, r]) => [f, byId(batchOf(plan, results, r.prefix), r.prefix)]),
  );
  const hidden = new Set(
    plan.hidden
      ? batchOf(plan, results, 'TicketHiddenPartEntity').map(
          (h) => `${h.TicketHiddenPartEntity_ticketId}:${h.TicketHiddenPartEntity_part}`,
        )
      : [],
  );
  const HIDDEN = { title: 'TITLE', body: 'BODY' };
  const node = (r) => {
    const out = Object.fromEntries(
      Object.entries(plan.fields).map(([f, kind]) => [f, cast[kind](r[`${plan.alias}_${f}`])]),
    );
    for (const [f, part] of Object.entries(HIDDEN)) {
      if (f in out && hidden.has(`${out.id}:${part}`)) out[f] = '';
    }
    for (const [f, rel] of Object.entries(plan.relations ?? {})) {
      const row = related[f].get(r[`${plan.alias}_${rel.key}`]);
      out[f] = row
        ? Object.fromEntries(Object.entries(rel.fields).map(([k, kind]) => [k, cast[kind](row[`${rel.prefix}_${k}`])]))
        : null;
    }
    return out;
  };
  return { data: { [plan.connection]: { edges: pageOf(plan, results, plan.alias).map((r) => ({ node: node(r) })) } } };
};

/** Publications as a resident reads them: publisher and place named from the batches. */
listShapers.publicationList = (plan, results) => {
  const batch = (prefix) => byId(batchOf(plan, results, prefix), prefix);
  const streets = batch('StreetEntity');
  const communities = batch('CommunityEntity');
  const estates = batch('EstateEntity');
  const orgs = batch('OrganisationEntity');
  const name = (m, id, prefix) => (id ? (m.get(id)?.[`${prefix}_name`] ?? null) : null);
  const placeName = (p) =>
    p.p_scope === 'ESTATE'
      ? name(estates, p.p_estateId, 'EstateEntity')
      : p.p_scope === 'COMMUNITY'
        ? name(communities, p.p_communityId, 'CommunityEntity')
        : name(streets, p.p_streetId, 'StreetEntity');
  const publisherName = (p) =>
    p.p_publisherKind === 'ORGANISATION'
      ? name(orgs, p.p_publisherOrganisationId, 'OrganisationEntity')
      : p.p_publisherKind === 'COMMUNITY'
        ? name(communities, p.p_communityId, 'CommunityEntity')
        : name(streets, p.p_streetId, 'StreetEntity');
  return {
    data: {
      publications: {
        edges: pageOf(plan, results, 'p').map((p) => ({
          node: {
            id: p.p_id,
            title: p.p_title,
            channel: p.p_channel,
            publishedAt: iso(p.p_publishedAt),
            publisherName: publisherName(p),
            placeName: placeName(p),
          },
        })),
      },
    },
  };
};

/**
 * The dashboard figures: the counts summed over every keyless aggregate row the product read (a row
 * with `raised` and a NULL group key `g`): one statement over the tickets, or a rollup's whole days
 * plus the live partial days at either end, which the product adds per key the same way. The two
 * rates are derived from the sums.
 */
listShapers.figures = (_plan, results) => {
  const rows = results.flat().filter((r) => r && typeof r === 'object' && 'raised' in r && r.g == null);
  const n = (k) => rows.reduce((sum, r) => sum + Number(r[k] ?? 0), 0);
  const rate = (a, b) => (n(b) > 0 ? n(a) / n(b) : null);
  const keys = ['raised', 'valid', 'replied', 'repliedOnTime', 'resolved', 'escalated', 'rejected', 'merged'];
  return {
    data: {
      analysisFigures: {
        ...Object.fromEntries([...keys, 'reopened', 'rated', 'satisfied'].map((k) => [k, n(k)])),
        replyRate: rate('replied', 'valid'),
        satisfaction: rate('satisfied', 'rated'),
      },
    },
  };
};
