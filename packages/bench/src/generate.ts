/**
 * Fills a database with street- or city-scale data: the real migrations and the demo seed first
 * (its accounts are the benchmark's viewers), then bulk multi-row INSERTs — streets, communities,
 * estates, buildings, households with one verified resident each (user, RESIDENT membership,
 * approved binding), a community office and staff per community, tickets with their timelines and
 * assignments, and each generated community gets a copy of the demo community's rows of the other
 * modules (publications, equipment and maintenance records, venues and bookings, ledger entries,
 * a vote with its ballots) plus a bulk of publications.
 *
 * Every unique key and foreign key is respected (checks stay on); ids are UUID v7 taken at the
 * row's creation time, like the product's, so keyset order equals creation order.
 */
import { randomBytes } from 'node:crypto';
import { type DatabaseConfig, loadConfig, parseDatabaseUrl } from '../../server/src/config.js';
import { setDataKeyring } from '../../server/src/crypto/data-keys.js';
import { encryptValue, phoneIndex } from '../../server/src/crypto/personal-data.js';
import { createDataSource, ensureDatabaseExists } from '../../server/src/db/data-source.js';
import { seedAll } from '../../server/src/db/seed/index.js';
import { seedCategories } from '../../server/src/db/seed/tickets.js';
import { BENCH_DATA_KEYS } from './keys.js';
import { projection, rating, STATE_AFTER, timeline } from './timeline.js';

type DataSource = ReturnType<typeof createDataSource>;

export interface Scale {
  name: string;
  tickets: number;
  /** Generated streets (0: the generated communities join the demo street 北干街道). */
  streets: number;
  /** Generated communities per street (or in the demo street). */
  communitiesPerStreet: number;
  households: number;
  /** Publications per generated community, on top of the cloned demo ones. */
  publicationsPerCommunity: number;
}

export const SCALES: Record<string, Scale> = {
  toy: {
    name: 'toy',
    tickets: 200,
    streets: 0,
    communitiesPerStreet: 1,
    households: 1200,
    publicationsPerCommunity: 5,
  },
  street: {
    name: 'street',
    tickets: 100_000,
    streets: 0,
    communitiesPerStreet: 2,
    households: 20_000,
    publicationsPerCommunity: 100,
  },
  city: {
    name: 'city',
    tickets: 1_000_000,
    streets: 4,
    communitiesPerStreet: 6,
    households: 100_000,
    publicationsPerCommunity: 200,
  },
};

const H = 3_600_000;
const DAY = 24 * H;
const ESTATES_PER_COMMUNITY = 4;
const BUILDINGS_PER_ESTATE = 10;

