/**
 * The SQL of the TicketFigureRollup migrations (frozen here: a migration must not follow later
 * entity changes). `ticket_figure_day` holds, per community, Asia/Shanghai day of submission,
 * estate, category and source, the sums the dashboard's ticket counts take over `ticket`
 * (analysis.figures.ts ticketCounts). Database triggers keep it: a ticket's contribution is taken
 * off its old row and added to its new one on every INSERT/UPDATE/DELETE of `ticket`, and the first
 * ESCALATED event of a valid ticket adds one to `escalated` — whatever code path writes, in the
 * writer's own statement, so the rollup is as exact and as transactional as the tickets.
 * Additive upserts (`x = x + delta`) take a row lock on MariaDB and run under SQLite's single
 * writer, so concurrent transactions never lose an update.
 */
export type Dialect = 'mysql' | 'sqlite';

export const ROLLUP_TABLE = 'ticket_figure_day';

/** The counted columns, in order (analysis.figures.ts reads them by these names). */
export const ROLLUP_COUNTS = [
  'raised',
  'rejected',
  'merged',
  'valid',
  'replied',
  'repliedOnTime',
  'resolved',
  'everResolved',
  'reopened',
  'rated',
  'satisfied',
  'escalated',
] as const;

const KEYS = ['communityId', 'createdDay', 'estateId', 'categoryId', 'source', 'streetId'] as const;

/** The Asia/Shanghai day of a stored UTC instant, 'YYYY-MM-DD', on each dialect. */
export function shanghaiDay(d: Dialect, col: string): string {
  return d === 'sqlite'
    ? `strftime('%Y-%m-%d', ${col}, '+8 hours')`
    : `DATE_FORMAT(DATE_ADD(${col}, INTERVAL 8 HOUR), '%Y-%m-%d')`;
}

