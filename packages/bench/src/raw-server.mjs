// The raw baseline: node:http + mysql2, no framework. For each scenario it sends the statements
// the product sent for the same request (captured from MariaDB's general log by bench.ts and
// passed in PLAN_FILE) in the same order and grouping (the viewer, then the page, then the batches
// that depend on the page, then those that depend on the batches), and shapes the same JSON by
// hand. The benchmark checks both: the statements from the general log, the answers compared.
//
//   DATABASE_URL=mariadb://… PORT=4101 PLAN_FILE=plan.json node src/raw-server.mjs
import { createDecipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import mysql from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  connectionLimit: 10,
  dateStrings: false,
  timezone: 'Z',
  supportBigNumbers: true,
});
let plans = JSON.parse(readFileSync(process.env.PLAN_FILE, 'utf8'));

// The small reference tables, held in this process like the product's reference cache
// (graphql/loaders/reference.loader.ts): the product's warm requests read none of them, so the twin
// answers from its own copy, read once at start (and on /reload), keyed like TypeORM's batch rows.
const REFERENCE = {
  StreetEntity: 'street',
  CommunityEntity: 'community',
  EstateEntity: 'estate',
  BuildingEntity: 'building',
  OrganisationEntity: 'organisation',
  TicketCategoryEntity: 'ticket_category',
};
let reference = {};
async function loadReference() {
  const next = {};
  for (const [prefix, table] of Object.entries(REFERENCE)) {
    const [rows] = await pool.query(`SELECT * FROM \`${table}\``);
    next[prefix] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [`${prefix}_${k}`, v])));
  }
  reference = next;
}
await loadReference();

/** countOf's estimate from the rows of an EXPLAIN of the count. */
const estimateFrom = (explained) => {
  const main = explained.find((r) => Number(r.id) === 1 && r.table === 't') ?? explained[0];
  return Math.max(10_001, Math.round((Number(main?.rows ?? 0) * Number(main?.filtered ?? 100)) / 100));
};

/** The EXPLAIN the product sends for a bounded count beyond the bound (pagination.ts countOf), run once per plan. */
async function estimateOf(plan) {
  const bounded = plan.waves.flat().find((s) => s.startsWith('SELECT COUNT(*) AS n FROM (SELECT `t`.`id` AS `t_id`'));
  if (!bounded) return undefined;
  const sql = bounded
    .replace('SELECT COUNT(*) AS n FROM (SELECT `t`.`id` AS `t_id` FROM', 'EXPLAIN SELECT COUNT(*) AS `n` FROM')
    .replace(/ LIMIT 10001\) bounded$/, '');
  const [rows] = await pool.query(sql);
  return estimateFrom(rows);
}

/** The rows of a batch the product sent (after the viewer's statements), and the twin's cached rows of a reference table. */
function batchOf(plan, results, prefix) {
  const sqls = plan.waves.flat();
  const i = sqls.findIndex((s, k) => k >= plan.viewerStatements && prefixOf(s) === prefix);
  return [...(i < 0 ? [] : results[i]), ...(reference[prefix] ?? [])];
}

const iso = (v) => (v === null || v === undefined ? null : new Date(v).toISOString());