let idSeq = 0;
/** A UUID v7 for an instant (a process-wide counter keeps ids of one millisecond distinct and increasing). */
export function idAt(ms: number): string {
  idSeq = (idSeq + 1) & 0xfff;
  const b = randomBytes(16);
  b.writeUIntBE(Math.floor(ms), 0, 6);
  b[6] = 0x70 | (idSeq >> 8);
  b[7] = idSeq & 0xff;
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type Row = unknown[];

export class Inserter {
  readonly sqlite: boolean;
  constructor(readonly ds: DataSource) {
    this.sqlite = ds.options.type === 'better-sqlite3';
  }
  /** A Date in the form each dialect stores (SQLite: text, UTC, milliseconds). */
  d(ms: number | null): Date | string | null {
    if (ms === null) return null;
    const date = new Date(ms);
    return this.sqlite ? date.toISOString().slice(0, 23).replace('T', ' ') : date;
  }
  /** Multi-row INSERTs, at most `per` rows a statement (SQLite binds at most 32,766 values). */
  async insert(table: string, cols: string[], rows: Row[], per = Math.floor(30_000 / cols.length)): Promise<void> {
    const tuple = `(${cols.map(() => '?').join(', ')})`;
    const q = (c: string) => (this.sqlite ? `"${c}"` : `\`${c}\``);
    for (let i = 0; i < rows.length; i += per) {
      const part = rows.slice(i, i + per);
      await this.ds.query(
        `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES ${part.map(() => tuple).join(', ')}`,
        part.flat(),
      );
    }
  }
}

export interface GenerateResult {
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

/** Drops and recreates the database (MariaDB) or removes the file (SQLite). */
export async function freshDatabase(db: DatabaseConfig): Promise<void> {
  if (db.dialect === 'sqlite') {
    const { rmSync } = await import('node:fs');
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${db.database}${suffix}`, { force: true });
    return;
  }
  const mysql = await import('mysql2/promise');
  const url = new URL(db.url);
  url.pathname = '/';
  const c = await mysql.createConnection(url.toString());
  await c.query(`DROP DATABASE IF EXISTS \`${db.database}\``);
  await c.end();
  await ensureDatabaseExists(db);
}

export async function openBenchDatabase(url: string): Promise<{ db: DatabaseConfig; ds: DataSource }> {
  const db = parseDatabaseUrl(url, process.cwd());
  const ds = createDataSource(db);
  await ds.initialize();
  return { db, ds };
}

/** Migrations and the demo seed, then the generated rows. */
export async function generate(
  url: string,
  scale: Scale,
  log: (s: string) => void = console.log,
): Promise<GenerateResult> {
  const seconds: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    seconds[name] = (Date.now() - t) / 1000;
    log(`  ${name}: ${seconds[name]?.toFixed(1)} s`);
    t = Date.now();
  };

  const db = parseDatabaseUrl(url, process.cwd());
  await freshDatabase(db);
  const { ds } = await openBenchDatabase(url);
  try {
    await ds.runMigrations({ transaction: 'each' });
    lap('migrations');
    const config = loadConfig({
      NODE_ENV: 'development',
      DATABASE_URL: url,
      AUTH_SECRET: 'x'.repeat(32),
      // Phones are written encrypted: with the keys the benchmarked server will read them with.
      ...BENCH_DATA_KEYS,
    });
    setDataKeyring(config.dataKeys);
    await seedAll(ds, config);
    lap('demo seed');
    const ins = new Inserter(ds);
    if (ins.sqlite) await ds.query('PRAGMA synchronous = OFF');
    const tree = await buildTree(ins, scale, counts);
    lap('streets, communities, estates, households, residents');
    await buildTickets(ins, scale, tree, counts);
    lap('tickets, timelines, assignments');
    await buildOtherModules(ins, scale, tree, counts);
    lap('other modules');
    if (!ins.sqlite) {
      await ds.query('ANALYZE TABLE ticket, ticket_event, ticket_assignment, household, user, membership');
      lap('analyze');
    }
    return { counts, seconds };
  } finally {
    await ds.destroy();
  }
}

interface CommunityInfo {
  id: string;
  streetId: string;
  name: string;
  generated: boolean;
  officeId: string;
  staffId: string;
  /** Households of the generated estates: [householdId, estateId, buildingId, residentUserId]. */
  households: [string, string, string, string][];
  categories: string[];
  estates: string[];
}

interface Tree {
  demoStreetId: string;
  boxueId: string;
  boxueStaffId: string;
  departmentId: string;
  communities: CommunityInfo[];
}

/** A phone as the user table stores it: the ciphertext and its blind index (a few µs per row). */
const encryptedPhone = (phone: string): [string, string] => [encryptValue(phone), phoneIndex(phone)];

async function one<T>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows = (await ds.query(sql, params)) as T[];
  if (!rows[0]) throw new Error(`bench data: nothing for ${sql}`);
  return rows[0];
}

