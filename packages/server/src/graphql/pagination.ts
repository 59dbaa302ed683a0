import { Max, Min } from 'class-validator';
import type DataLoader from 'dataloader';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectType as EntityClass, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../common/errors.js';
import { sqlDate } from '../db/sql.js';

/** Relay page information. */
@ObjectType({ description: 'Where a page sits in its list (Relay cursor pagination).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'True when this page does not start at the beginning of the list.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

/** Bounded forward pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an `endCursor`).' })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or a promise of it that `paginate` starts only when the field is read (selected). */
  totalCount: number | Promise<number>;
}

/** Up to this many items `totalCount` is exact; above it a list may answer an estimate (`countOf`). */
export const EXACT_COUNT_LIMIT = 10_000;

/** The description of every connection's `totalCount` (what `countOf` does). */
export const TOTAL_COUNT_DESCRIPTION = `Number of items in the whole list (with the same filters), computed only when selected. Exact up to ${EXACT_COUNT_LIMIT.toLocaleString('en')}; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below ${(EXACT_COUNT_LIMIT + 1).toLocaleString('en')}) instead of counting every row.`;

/**
 * \`totalCount\` of a list's query without counting every row: an exact count over at most
 * EXACT_COUNT_LIMIT + 1 rows (its cost does not grow with the list), and above that, on
 * MariaDB/MySQL, the optimizer's estimate of the rows the filters match (EXPLAIN of the count,
 * never below the bound, kept a minute). SQLite (development and tests) counts exactly.
 */
export async function countOf<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  limit = EXACT_COUNT_LIMIT,
): Promise<number> {
  const ds = qb.connection;
  const base = qb.clone().orderBy().skip(undefined).take(undefined).offset(undefined).limit(undefined);
  if (ds.options.type === 'better-sqlite3') return base.getCount();
  const [sql, params] = base
    .clone()
    .select(`${qb.alias}.id`)
    // Joined rows would repeat an item: counted once each, like getCount's COUNT(DISTINCT id).
    .distinct(base.expressionMap.joinAttributes.length > 0)
    .limit(limit + 1)
    .getQueryAndParameters();
  const [bounded] = (await ds.query(`SELECT COUNT(*) AS n FROM (${sql}) bounded`, params)) as { n: string }[];
  const exact = Number(bounded?.n ?? 0);
  if (exact <= limit) return exact;
  const [countSql, countParams] = base.clone().select('COUNT(*)', 'n').getQueryAndParameters();
  const key = `${countSql}\n${JSON.stringify(countParams)}`;
  const cached = estimates.get(key);
  if (cached && cached.until > Date.now()) return cached.n;
  const plan = (await ds.query(`EXPLAIN ${countSql}`, countParams)) as {
    id: number | string;
    table: string;
    rows: number | string | null;
    filtered?: number | string | null;
  }[];
  const main = plan.find((r) => Number(r.id) === 1 && r.table === qb.alias) ?? plan[0];
  const estimate = Math.max(limit + 1, Math.round((Number(main?.rows ?? 0) * Number(main?.filtered ?? 100)) / 100));
  if (estimates.size >= ESTIMATES_MAX) estimates.delete(estimates.keys().next().value as string);
  estimates.set(key, { n: estimate, until: Date.now() + ESTIMATE_TTL_MS });
  return estimate;
}

/**
 * Estimates are kept a minute per statement (at most 1,000): an estimate does not need to be
 * fresher, and a busy list then sends its EXPLAIN once a minute, not on every page.
 */
const ESTIMATE_TTL_MS = 60_000;
const ESTIMATES_MAX = 1_000;
const estimates = new Map<string, { n: number; until: number }>();

/** A connection whose \`totalCount\` runs \`count\` once, when the field is read (selected), not before. */
export function lazyCount<C extends Omit<Connection<unknown>, 'totalCount'>>(
  connection: C,
  count: () => Promise<number>,
): C & { readonly totalCount: Promise<number> } {
  let counted: Promise<number> | undefined;
  return Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => {
      counted ??= count();
      return counted;
    },
  }) as C & { readonly totalCount: Promise<number> };
}

/** Builds the `XConnection` and `XEdge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => Node, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
    totalCount: number;
  }
  return ConnectionClass;
}

/**
 * A cursor names the position of an item in its list: its creation time (milliseconds) and id.
 * Lists are ordered by creation time with the id as tie-breaker, so imported or backdated rows sort
 * where they belong, not where their (time-ordered) id would put them.
 */
export interface CursorPosition {
  createdAt: Date;
  id: string;
}

export const encodeCursor = (at: CursorPosition) =>
  Buffer.from(`c2:${at.createdAt.getTime()}:${at.id}`).toString('base64url');
export function decodeCursor(cursor: string): CursorPosition {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^c2:(-?\d{1,15}):([0-9A-Za-z-]{1,64})$/.exec(raw);
  if (!match) throw badInput('after', 'Invalid cursor');
  return { createdAt: new Date(Number(match[1])), id: match[2] as string };
}