// Phones are stored encrypted (the product's packages/server/src/crypto/personal-data.ts):
// `v1.<key id>.<iv>.<tag>.<ciphertext>`, base64url parts, AES-256-GCM with `v1.<key id>` as
// additional data. The twin decrypts with node:crypto itself (a raw baseline imports no server
// code), with the keys of DATA_KEYS (`id:base64key,…`, as in the server's config.ts parseDataKeys).
// Duplicated from config.ts: the published development key, which a bare `dev` entry (or no
// DATA_KEYS at all) names. pnpm bench passes the product's DATA_KEYS to the twin.
const DEV_DATA_KEY = createHash('sha256').update('roundtable development data key (not a secret)').digest();
const dataKeys = new Map();
for (const entry of (process.env.DATA_KEYS ?? '')
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean)) {
  const [id, value] = entry.split(':');
  dataKeys.set(
    id,
    id === 'dev' && !value ? DEV_DATA_KEY : Buffer.from(value, /[-_]/.test(value) ? 'base64url' : 'base64'),
  );
}
if (dataKeys.size === 0) dataKeys.set('dev', DEV_DATA_KEY);
const CIPHERTEXT = /^v1\.([A-Za-z0-9_-]{1,16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)$/;
function decrypt(stored) {
  if (stored == null) return stored;
  const m = CIPHERTEXT.exec(stored);
  const key = m && dataKeys.get(m[1]);
  if (!key) throw new Error(`raw twin: a stored phone is not a ciphertext of a key in DATA_KEYS`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(m[2], 'base64url'));
  decipher.setAAD(Buffer.from(`v1.${m[1]}`));
  decipher.setAuthTag(Buffer.from(m[3], 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(m[4], 'base64url')), decipher.final()]).toString('utf8');
}
/** The product's maskPhone (common/mask.ts) of the decrypted number. */
const maskPhone = (stored) => {
  const p = decrypt(stored);
  if (p == null) return p;
  return p.length < 7 ? '*'.repeat(p.length) : `${p.slice(0, 3)}****${p.slice(-4)}`;
};
const prefixOf = (sql) => /^SELECT `(\w+?)`\.`\w+` AS `\1_/.exec(sql)?.[1];

/** Statements in waves: each wave starts when the one before has answered; a wave runs in parallel. */
async function run(waves) {
  const results = [];
  for (const wave of waves) results.push(...(await Promise.all(wave.map((sql) => pool.query(sql).then(([r]) => r)))));
  return results;
}

const byId = (rows, prefix) => new Map(rows.map((r) => [r[`${prefix}_id`], r]));

const shapers = {
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
shapers.ticketDetail = (plan, results) => {
  const sqls = plan.waves.flat();
  const batch = (prefix) => batchOf(plan, results, prefix);
  const t = batch('TicketEntity')[0];
  // The product asks the database only when the row cannot tell (routed organisations); otherwise it
  // decides from the row: the viewer's community (the benchmark's staff account) holds the ticket.
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
  const timeline = results[sqls.findIndex((s) => s.startsWith('SELECT * FROM (SELECT 0 AS `tl_key`'))] ?? [];
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

/** The page statement of a list: the one selecting `alias`.`id` with a LIMIT. */
const pageOf = (plan, results, alias) => {
  const sqls = plan.waves.flat();
  const i = sqls.findIndex(
    (s) => s.startsWith(`SELECT \`${alias}\`.\`id\` AS \`${alias}_id\``) && s.includes(' LIMIT '),
  );
  return (results[i] ?? []).slice(0, plan.first);
};
const cast = { str: (v) => v ?? null, num: (v) => (v === null ? null : Number(v)), date: iso, bool: (v) => Boolean(v) };

/** A list of plain columns: { <connection> { edges { node { …fields } } } }. */
shapers.simpleList = (plan, results) => ({
  data: {
    [plan.connection]: {
      edges: pageOf(plan, results, plan.alias).map((r) => ({
        node: Object.fromEntries(
          Object.entries(plan.fields).map(([f, kind]) => [f, cast[kind](r[`${plan.alias}_${f}`])]),
        ),
      })),
    },
  },
});

/** Publications as a resident reads them: publisher and place named from the batches. */
shapers.publicationList = (plan, results) => {
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

/** The dashboard figures: counts from the aggregate statement, the two rates derived from them. */
shapers.figures = (plan, results) => {
  const sqls = plan.waves.flat();
  const row = results[sqls.findIndex((s) => s.startsWith('SELECT NULL AS `g`, COUNT(*) AS `raised`'))]?.[0] ?? {};
  const n = (k) => Number(row[k] ?? 0);
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

createServer((req, res) => {
  const name = req.url.slice(1);
  if (name === 'reload' && req.method === 'POST') {
    plans = JSON.parse(readFileSync(process.env.PLAN_FILE, 'utf8'));
    const estimates = Object.values(plans).map(async (plan) => {
      plan.estimate = await estimateOf(plan);
    });
    Promise.all([loadReference(), ...estimates]).then(
      () => res.writeHead(204).end(),
      (err) => res.writeHead(500).end(String(err.message)),
    );
    return;
  }
  const plan = plans[name];
  if (!plan) {
    res.writeHead(404).end();
    return;
  }
  run(plan.waves)
    .then((results) => {
      const body = JSON.stringify(shapers[plan.shape](plan, results));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    })
    .catch((err) => {
      res.writeHead(500).end(String(err.message));
    });
}).listen(Number(process.env.PORT ?? 4101), '127.0.0.1', () => process.stdout.write('raw ready\n'));
