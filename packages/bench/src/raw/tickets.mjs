// The ticket shapers of the raw twin: the staff list (with totalCount as the product's countOf) and
// the detail with its timeline.
import { batchOf, byId, iso, pool, rowsOf } from './db.mjs';
import { maskPhone } from './phone.mjs';

/** countOf's estimate from the rows of an EXPLAIN of the count. */
const estimateFrom = (explained) => {
  const main = explained.find((r) => Number(r.id) === 1 && r.table === 't') ?? explained[0];
  return Math.max(10_001, Math.round((Number(main?.rows ?? 0) * Number(main?.filtered ?? 100)) / 100));
};

/** The EXPLAIN the product sends for a bounded count beyond the bound (pagination.ts countOf), run once per plan. */
export async function estimateOf(plan) {
  const bounded = plan.waves.flat().find((s) => s.startsWith('SELECT COUNT(*) AS n FROM (SELECT `t`.`id` AS `t_id`'));
  if (!bounded) return undefined;
  const sql = bounded
    .replace('SELECT COUNT(*) AS n FROM (SELECT `t`.`id` AS `t_id` FROM', 'EXPLAIN SELECT COUNT(*) AS `n` FROM')
    .replace(/ LIMIT 10001\) bounded$/, '');
  const [rows] = await pool.query(sql);
  return estimateFrom(rows);
}

export const ticketShapers = {
  /** The staff ticket list: { tickets { totalCount pageInfo edges { node { … } } } }. */
  ticketList(plan, results) {
    const sqls = plan.waves.flat();
    const find = (test) => results[sqls.findIndex(test)] ?? [];
    // totalCount as the product's countOf: an exact count over at most 10,001 rows, above that the
    // optimizer's estimate (EXPLAIN of the count), never below 10,001.
    const bounded = find((s) => s.startsWith('SELECT COUNT(*) AS n FROM (SELECT `t`.`id`'))[0];
    // The product keeps an estimate a minute, so its warm requests send no EXPLAIN: the twin sends
    // its own once, on /reload (estimateOf), or uses the one in the plan when the product sent it.
    const explained = find((s) => s.startsWith('EXPLAIN SELECT COUNT(*) AS `n` FROM `ticket` `t`'));
    const exact = Number(bounded?.n ?? 0);
    const totalCount = exact <= 10_000 ? exact : explained.length ? estimateFrom(explained) : plan.estimate;
    const page = find((s) => s.startsWith('SELECT `t`.`id` AS `t_id`'));
    const batch = (prefix) => batchOf(plan, results, prefix);
    const cats = byId(batch('TicketCategoryEntity'), 'TicketCategoryEntity');
    const comms = byId(batch('CommunityEntity'), 'CommunityEntity');
    const estates = byId(batch('EstateEntity'), 'EstateEntity');
    const buildings = byId(batch('BuildingEntity'), 'BuildingEntity');
    const users = byId(batch('UserEntity'), 'UserEntity');
    const orgs = byId(batch('OrganisationEntity'), 'OrganisationEntity');
    const assignments = new Map();
    for (const a of batch('TicketAssignmentEntity')) {
      const list = assignments.get(a.TicketAssignmentEntity_ticketId) ?? [];
      list.push(a);
      assignments.set(a.TicketAssignmentEntity_ticketId, list);
    }
    const first = plan.first;
    const rows = page.slice(0, first);
    const last = rows[rows.length - 1];
    const cursor = (t) =>
      Buffer.from(`p2:${t.t_pinned}:${new Date(t.t_createdAt).getTime()}:${t.t_id}`).toString('base64url');
    const place = (m, id, prefix) => {
      const r = id ? m.get(id) : undefined;
      return r ? { id: r[`${prefix}_id`], name: r[`${prefix}_name`] } : null;
    };
    return {
      data: {
        tickets: {
          totalCount,
          pageInfo: { hasNextPage: page.length > first, endCursor: last ? cursor(last) : null },
          edges: rows.map((t) => {
            const c = cats.get(t.t_categoryId);
            const u = users.get(t.t_submitterId);
            return {
              node: {
                id: t.t_id,
                title: t.t_title,
                state: t.t_state,
                priority: t.t_priority,
                createdAt: iso(t.t_createdAt),
                anonymous: Boolean(t.t_anonymous),
                category: c ? { id: c.TicketCategoryEntity_id, nameZh: c.TicketCategoryEntity_nameZh } : null,
                community: place(comms, t.t_communityId, 'CommunityEntity'),
                estate: place(estates, t.t_estateId, 'EstateEntity'),
                building: place(buildings, t.t_buildingId, 'BuildingEntity'),
                submitter: u
                  ? { id: u.UserEntity_id, displayName: u.UserEntity_displayName, phone: maskPhone(u.UserEntity_phone) }
                  : null,
                assignments: (assignments.get(t.t_id) ?? [])
                  .filter((a) => a.TicketAssignmentEntity_state !== 'REMOVED')
                  .map((a) => ({
                    id: a.TicketAssignmentEntity_id,
                    state: a.TicketAssignmentEntity_state,
                    repliedAt: iso(a.TicketAssignmentEntity_repliedAt),
                    assignedAt: iso(a.TicketAssignmentEntity_assignedAt ?? a.TicketAssignmentEntity_createdAt),
                    organisation: place(orgs, a.TicketAssignmentEntity_organisationId, 'OrganisationEntity'),
                  })),
              },
            };
          }),
        },
      },
    };
  },
};

