// The raw twin's database side: the pool, its copy of the reference tables, the statements run in
// waves, and the helpers every shaper uses to find a statement's rows.
import { readFileSync } from 'node:fs';
import mysql from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
export const pool = mysql.createPool({
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

/** The plans bench.ts wrote (PLAN_FILE): per scenario, the captured statements in waves and how to shape them. */
export const readPlans = () => JSON.parse(readFileSync(process.env.PLAN_FILE, 'utf8'));

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
export let reference = {};
export async function loadReference() {
  const next = {};
  for (const [prefix, table] of Object.entries(REFERENCE)) {
    const [rows] = await pool.query(`SELECT * FROM \`${table}\``);
    next[prefix] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [`${prefix}_${k}`, v])));
  }
  reference = next;
}

/**
 * The rows of a batch the product sent (after the viewer's statements), keyed like TypeORM's batch
 * rows (`<Entity>_<column>`), and the twin's cached rows of a reference table. A batch is either
 * TypeORM's own statement (`SELECT \`UserEntity\`.\`id\` AS \`UserEntity_id\` …`, the first one of
 * that entity) or a term of a combined statement (groupedTerms).
 */
export function batchOf(plan, results, prefix) {
  const sqls = plan.waves.flat();
  const i = sqls.findIndex((s, k) => k >= plan.viewerStatements && prefixOf(s) === prefix);
  const grouped = sqls.flatMap((s, k) =>
    k >= plan.viewerStatements ? groupedTerms(s, results[k]).filter((t) => t.prefix === prefix) : [],
  );
  return [...(i < 0 ? [] : results[i]), ...grouped.flatMap((t) => t.rows), ...(reference[prefix] ?? [])];
}

const TERM = /^SELECT (\d+) AS `?gl_part`?, json_object\(.*?\) AS `?gl_row`? FROM \((.*)\) `?gl\1`?$/;
const MYSQL_DATETIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;
/** `ticket_assignment` → `TicketAssignmentEntity`: the entity prefix of a table, by the repository's naming. */
const prefixOfTable = (table) => `${table.replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase())}Entity`;

/**
 * The terms of a statement that reads several batches at once (the product's grouped loader:
 * `SELECT <n> AS gl_part, json_object('col', gl<n>.col, …) AS gl_row FROM (<sql>) gl<n> UNION ALL …`):
 * per term its inner statement, its rows (MariaDB's JSON datetimes, UTC, as instants, as the
 * product hydrates them) and, for `SELECT * FROM <table> …`, its entity prefix with the rows keyed
 * `<Entity>_<column>` like TypeORM's batch rows.
 */
export function groupedTerms(sql, rows) {
  if (!sql.includes('gl_part')) return [];
  return sql.split(/ UNION ALL (?=SELECT \d+ AS `?gl_part`?, json_object\()/).flatMap((piece) => {
    const m = TERM.exec(piece);
    if (!m) return [];
    const [, part, inner] = m;
    const plain = (rows ?? [])
      .filter((r) => String(r.gl_part) === part)
      .map((r) => {
        const row = typeof r.gl_row === 'string' ? JSON.parse(r.gl_row) : r.gl_row;
        return Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            typeof v === 'string' && MYSQL_DATETIME.test(v) ? new Date(`${v.replace(' ', 'T')}Z`) : v,
          ]),
        );
      });
    const table = /^SELECT \* FROM `(\w+)`/.exec(inner)?.[1];
    const prefix = table ? prefixOfTable(table) : undefined;
    const keyed = prefix
      ? plain.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [`${prefix}_${k}`, v])))
      : plain;
    return [{ sql: inner, prefix, rows: keyed, plain }];
  });
}

/** The rows of the first statement the product sent that passes `test`: on its own, or as a term of a combined read. */
export function rowsOf(plan, results, test) {
  const sqls = plan.waves.flat();
  const i = sqls.findIndex(test);
  if (i >= 0) return results[i] ?? [];
  for (const [k, s] of sqls.entries()) {
    const term = groupedTerms(s, results[k]).find((t) => test(t.sql));
    if (term) return term.plain;
  }
  return undefined;
}

export const iso = (v) => (v === null || v === undefined ? null : new Date(v).toISOString());

export const prefixOf = (sql) => /^SELECT `(\w+?)`\.`\w+` AS `\1_/.exec(sql)?.[1];

/** Statements in waves: each wave starts when the one before has answered; a wave runs in parallel. */
export async function run(waves) {
  const results = [];
  for (const wave of waves) results.push(...(await Promise.all(wave.map((sql) => pool.query(sql).then(([r]) => r)))));
  return results;
}

export const byId = (rows, prefix) => new Map(rows.map((r) => [r[`${prefix}_id`], r]));

/** The page statement of a list: the one selecting `alias`.`id` with a LIMIT. */
export const pageOf = (plan, results, alias) => {
  const sqls = plan.waves.flat();
  const i = sqls.findIndex(
    (s) => s.startsWith(`SELECT \`${alias}\`.\`id\` AS \`${alias}_id\``) && s.includes(' LIMIT '),
  );
  return (results[i] ?? []).slice(0, plan.first);
};
export const cast = {
  str: (v) => v ?? null,
  num: (v) => (v === null ? null : Number(v)),
  date: iso,
  bool: (v) => Boolean(v),
};
