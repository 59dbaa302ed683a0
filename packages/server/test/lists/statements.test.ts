/**
 * A statement-count test for every list query, generated from the schema: each field of Query
 * returning a `…Connection` is read by an authorised actor with `first: 1` and `first: 100`,
 * selecting every field of its nodes and the scalar fields of their nested objects (the
 * selection is generated from the schema too), and the number of SQL statements behind the two
 * pages must be the same: relations load through per-request loaders, never once per row. A list
 * without a data generator below fails by name, so a new connection cannot slip past.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSISTED_MANIFEST } from '../../src/graphql/persisted.js';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';
import {
  buildAuditEntry,
  buildBuilding,
  buildCommunity,
  buildEstate,
  buildHousehold,
  buildOrganisation,
  buildResident,
  buildStaff,
  buildStreet,
  buildTicket,
  deskOf,
  type TicketStateName,
} from '../factories/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

// The graphql copy type-graphql built the schema with (see app.ts on the two copies).
const { getNamedType, isLeafType, isObjectType, parse, print, visit } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

const schema: GraphQLSchema = await buildGraphQLSchema();
const CONNECTIONS = Object.values((schema.getQueryType() as GraphQLObjectType).getFields()).filter((f) =>
  getNamedType(f.type).name.endsWith('Connection'),
);

const callable = (f: GraphQLField<unknown, unknown>) =>
  f.args.every((a) => a.defaultValue !== undefined || a.type.toString().slice(-1) !== '!');

/** Every field of a type: leaves by name, objects with their own leaves (one level deep). */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (!callable(f)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth > 0 && isObjectType(named))
      parts.push(`${f.name} { ${selection(named, depth - 1) || '__typename'} }`);
    else if (depth > 0) parts.push(`${f.name} { __typename }`);
  }
  return parts.join(' ');
}

function nodeType(connection: GraphQLField<unknown, unknown>): GraphQLObjectType {
  const conn = getNamedType(connection.type) as GraphQLObjectType;
  const edges = getNamedType(conn.getFields().edges?.type as never) as unknown as GraphQLObjectType;
  return getNamedType(edges.getFields().node?.type as never) as unknown as GraphQLObjectType;
}

/** How to fill each list with more than 20 rows an actor may read: its token and arguments. */
type ListData = (s: TestServer) => Promise<{ token: string; args: string }>;

/** One community with plenty of everything, made by the factories once and shared. */
interface Fixture {
  staff: string;
  resident: string;
  system: string;
  communityId: string;
  estateId: string;
  buildingId: string;
  streetId: string;
}
let fixture: Promise<Fixture> | undefined;
const N = 21;
const STATES: TicketStateName[] = ['SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'RESOLVED'];

function world(s: TestServer): Promise<Fixture> {
  fixture ??= (async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    const estate = await buildEstate(s, { community, name: `统计小区-0` });
    // The first page (oldest first for organisations) holds one organisation of each shape: a
    // property company (served estates) and a committee (community and estate).
    await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate });
    const desk = await deskOf(s, community);
    const building = await buildBuilding(s, { estate });
    for (let i = 1; i < N; i++) {
      await buildCommunity(s, { street });
      await buildEstate(s, { community, name: `统计小区-${i}` });
      await buildBuilding(s, { estate });
      await buildHousehold(s, { building });
      await buildStreet(s, { name: `统计街道-${i}` });
      await buildAuditEntry(s, { community, actorId: desk.staff.user.id });
      await buildResident(s, { community, verified: i % 3 !== 0 });
      await buildOrganisation(s, {
        kind: (['SOCIAL_ORGANISATION', 'PARTY_BRANCH', 'OWNERS_COMMITTEE'] as const)[i % 3],
        community,
        estate,
      });
    }
    await buildHousehold(s, { building });
    for (let i = 0; i < N; i++) await buildTicket(s, { community, state: STATES[i % STATES.length] });
    // The newest is escalated, so that a page of two already reads every kind of field (the
    // department of an escalation is one batch per page, whatever the page size).
    await buildTicket(s, { community, state: 'ESCALATED' });
    const system = await buildStaff(s, { role: 'SYSTEM_ADMIN' });
    return {
      staff: await desk.staff.token(),
      resident: await desk.resident.token(),
      system: await system.token(),
      communityId: community.id,
      estateId: estate.id,
      buildingId: building.id,
      streetId: street.id,
    };
  })();
  return fixture;
}