async function buildTree(ins: Inserter, scale: Scale, counts: Record<string, number>): Promise<Tree> {
  const ds = ins.ds;
  const now = Date.now();
  const demoStreetId = (await one<{ id: string }>(ds, "SELECT id FROM street WHERE name = '北干街道'")).id;
  const boxueStaffId = (
    await one<{ id: string }>(ds, 'SELECT id FROM user WHERE phoneIndex = ?', [phoneIndex('13800000002')])
  ).id;
  const departmentId = (
    await one<{ id: string }>(ds, "SELECT id FROM organisation WHERE kind = 'DEPARTMENT' ORDER BY id")
  ).id;
  const hash = (
    await one<{ passwordHash: string }>(ds, 'SELECT passwordHash FROM user WHERE phoneIndex = ?', [
      phoneIndex('13900000001'),
    ])
  ).passwordHash;
  const demo = (await ds.query('SELECT id, name, streetId FROM community ORDER BY name')) as {
    id: string;
    name: string;
    streetId: string;
  }[];
  const boxueId = demo.find((c) => c.name === '博学路社区')?.id as string;

  const streets: Row[] = [];
  const streetIds: string[] = [];
  if (scale.streets === 0) streetIds.push(demoStreetId);
  for (let s = 0; s < scale.streets; s++) {
    const id = idAt(now);
    streetIds.push(id);
    streets.push([id, ins.d(now), ins.d(now), `生成街道${s + 1}`, '萧山区']);
  }
  await ins.insert('street', ['id', 'createdAt', 'updatedAt', 'name', 'district'], streets);

  const communities: CommunityInfo[] = [];
  const cRows: Row[] = [];
  const orgRows: Row[] = [];
  const userRows: Row[] = [];
  const memberRows: Row[] = [];
  let phone = 0;
  const staffUser = (name: string) => {
    const id = idAt(now);
    userRows.push([
      id,
      ins.d(now),
      ins.d(now),
      ...encryptedPhone(`158${String(phone++).padStart(8, '0')}`),
      hash,
      name,
    ]);
    return id;
  };
  for (const c of demo) {
    const office = (
      await one<{ id: string }>(ds, "SELECT id FROM organisation WHERE kind = 'COMMUNITY_OFFICE' AND communityId = ?", [
        c.id,
      ])
    ).id;
    const staff = (
      await one<{ userId: string }>(
        ds,
        "SELECT userId FROM membership WHERE role = 'COMMUNITY_STAFF' AND communityId = ? ORDER BY id",
        [c.id],
      )
    ).userId;
    communities.push({
      ...c,
      generated: false,
      officeId: office,
      staffId: staff,
      households: [],
      categories: [],
      estates: [],
    });
  }
  let n = 0;
  for (const streetId of streetIds) {
    for (let k = 0; k < scale.communitiesPerStreet; k++) {
      n += 1;
      const id = idAt(now);
      const name = `生成社区${n}`;
      cRows.push([id, ins.d(now), ins.d(now), streetId, name]);
      const officeId = idAt(now);
      orgRows.push([officeId, ins.d(now), ins.d(now), 'COMMUNITY_OFFICE', `${name}居委会`, streetId, id]);
      const staffId = staffUser(`${name} 专管员`);
      memberRows.push([idAt(now), ins.d(now), staffId, 'COMMUNITY_STAFF', 'COMMUNITY', id, streetId, id, null, id]);
      communities.push({
        id,
        streetId,
        name,
        generated: true,
        officeId,
        staffId,
        households: [],
        categories: [],
        estates: [],
      });
    }
  }
  await ins.insert('community', ['id', 'createdAt', 'updatedAt', 'streetId', 'name'], cRows);
  await ins.insert(
    'organisation',
    ['id', 'createdAt', 'updatedAt', 'kind', 'name', 'streetId', 'communityId'],
    orgRows,
  );
  await seedCategories(ds);

  // Estates, buildings, households: spread evenly over every community (demo ones too, so that
  // the demo staff's own community holds generated residents and tickets).
  const estateRows: Row[] = [];
  const buildingRows: Row[] = [];
  const householdRows: Row[] = [];
  const bindingRows: Row[] = [];
  const perCommunity = Math.ceil(scale.households / communities.length);
  const perBuilding = Math.ceil(perCommunity / (ESTATES_PER_COMMUNITY * BUILDINGS_PER_ESTATE));
  let resident = 0;
  for (const c of communities) {
    let left = perCommunity;
    for (let e = 0; e < ESTATES_PER_COMMUNITY; e++) {
      const estateId = idAt(now);
      c.estates.push(estateId);
      estateRows.push([estateId, ins.d(now), ins.d(now), c.streetId, c.id, `${c.name}生成小区${e + 1}`]);
      for (let b = 0; b < BUILDINGS_PER_ESTATE; b++) {
        const buildingId = idAt(now);
        buildingRows.push([buildingId, ins.d(now), ins.d(now), c.streetId, c.id, estateId, `${b + 1}幢`]);
        for (let h = 0; h < perBuilding && left > 0; h++, left--) {
          const householdId = idAt(now);
          const unit = `${1 + (h % 2)}单元`;
          const room = `${101 + Math.floor(h / 2)}`;
          householdRows.push([householdId, ins.d(now), ins.d(now), c.streetId, c.id, estateId, buildingId, unit, room]);
          const userId = idAt(now);
          resident += 1;
          userRows.push([
            userId,
            ins.d(now),
            ins.d(now),
            ...encryptedPhone(`159${String(resident).padStart(8, '0')}`),
            hash,
            `居民${resident}`,
          ]);
          memberRows.push([idAt(now), ins.d(now), userId, 'RESIDENT', 'COMMUNITY', c.id, c.streetId, c.id, null, c.id]);
          bindingRows.push([
            idAt(now),
            ins.d(now),
            ins.d(now),
            userId,
            householdId,
            c.streetId,
            c.id,
            estateId,
            'OWNER',
            'APPROVED',
            c.staffId,
            ins.d(now),
            householdId,
          ]);
          c.households.push([householdId, estateId, buildingId, userId]);
        }
      }
    }
  }
  await ins.insert('estate', ['id', 'createdAt', 'updatedAt', 'streetId', 'communityId', 'name'], estateRows);
  await ins.insert(
    'building',
    ['id', 'createdAt', 'updatedAt', 'streetId', 'communityId', 'estateId', 'name'],
    buildingRows,
  );
  await ins.insert(
    'household',
    ['id', 'createdAt', 'updatedAt', 'streetId', 'communityId', 'estateId', 'buildingId', 'unit', 'room'],
    householdRows,
  );
  await ins.insert(
    'user',
    ['id', 'createdAt', 'updatedAt', 'phone', 'phoneIndex', 'passwordHash', 'displayName'],
    userRows,
  );
  await ins.insert(
    'membership',
    [
      'id',
      'createdAt',
      'userId',
      'role',
      'scopeKind',
      'scopeId',
      'streetId',
      'communityId',
      'organisationId',
      'activeScopeKey',
    ],
    memberRows,
  );
  await ins.insert(
    'household_binding',
    [
      'id',
      'createdAt',
      'updatedAt',
      'userId',
      'householdId',
      'streetId',
      'communityId',
      'estateId',
      'relation',
      'status',
      'reviewedById',
      'reviewedAt',
      'openHouseholdId',
    ],
    bindingRows,
  );
  for (const c of communities) {
    c.categories = (
      (await ds.query(
        'SELECT id FROM ticket_category WHERE communityId = ? AND active = 1 AND parentId IS NULL ORDER BY sortOrder, id',
        [c.id],
      )) as { id: string }[]
    ).map((r) => r.id);
  }
  counts.streets = streets.length;
  counts.communities = cRows.length;
  counts.estates = estateRows.length;
  counts.households = householdRows.length;
  counts.verifiedResidents = bindingRows.length;
  return { demoStreetId, boxueId, boxueStaffId, departmentId, communities };
}