/**
 * A to-one relation read with the page (issue 21: one statement less per relation): the row of
 * `entity` whose `by` column (its id unless said) equals the page row's `column`, mapped onto the
 * page row's `property`. `by` other than the id must be unique in `entity` (at most one row each).
 */
export interface JoinOne {
  property: string;
  entity: EntityClass<ObjectLiteral>;
  column: string;
  by?: string;
}

/**
 * Hands the rows a page read through `joinOne` to the request's loader, so the field resolvers
 * (which read through the loader) find them without a statement: by the joined row's id, or — for
 * a loader keyed by the page row (`keyOf`) — by that key, a missing row primed as null.
 */
export function primeJoined<E extends ObjectLiteral, R extends { id: string }>(
  connection: Connection<E>,
  property: string,
  loader: DataLoader<string, R | null>,
  keyOf?: (row: E) => string,
): void {
  for (const { node } of connection.edges) {
    const joined = (node[property] as R | null | undefined) ?? null;
    if (keyOf) loader.prime(keyOf(node), joined);
    else if (joined) loader.prime(joined.id, joined);
  }
}

/**
 * A sort key before creation time and id (e.g. the workbench's pin, 1 before 0), in the page's
 * direction, carried in the list's own cursor format: `encode` makes a row's cursor from its
 * value of the key, `decode` reads it back (older formats included) or throws.
 */
export interface LeadingKey<E> {
  column: string;
  valueOf: (row: E) => number;
  encode: (value: number, at: CursorPosition) => string;
  decode: (cursor: string) => CursorPosition & { value: number };
}

/**
 * Pages a query by creation time then id, newest first (or oldest first with `order: 'ASC'`),
 * after a `leading` key when given. One statement whatever the page size, and the count
 * (`countOf`) only when `totalCount` is selected. `joinOne` relations are read by the page
 * statement itself (the count does not join them); each matches at most one row, so the page
 * stays a plain LIMIT.
 */
export async function paginate<E extends ObjectLiteral & { id: string; createdAt: Date }, N>(
  qb: SelectQueryBuilder<E>,
  args: PageArgs,
  map: (row: E) => N,
  order: 'ASC' | 'DESC' = 'DESC',
  joinOne: readonly JoinOne[] = [],
  leading?: LeadingKey<E>,
): Promise<Connection<N>> {
  const alias = qb.alias;
  const page = qb.clone();
  if (args.after) {
    const at = leading ? leading.decode(args.after) : decodeCursor(args.after);
    const op = order === 'DESC' ? '<' : '>';
    const after = `(${alias}.createdAt ${op} :afterAt OR (${alias}.createdAt = :afterAt AND ${alias}.id ${op} :afterId))`;
    const lead = leading ? `${alias}.${leading.column}` : '';
    const params = { afterAt: sqlDate(qb.connection, at.createdAt), afterId: at.id };
    if ('value' in at)
      page.andWhere(`(${lead} ${op} :afterLead OR (${lead} = :afterLead AND ${after}))`, {
        ...params,
        afterLead: at.value,
      });
    else page.andWhere(after, params);
  }
  joinOne.forEach((j, i) => {
    page.leftJoinAndMapOne(
      `${alias}.${j.property}`,
      j.entity,
      `pj${i}`,
      `pj${i}.${j.by ?? 'id'} = ${alias}.${j.column}`,
    );
  });
  if (leading) page.orderBy(`${alias}.${leading.column}`, order).addOrderBy(`${alias}.createdAt`, order);
  else page.orderBy(`${alias}.createdAt`, order);
  page.addOrderBy(`${alias}.id`, order);
  // `take` with joins makes TypeORM read the page's ids first (a second statement); to-one joins need no such care.
  const rows = await (joinOne.length > 0 ? page.limit(args.first + 1) : page.take(args.first + 1)).getMany();
  const hasNextPage = rows.length > args.first;
  const items = rows.slice(0, args.first);
  const cursorOf = (row: E) => (leading ? leading.encode(leading.valueOf(row), row) : encodeCursor(row));
  const edges = items.map((row) => ({ cursor: cursorOf(row), node: map(row) }));
  return lazyCount(
    {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    },
    () => countOf(qb),
  );
}

/** A mutation payload `{ <field>: Node! }`, e.g. `CommunityPayload { community }`. */
export function PayloadType<T extends object>(Node: ClassType<T>, name: string, field: string, what: string) {
  @ObjectType(`${name}Payload`, { description: `Result of a mutation on a ${what}.` })
  class Payload {}
  Field(() => Node, { description: `The ${what} as it is after the mutation.` })(Payload.prototype, field);
  return Payload;
}

/** The same page with each node mapped (entity → GraphQL type). */
export function mapConnection<A, B>(c: Connection<A>, f: (a: A) => B): Connection<B> {
  // The count is read through, not copied: a lazy one (`lazyCount`) still runs only when selected.
  return Object.defineProperty(
    { edges: c.edges.map((e) => ({ cursor: e.cursor, node: f(e.node) })), pageInfo: c.pageInfo },
    'totalCount',
    { enumerable: true, get: () => c.totalCount },
  ) as Connection<B>;
}