/** The ticket detail: { ticket { …, assignments, timeline(first: 100) } }. */
ticketShapers.ticketDetail = (plan, results) => {
  const sqls = plan.waves.flat();
  const batch = (prefix) => batchOf(plan, results, prefix);
  const t = batch('TicketEntity')[0];
  // The product asks the database only when the row cannot tell (routed organisations); otherwise it
  // decides from the row: the viewer's community (the benchmark's staff account) holds the ticket.
  // (The same change as the cpu branch's in raw-server.mjs before the split.)
  const scopeAt = sqls.findIndex((s) => s.includes('EXISTS (SELECT 1 FROM `ticket` `t`'));
  const inScope = scopeAt >= 0 ? results[scopeAt]?.length > 0 : t?.TicketEntity_communityId === plan.viewerCommunityId;
  if (!t || !inScope) return { data: { ticket: null } };
  const one = (prefix) => batch(prefix)[0];
  const place = (prefix, id) => {
    const r = id ? batch(prefix).find((x) => x[`${prefix}_id`] === id) : undefined;
    return r ? { id: r[`${prefix}_id`], name: r[`${prefix}_name`] } : null;
  };
  const c = batch('TicketCategoryEntity').find((x) => x.TicketCategoryEntity_id === t.TicketEntity_categoryId);
  const u = one('UserEntity');
  const orgs = byId(batch('OrganisationEntity'), 'OrganisationEntity');
  // The timeline page: the product's one statement of `count LEFT JOIN page` (ticket.loaders.ts
  // timelinePageLoader), plain ticket_event columns; an empty page answers one row without an id.
  const timeline = rowsOf(plan, results, (s) => s.startsWith('SELECT * FROM (SELECT 0 AS `tl_key`')) ?? [];
  const events = timeline
    .filter((e) => e.id != null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, 100);
  return {
    data: {
      ticket: {
        id: t.TicketEntity_id,
        title: t.TicketEntity_title,
        body: t.TicketEntity_body,
        state: t.TicketEntity_state,
        priority: t.TicketEntity_priority,
        createdAt: iso(t.TicketEntity_createdAt),
        acceptedAt: iso(t.TicketEntity_acceptedAt),
        firstRepliedAt: iso(t.TicketEntity_firstRepliedAt),
        resolvedAt: iso(t.TicketEntity_resolvedAt),
        rating: t.TicketEntity_rating,
        category: c ? { id: c.TicketCategoryEntity_id, nameZh: c.TicketCategoryEntity_nameZh } : null,
        community: place('CommunityEntity', t.TicketEntity_communityId),
        estate: place('EstateEntity', t.TicketEntity_estateId),
        building: place('BuildingEntity', t.TicketEntity_buildingId),
        submitter: u
          ? { id: u.UserEntity_id, displayName: u.UserEntity_displayName, phone: maskPhone(u.UserEntity_phone) }
          : null,
        assignments: batch('TicketAssignmentEntity')
          .filter((a) => a.TicketAssignmentEntity_state !== 'REMOVED')
          .map((a) => {
            const o = orgs.get(a.TicketAssignmentEntity_organisationId);
            return {
              id: a.TicketAssignmentEntity_id,
              state: a.TicketAssignmentEntity_state,
              repliedAt: iso(a.TicketAssignmentEntity_repliedAt),
              organisation: o ? { id: o.OrganisationEntity_id, name: o.OrganisationEntity_name } : null,
            };
          }),
        timeline: {
          edges: events.map((e) => ({
            node: {
              id: e.id,
              type: e.type,
              fromState: e.fromState,
              toState: e.toState,
              note: e.note,
              createdAt: iso(e.createdAt),
              actorRole: e.actorRole,
            },
          })),
        },
      },
    },
  };
};