const TICKET_COLS = [
  'id',
  'createdAt',
  'updatedAt',
  'streetId',
  'communityId',
  'estateId',
  'buildingId',
  'categoryId',
  'submitterId',
  'title',
  'body',
  'locationText',
  'anonymous',
  'state',
  'version',
  'idempotencyKey',
  'mergedIntoId',
  'acceptedAt',
  'firstRepliedAt',
  'resolvedAt',
  'replyDueAt',
  'resolveDueAt',
  'dueCovered',
  'rating',
  'reopenCount',
  'escalatedToId',
];
const EVENT_COLS = [
  'id',
  'createdAt',
  'ticketId',
  'communityId',
  'type',
  'fromState',
  'toState',
  'actorId',
  'actorRole',
  'organisationId',
  'note',
];
const ASSIGNMENT_COLS = [
  'id',
  'createdAt',
  'ticketId',
  'organisationId',
  'communityId',
  'state',
  'replyDueAt',
  'dueCovered',
  'repliedAt',
  'assignedAt',
];

const TITLES = [
  '楼道灯坏了',
  '小区门口违停',
  '垃圾清运不及时',
  '电梯异响',
  '绿化带被占',
  '噪音扰民',
  '路面积水',
  '健身器材损坏',
];

/**
 * Tickets in blocks of 20 (one pattern each, one community a block; a merged ticket points at the
 * block's first one). The demo staff's community 博学路社区 gets a quarter of them, so the list a
 * benchmark viewer sees grows with the scale; the rest go round the other communities.
 */