const LISTS: Record<string, ListData> = {
  streets: async (s) => ({ token: (await world(s)).system, args: 'search: "统计街道"' }),
  communities: async (s) => {
    const w = await world(s);
    return { token: w.system, args: `streetId: "${w.streetId}"` };
  },
  estates: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `communityId: "${w.communityId}"` };
  },
  estateDirectory: async (s) => ({ token: (await world(s)).resident, args: 'search: "统计小区"' }),
  buildings: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `estateId: "${w.estateId}"` };
  },
  buildingDirectory: async (s) => {
    const w = await world(s);
    return { token: w.resident, args: `estateId: "${w.estateId}"` };
  },
  households: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `buildingId: "${w.buildingId}"` };
  },
  organisations: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `communityId: "${w.communityId}"` };
  },
  users: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `communityId: "${w.communityId}"` };
  },
  householdBindings: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `communityId: "${w.communityId}"` };
  },
  auditLog: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `communityId: "${w.communityId}"` };
  },
  tickets: async (s) => {
    const w = await world(s);
    return { token: w.staff, args: `communityId: "${w.communityId}"` };
  },
  myTickets: async (s) => ({ token: (await world(s)).resident, args: '' }),
  notifications: async (s) => ({ token: (await world(s)).staff, args: '' }),
};

// Lists of other modules: each `<module>.lists.ts` of this folder exports its own `LISTS`,
// collected by name (a generated module adds its file, nothing else). A list declared twice fails.
for (const file of readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.lists.ts'))) {
  const { LISTS: more } = (await import(/* @vite-ignore */ `./${file}`)) as { LISTS: Record<string, ListData> };
  for (const [name, data] of Object.entries(more)) {
    if (name in LISTS) throw new Error(`statement counts: ${file} declares the list ${name} a second time`);
    LISTS[name] = data;
  }
}

/**
 * Statements a list may take, caches warm (issue 21): COUNT, the page (to-one relations joined or
 * from the reference cache), and the page's relations — every to-many relation and aggregate the
 * field resolvers of one level ask for is read by one statement (graphql/loaders/grouped.loader.ts),
 * whatever the page size. No list is above it, with every field selected.
 */
const LIMIT = 4;

/**
 * Lists held to the limit as the clients read them: those above, and those that were above it
 * before issue 21's loader work (their every-field read is within the limit now, and stays so above).
 */
const CLIENT_CHECKED = [
  // Above the limit before the grouped loaders (14, 9, 8, 7, 7, 5 and 5 statements with every field).
  'tickets',
  'myTickets',
  'ticketBoard',
  'similarTickets',
  'ticketReports',
  'votes',
  'meetings',
  'householdBindings',
  'voteRoll',
  'pointsRedemptions',
  'volunteerSignups',
  'volunteerHours',
];

/**
 * The reads of `lists` in the clients' persisted queries: for each root field reading one of them,
 * its selection set and the fragments it uses (transitively), printed. The clients' own arguments
 * (filters, variables) are left out: the fixture's arguments above fill the list.
 */
interface ClientRead {
  list: string;
  operation: string;
  selection: string;
  fragments: string;
  /** Whether it reads rows at all (a badge reads `totalCount` only). */
  edges: boolean;
}