const when = (cond: string) => `(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;

/**
 * One ticket's contribution to each count, as SQL over the ticket alias `p` (NEW, OLD or a table
 * alias); `escalated` is the EXISTS given. The same conditions as ticketCounts.
 */
function contribution(p: string, escalated: string): Record<(typeof ROLLUP_COUNTS)[number], string> {
  const valid = `${p}.acceptedAt IS NOT NULL AND ${p}.mergedIntoId IS NULL`;
  return {
    raised: '1',
    rejected: when(`${p}.state = 'REJECTED'`),
    merged: when(`${p}.mergedIntoId IS NOT NULL`),
    valid: when(valid),
    replied: when(`${valid} AND ${p}.firstRepliedAt IS NOT NULL`),
    repliedOnTime: when(
      `${valid} AND ${p}.firstRepliedAt IS NOT NULL AND ${p}.replyDueAt IS NOT NULL AND ${p}.firstRepliedAt <= ${p}.replyDueAt`,
    ),
    resolved: when(`${valid} AND ${p}.state = 'RESOLVED'`),
    everResolved: when(`${valid} AND (${p}.state = 'RESOLVED' OR ${p}.reopenCount > 0)`),
    reopened: when(`${valid} AND ${p}.reopenCount > 0`),
    rated: when(`${valid} AND ${p}.rating > 0`),
    satisfied: when(`${valid} AND ${p}.rating >= 4`),
    escalated: when(`${valid} AND ${escalated}`),
  };
}

const escalatedOf = (p: string) =>
  `EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticketId = ${p}.id AND e.type = 'ESCALATED')`;

function keyValues(d: Dialect, p: string): string[] {
  return [
    `${p}.communityId`,
    shanghaiDay(d, `${p}.createdAt`),
    `COALESCE(${p}.estateId, '')`,
    `COALESCE(${p}.categoryId, '')`,
    `${p}.source`,
    `${p}.streetId`,
  ];
}

/** Adds (sign 1) or takes off (sign -1) the ticket `p`'s contribution to its row. */
function upsert(d: Dialect, p: 'NEW' | 'OLD', sign: 1 | -1): string {
  const c = contribution(p, escalatedOf(p));
  const values = [...keyValues(d, p), ...ROLLUP_COUNTS.map((k) => (sign < 0 ? `-${c[k]}` : c[k]))];
  const cols = [...KEYS, ...ROLLUP_COUNTS].join(', ');
  const head = `INSERT INTO ${ROLLUP_TABLE} (${cols}) VALUES (${values.join(', ')})`;
  return d === 'sqlite'
    ? `${head} ON CONFLICT (${KEYS.join(', ')}) DO UPDATE SET ${ROLLUP_COUNTS.map((k) => `${k} = ${k} + excluded.${k}`).join(', ')}`
    : `${head} ON DUPLICATE KEY UPDATE ${ROLLUP_COUNTS.map((k) => `${k} = ${k} + VALUES(${k})`).join(', ')}`;
}

/** The columns a contribution depends on: an update that changes none of them leaves the rollup. */
const WATCHED = [
  'communityId',
  'createdAt',
  'estateId',
  'categoryId',
  'source',
  'streetId',
  'state',
  'acceptedAt',
  'mergedIntoId',
  'firstRepliedAt',
  'replyDueAt',
  'reopenCount',
  'rating',
];

export function rollupUp(d: Dialect): string[] {
  const sqlite = d === 'sqlite';
  const id = 'varchar(36)';
  const table = `CREATE TABLE ${ROLLUP_TABLE} (
    communityId ${id} NOT NULL, createdDay char(10) NOT NULL, estateId ${id} NOT NULL,
    categoryId ${id} NOT NULL, source varchar(16) NOT NULL, streetId ${id} NOT NULL,
    ${ROLLUP_COUNTS.map((k) => `${k} integer NOT NULL DEFAULT 0`).join(', ')},
    CONSTRAINT pk_ticket_figure_day PRIMARY KEY (${KEYS.join(', ')}))${sqlite ? '' : ' ENGINE=InnoDB'}`;
  const changed = WATCHED.map((c) => (sqlite ? `OLD.${c} IS NEW.${c}` : `OLD.${c} <=> NEW.${c}`)).join(' AND ');
  const escalateRow = sqlite
    ? `UPDATE ${ROLLUP_TABLE} SET escalated = escalated + 1
       WHERE (${KEYS.join(', ')}) = (SELECT ${keyValues(d, 't').join(', ')} FROM ticket t
         WHERE t.id = NEW.ticketId AND t.acceptedAt IS NOT NULL AND t.mergedIntoId IS NULL)
       AND NOT EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticketId = NEW.ticketId AND e.type = 'ESCALATED' AND e.id <> NEW.id)`
    : `UPDATE ${ROLLUP_TABLE} f JOIN ticket t ON t.id = NEW.ticketId
         AND ${KEYS.map((k, i) => `f.${k} = ${keyValues(d, 't')[i]}`).join(' AND ')}
       SET f.escalated = f.escalated + 1
       WHERE t.acceptedAt IS NOT NULL AND t.mergedIntoId IS NULL
       AND NOT EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticketId = NEW.ticketId AND e.type = 'ESCALATED' AND e.id <> NEW.id)`;
  const triggers = sqlite
    ? [
        `CREATE TRIGGER trg_ticket_figure_ins AFTER INSERT ON ticket BEGIN ${upsert(d, 'NEW', 1)}; END`,
        `CREATE TRIGGER trg_ticket_figure_upd AFTER UPDATE ON ticket WHEN NOT (${changed}) BEGIN ${upsert(d, 'OLD', -1)}; ${upsert(d, 'NEW', 1)}; END`,
        `CREATE TRIGGER trg_ticket_figure_del AFTER DELETE ON ticket BEGIN ${upsert(d, 'OLD', -1)}; END`,
        `CREATE TRIGGER trg_ticket_figure_esc AFTER INSERT ON ticket_event WHEN NEW.type = 'ESCALATED' BEGIN ${escalateRow}; END`,
      ]
    : [
        `CREATE TRIGGER trg_ticket_figure_ins AFTER INSERT ON ticket FOR EACH ROW ${upsert(d, 'NEW', 1)}`,
        `CREATE TRIGGER trg_ticket_figure_upd AFTER UPDATE ON ticket FOR EACH ROW BEGIN IF NOT (${changed}) THEN ${upsert(d, 'OLD', -1)}; ${upsert(d, 'NEW', 1)}; END IF; END`,
        `CREATE TRIGGER trg_ticket_figure_del AFTER DELETE ON ticket FOR EACH ROW ${upsert(d, 'OLD', -1)}`,
        `CREATE TRIGGER trg_ticket_figure_esc AFTER INSERT ON ticket_event FOR EACH ROW BEGIN IF NEW.type = 'ESCALATED' THEN ${escalateRow}; END IF; END`,
      ];
  const byStreet = `CREATE INDEX ix_ticket_figure_day_street ON ${ROLLUP_TABLE} (streetId, createdDay)`;
  const byDay = `CREATE INDEX ix_ticket_figure_day_day ON ${ROLLUP_TABLE} (createdDay)`;
  return [table, byStreet, byDay, ...triggers];
}

/**
 * The rollup rebuilt from the tickets (the migration's backfill; `pnpm bench:data` after its bulk
 * load): one grouped INSERT … SELECT per community, so no statement holds the whole table.
 */
export function rollupRebuild(d: Dialect, communityId: string): [string, string[]] {
  const c = contribution('t', escalatedOf('t'));
  const keys = keyValues(d, 't');
  const sql = `INSERT INTO ${ROLLUP_TABLE} (${[...KEYS, ...ROLLUP_COUNTS].join(', ')})
    SELECT ${keys.join(', ')}, ${ROLLUP_COUNTS.map((k) => `SUM(${c[k]})`).join(', ')}
    FROM ticket t WHERE t.communityId = ? GROUP BY ${keys.join(', ')}`;
  return [sql, [communityId]];
}

export function rollupDown(): string[] {
  return [
    'DROP TRIGGER IF EXISTS trg_ticket_figure_esc',
    'DROP TRIGGER IF EXISTS trg_ticket_figure_del',
    'DROP TRIGGER IF EXISTS trg_ticket_figure_upd',
    'DROP TRIGGER IF EXISTS trg_ticket_figure_ins',
    `DROP TABLE ${ROLLUP_TABLE}`,
  ];
}

/** How many triggers keep the rollup (analysis.rollup.ts reads it only when all of them exist). */
export const ROLLUP_TRIGGERS = 4;

/**
 * Creates the table and triggers, then fills it from the tickets already there. TiDB has no
 * triggers: there the table is created empty and the figures are counted live (docs/deploy.md).
 */
export async function rollupMigrate(
  d: Dialect,
  q: { query(sql: string, params?: unknown[]): Promise<unknown> },
): Promise<void> {
  if (d === 'mysql') {
    const [v] = (await q.query('SELECT VERSION() AS v')) as { v: string }[];
    if (/tidb/i.test(String(v?.v))) {
      for (const sql of rollupUp(d).slice(0, -ROLLUP_TRIGGERS)) await q.query(sql);
      return;
    }
  }
  for (const sql of rollupUp(d)) await q.query(sql);
  await rollupFill(d, q);
}

/** Empties the rollup and fills it again from the tickets, community by community. */
export async function rollupFill(
  d: Dialect,
  q: { query(sql: string, params?: unknown[]): Promise<unknown> },
): Promise<void> {
  await q.query(`DELETE FROM ${ROLLUP_TABLE}`);
  const communities = (await q.query('SELECT id FROM community')) as { id: string }[];
  for (const { id } of communities) {
    const [sql, params] = rollupRebuild(d, id);
    await q.query(sql, params);
  }
}