async function buildTickets(ins: Inserter, scale: Scale, tree: Tree, counts: Record<string, number>): Promise<void> {
  const N = scale.tickets;
  const end = Date.now() - 10 * DAY;
  const span = 390 * DAY;
  const step = span / N;
  const start = end - span;
  const boxue = tree.communities.find((c) => c.id === tree.boxueId) as CommunityInfo;
  const others = tree.communities.filter((c) => c.id !== tree.boxueId);
  const BATCH = 1000;
  let events = 0;
  let assignments = 0;
  let blockFirst = '';
  let pending: Promise<unknown> = Promise.resolve();
  for (let from = 0; from < N; from += BATCH) {
    const tickets: Row[] = [];
    const ev: Row[] = [];
    const as: Row[] = [];
    for (let i = from; i < Math.min(from + BATCH, N); i++) {
      const block = Math.floor(i / 20);
      const k = i % 20;
      const c = block % 4 === 0 ? boxue : (others[block % others.length] as CommunityInfo);
      const [, estateId, buildingId, submitterId] = c.households[(block * 7919 + k * 104729) % c.households.length] as [
        string,
        string,
        string,
        string,
      ];
      const at = start + i * step;
      const id = idAt(at);
      if (k === 0) blockFirst = id;
      const p = projection(k);
      const tl = timeline(k);
      const when = (h: number | null) => (h === null ? null : ins.d(at + h * H));
      tickets.push([
        id,
        ins.d(at),
        ins.d(at + (tl[tl.length - 1]?.[1] ?? 0) * H),
        c.streetId,
        c.id,
        estateId,
        buildingId,
        c.categories[(i * 31) % c.categories.length],
        submitterId,
        `${TITLES[i % TITLES.length]}（${i}）`,
        '生成的工单：用于性能测试的居民诉求描述，长度与真实诉求相近，包含地点、时间和希望解决的方式。',
        `${k + 1}幢附近`,
        i % 7 === 0,
        p.state,
        tl.length,
        `bench-${i}`,
        p.merged ? blockFirst : null,
        when(p.acceptedAt),
        when(p.firstRepliedAt),
        when(p.resolvedAt),
        ins.d(at + 72 * H),
        ins.d(at + 15 * DAY),
        true,
        rating(k),
        p.reopenCount,
        p.escalated ? tree.departmentId : null,
      ]);
      let state: string | null = null;
      tl.forEach(([type, hours]) => {
        const to = STATE_AFTER[type];
        const staff = type !== 'SUBMITTED';
        ev.push([
          idAt(at + hours * H),
          ins.d(at + hours * H),
          id,
          c.id,
          type,
          state,
          to,
          staff ? c.staffId : submitterId,
          staff ? 'COMMUNITY_STAFF' : null,
          type === 'REPLIED' || type === 'RESOLVED' ? c.officeId : null,
          type === 'REPLIED' || type === 'RESOLVED' || type === 'REJECTED' ? '已收到，我们将尽快处理并答复。' : null,
        ]);
        state = to;
      });
      if (p.acceptedAt !== null) {
        as.push([
          idAt(at + p.acceptedAt * H),
          when(p.acceptedAt),
          id,
          c.officeId,
          c.id,
          p.firstRepliedAt === null ? 'OPEN' : 'REPLIED',
          ins.d(at + 72 * H),
          true,
          when(p.firstRepliedAt),
          when(p.acceptedAt),
        ]);
      }
    }
    await pending;
    await ins.insert('ticket', TICKET_COLS, tickets);
    // Timelines and assignments of this batch go in while the next batch is built and inserted.
    pending = Promise.all([
      ins.insert('ticket_event', EVENT_COLS, ev),
      ins.insert('ticket_assignment', ASSIGNMENT_COLS, as),
    ]);
    events += ev.length;
    assignments += as.length;
    if ((from / BATCH) % 100 === 99) console.log(`    ${from + BATCH} tickets`);
  }
  await pending;
  counts.tickets = N;
  counts.ticketEvents = events;
  counts.ticketAssignments = assignments;
}