function clientListReads(lists: string[]): ClientRead[] {
  const manifest = JSON.parse(readFileSync(PERSISTED_MANIFEST, 'utf8')) as Record<string, string>;
  const reads: ClientRead[] = [];
  for (const text of Object.values(manifest)) {
    const doc = parse(text);
    const fragments = new Map(
      doc.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])),
    );
    for (const op of doc.definitions) {
      if (op.kind !== 'OperationDefinition' || op.operation !== 'query') continue;
      for (const field of op.selectionSet.selections) {
        if (field.kind !== 'Field' || !lists.includes(field.name.value) || !field.selectionSet) continue;
        const used = new Set<string>();
        const collect = (node: Parameters<typeof visit>[0]) =>
          visit(node, {
            FragmentSpread(spread) {
              if (used.has(spread.name.value)) return;
              used.add(spread.name.value);
              const fragment = fragments.get(spread.name.value);
              if (fragment) collect(fragment);
            },
          });
        collect(field.selectionSet);
        reads.push({
          list: field.name.value,
          operation: `${op.name?.value ?? 'anonymous'}${field.alias ? `.${field.alias.value}` : ''}`,
          selection: print(field.selectionSet),
          edges: field.selectionSet.selections.some((f) => f.kind !== 'Field' || f.name.value === 'edges'),
          fragments: [...used]
            .flatMap((name) => {
              const f = fragments.get(name);
              return f ? [print(f)] : [];
            })
            .join('\n'),
        });
      }
    }
  }
  return reads;
}