/** The demo community's own notices (those of an organisation or made from a record stay with it). */
const PUBLICATIONS = 'communityId = :c AND sourceType IS NULL AND publisherOrganisationId IS NULL';

/** Tables of the other modules cloned from the demo community into each generated one, parents first. */
const CLONED: { table: string; where: string }[] = [
  { table: 'publication', where: PUBLICATIONS },
  { table: 'publication_revision', where: `publicationId IN (SELECT id FROM publication WHERE ${PUBLICATIONS})` },
  { table: 'equipment', where: 'communityId = :c' },
  { table: 'maintenance_record', where: 'communityId = :c' },
  { table: 'revenue_entry', where: 'communityId = :c' },
  { table: 'revenue_period', where: 'communityId = :c' },
  { table: 'venue', where: 'communityId = :c' },
  { table: 'venue_booking', where: 'communityId = :c' },
  { table: 'venue_slot', where: 'venueId IN (SELECT id FROM venue WHERE communityId = :c)' },
  { table: 'vote', where: 'communityId = :c' },
  { table: 'vote_matter', where: 'voteId IN (SELECT id FROM vote WHERE communityId = :c)' },
  { table: 'vote_unit', where: 'communityId = :c' },
  { table: 'vote_voter', where: 'voteId IN (SELECT id FROM vote WHERE communityId = :c)' },
  { table: 'vote_ballot', where: 'voteId IN (SELECT id FROM vote WHERE communityId = :c)' },
  { table: 'vote_choice', where: 'voteId IN (SELECT id FROM vote WHERE communityId = :c)' },
  { table: 'vote_ballot_revision', where: 'voteId IN (SELECT id FROM vote WHERE communityId = :c)' },
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function buildOtherModules(ins: Inserter, scale: Scale, tree: Tree, counts: Record<string, number>) {
  const ds = ins.ds;
  const now = Date.now();
  const boxue = tree.communities.find((c) => c.id === tree.boxueId) as CommunityInfo;
  // The demo community's own places, in a stable order, to map onto each generated community's.
  const demoEstates = (
    (await ds.query(
      'SELECT id FROM estate WHERE communityId = ? AND id NOT IN (?' +
        ', ?'.repeat(boxue.estates.length - 1) +
        ') ORDER BY name',
      [tree.boxueId, ...boxue.estates],
    )) as { id: string }[]
  ).map((r) => r.id);
  const demoHouseholds = (await ds.query(
    `SELECT h.id AS id, h.estateId AS estateId, h.buildingId AS buildingId,
       (SELECT b.userId FROM household_binding b WHERE b.householdId = h.id AND b.status = 'APPROVED' ORDER BY b.id LIMIT 1) AS userId
     FROM household h WHERE h.communityId = ? ORDER BY h.estateId, h.id`,
    [tree.boxueId],
  )) as { id: string; estateId: string; buildingId: string; userId: string | null }[];
  const source: Record<string, Record<string, unknown>[]> = {};
  for (const { table, where } of CLONED) {
    source[table] = (await ds.query(`SELECT * FROM ${table} WHERE ${where.replaceAll(':c', '?')}`, [
      ...Array((where.match(/:c/g) ?? []).length).fill(tree.boxueId),
    ])) as Record<string, unknown>[];
  }
  const cloneCounts: Record<string, number> = {};
  for (const c of tree.communities.filter((x) => x.generated)) {
    const map = new Map<string, string>([
      [tree.boxueId, c.id],
      [boxue.streetId, c.streetId],
      [boxue.officeId, c.officeId],
    ]);
    demoEstates.forEach((e, i) => {
      map.set(e, c.estates[i % c.estates.length] as string);
    });
    // Households of each demo estate onto the households of the matching generated estate.
    const byEstate = new Map<string, [string, string, string, string][]>();
    for (const h of c.households) byEstate.set(h[1], [...(byEstate.get(h[1]) ?? []), h]);
    const used = new Map<string, number>();
    for (const h of demoHouseholds) {
      const target = map.get(h.estateId) as string;
      const list = byEstate.get(target) ?? [];
      const n = used.get(target) ?? 0;
      used.set(target, n + 1);
      const g = list[n % list.length];
      if (!g) continue;
      map.set(h.id, g[0]);
      if (!map.has(h.buildingId)) map.set(h.buildingId, g[2]);
      if (h.userId) map.set(h.userId, g[3]);
    }
    for (const { table } of CLONED) for (const r of source[table] ?? []) map.set(r.id as string, idAt(now));
    const remap = (v: unknown): unknown => {
      if (v instanceof Date) return ins.d(v.getTime());
      if (typeof v === 'string') return v.replace(UUID, (id) => map.get(id) ?? id);
      return v;
    };
    for (const { table } of CLONED) {
      const rows = source[table] ?? [];
      if (rows.length === 0) continue;
      const cols = Object.keys(rows[0] as object);
      await ins.insert(
        table,
        cols,
        rows.map((r) =>
          cols.map((col) => {
            const v = r[col];
            if (col === 'idempotencyKey' && typeof v === 'string') return `${v}-${c.id.slice(-12)}`;
            return remap(v);
          }),
        ),
      );
      cloneCounts[table] = (cloneCounts[table] ?? 0) + rows.length;
    }
  }
  // A bulk of published notices per generated community (the public disclosure list's rows).
  const template = (source.publication ?? []).find((p) => p.status === 'PUBLISHED' && p.scope === 'COMMUNITY');
  if (template) {
    const cols = Object.keys(template);
    const rows: Row[] = [];
    const revisions: Row[] = [];
    for (const c of tree.communities.filter((x) => x.generated)) {
      for (let i = 0; i < scale.publicationsPerCommunity; i++) {
        const at = now - (scale.publicationsPerCommunity - i) * H;
        const id = idAt(at);
        const values: Record<string, unknown> = {
          ...template,
          id,
          createdAt: at,
          updatedAt: at,
          publishedAt: at,
          sortAt: at,
          streetId: c.streetId,
          communityId: c.id,
          estateId: null,
          scope: 'COMMUNITY',
          publisherKind: 'COMMUNITY',
          publisherOrganisationId: null,
          authorId: c.staffId,
          title: `${c.name} 公示第 ${i + 1} 号`,
          revisionNumber: 1,
          version: 1,
          pinned: false,
          sourceType: null,
          sourceId: null,
        };
        rows.push(
          cols.map((col) => {
            const v = values[col];
            return typeof v === 'number' && /At$/.test(col) ? ins.d(v) : v instanceof Date ? ins.d(v.getTime()) : v;
          }),
        );
        revisions.push([idAt(at), ins.d(at), id, 1, values.title, template.body, '[]', c.staffId]);
      }
    }
    await ins.insert('publication', cols, rows);
    await ins.insert(
      'publication_revision',
      ['id', 'createdAt', 'publicationId', 'number', 'title', 'body', 'attachmentFileIds', 'publishedById'],
      revisions,
    );
    cloneCounts.publication = (cloneCounts.publication ?? 0) + rows.length;
    cloneCounts.publication_revision = (cloneCounts.publication_revision ?? 0) + revisions.length;
  }
  for (const [k, v] of Object.entries(cloneCounts)) counts[k] = v;
}