describe('SQL statements behind every list query', () => {
  let server: TestServer;
  const figures: string[] = [];
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_IP_LOCK_AFTER: '10000' });
    await world(server);
  }, 300_000);
  afterAll(async () => {
    console.info(`statements per list (first: 1 → first: 100)\n${figures.join('\n')}`);
    await server.close();
  });

  /** Counts the statements the data source runs while `work` runs. */
  async function counting(work: () => Promise<unknown>): Promise<number> {
    // DUMP_SQL=1 prints each statement (and RUN markers below): which relation costs what.
    return (await capturedStatements(server, work)).length;
  }

  /**
   * Statements behind one page, caches warm: the viewer of a session and the small reference tables
   * are cached in-process (issue 21), so the first request of a session, and the first to meet a
   * category or an estate, reads them once; what a list costs is the steady state after that. Work
   * a request leaves behind (notices, session touches) can still be running when the next starts:
   * wait for the database to go quiet first, run once to warm, and take the fewer of two runs, since
   * stray statements only ever add.
   */
  /** `rows`: how many rows the page must hold — `n` exactly, `some`, or `none` for a read of `totalCount` only. */
  async function statements(
    query: string,
    token: string,
    field: string,
    n: number,
    rows: 'exact' | 'some' | 'none' = 'exact',
  ): Promise<number> {
    for (let i = 0; i < 20; i++) {
      if ((await counting(() => new Promise((r) => setTimeout(r, 150)))) === 0) break;
    }
    const once = () =>
      counting(async () => {
        if (process.env.DUMP_SQL) console.log(`RUN ${field} ${n}`);
        const r = await server.gql<Record<string, { edges: unknown[] }>>(query, { n }, token);
        expect(r.errors, JSON.stringify(r.errors?.[0])).toBeUndefined();
        if (rows === 'exact') expect(r.data?.[field]?.edges, `${field}(first: ${n}) needs ${n} rows`).toHaveLength(n);
        if (rows === 'some')
          expect(r.data?.[field]?.edges.length, `${field}(first: ${n}) read no rows`).toBeGreaterThan(0);
        if (rows === 'none') expect(r.data?.[field], `${field}(first: ${n})`).toBeTruthy();
      });
    await once();
    return Math.min(await once(), await once());
  }
  it('knows every connection of the schema', () => {
    expect(CONNECTIONS.length).toBeGreaterThan(10);
  });

  for (const field of CONNECTIONS) {
    it(`${field.name}: statements do not grow with the page size`, async () => {
      const data = LISTS[field.name];
      if (!data) throw new Error(`no rows generator for the list query ${field.name}: add one to LISTS`);
      const { token, args } = await data(server);
      const query = `query($n: Int!) { ${field.name}(first: $n${args ? `, ${args}` : ''}) { totalCount
        edges { cursor node { ${selection(nodeType(field), 1)} } } pageInfo { hasNextPage endCursor } } }`;
      // A page of one, and the largest page (it holds every row of the fixture). Every field of a
      // ticket with its timeline costs more than a request may (API_QUERY_TOO_COSTLY) at 100: such
      // a list is read at 50, which holds every row of the fixture too.
      const costly = await server.gql(query, { n: 100 }, token);
      const largest = costly.errors?.some((e) => e.extensions?.reason === 'API_QUERY_TOO_COSTLY') ? 50 : 100;
      const few = await statements(query, token, field.name, 1);
      const many = await statements(query, token, field.name, largest, 'some');
      figures.push(`${field.name}: ${few} → ${many}${largest < 100 ? ' (first: 50)' : ''}`);
      expect(many, `${field.name}: first 1 took ${few} statements, first ${largest} took ${many}`).toBe(few);
      expect(many, `${field.name}: ${many} statements, at most ${LIMIT}`).toBeLessThanOrEqual(LIMIT);
    });
  }

  // Each list above the limit as the clients read it: every query of the console's and the resident
  // app's persisted documents (packages/schema/persisted-operations.json, generated by `pnpm codegen`)
  // that reads such a list, with its own selection of the list (fragments included) and the
  // fixture's arguments, at page sizes 1, 20 and 100: at most LIMIT statements, the same for each.
  const clientReads = clientListReads(CLIENT_CHECKED);
  it('finds the clients’ reads of the lists above the limit', () => {
    expect(clientReads.map((c) => c.list)).toEqual(expect.arrayContaining(['tickets', 'myTickets', 'votes']));
  });
  for (const read of clientReads) {
    it(`${read.list} as ${read.operation} reads it: at most ${LIMIT} statements for a page of 1, 20 or 100`, async () => {
      const data = LISTS[read.list];
      if (!data) throw new Error(`no rows generator for the list query ${read.list}`);
      const { token, args } = await data(server);
      const query = `query($n: Int!) { ${read.list}(first: $n${args ? `, ${args}` : ''}) ${read.selection} } ${read.fragments}`;
      const counts: number[] = [];
      for (const n of [1, 20, 100]) {
        counts.push(await statements(query, token, read.list, n, !read.edges ? 'none' : n === 1 ? 'exact' : 'some'));
      }
      figures.push(`${read.list} (${read.operation}, first 1 → 20 → 100): ${counts.join(' → ')}`);
      expect(new Set(counts).size, `first 1/20/100: ${counts.join(', ')}`).toBe(1);
      expect(counts[0], `${read.list} as ${read.operation} reads it: ${counts[0]} statements`).toBeLessThanOrEqual(
        LIMIT,
      );
    });
  }

  // The staff ticket list as the console reads it (issue 21's benchmark scenario: place, category,
  // masked submitter, assignments with their deadlines and organisations, totalCount): COUNT, page,
  // and the submitters with the assignments in one statement, whatever the page size.
  it(`tickets as the console lists them: at most ${LIMIT} statements for a page of 1, 20 or 100`, async () => {
    const w = await world(server);
    const query = `query($n: Int!) { tickets(first: $n, communityId: "${w.communityId}") { totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id version title state priority pinned source createdAt anonymous locationText
        category { id nameZh nameEn } community { id name } estate { id name } building { id name }
        submitter { id displayName phone } replyDeadline { dueAt isOverdue workingDaysLeft calendarCovered }
        assignments { id state assignedAt organisation { id name kind } deadline { dueAt isOverdue } } } } } }`;
    const counts: number[] = [];
    for (const n of [1, 20, 100]) {
      for (let i = 0; i < 20; i++) {
        if ((await counting(() => new Promise((r) => setTimeout(r, 150)))) === 0) break;
      }
      const once = () =>
        counting(async () => {
          const r = await server.gql<{ tickets: { edges: unknown[] } }>(query, { n }, w.staff);
          expect(r.errors, JSON.stringify(r.errors?.[0])).toBeUndefined();
          expect(r.data?.tickets.edges.length).toBe(Math.min(n, N + 1));
        });
      await once();
      counts.push(Math.min(await once(), await once()));
    }
    figures.push(`tickets (console selection, first 1 → 20 → 100): ${counts.join(' → ')}`);
    expect(new Set(counts).size, `first 1/20/100: ${counts.join(', ')}`).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(LIMIT);
  });
});
