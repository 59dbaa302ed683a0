import DataLoader from 'dataloader';
import { type DataSource, type EntityMetadata, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { replicaReadAllowed } from '../../common/request-scope.js';

/**
 * To-many relations of a page in one statement (issue 21): the batches of every grouped loader
 * dispatched in the same turn of the event loop — a ticket's assignments, photos, closures, … all
 * asked for by the field resolvers of one page — are sent together as one `UNION ALL`, each term
 * answering its rows as a JSON object, hydrated as TypeORM would (the driver's conversions, column
 * transformers). A batch alone in its turn is read by a plain query. Terms are independent: what
 * each answers is exactly what its own `WHERE column IN (…)` would.
 */
interface Part {
  sql: string;
  params: readonly unknown[];
  columns: readonly string[];
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: unknown) => void;
}

/** Terms per statement (SQLite allows 500 in a compound select). */
const MAX_PARTS = 100;
/** SQLite's json_object takes at most 127 arguments by default: wider results are read alone. */
const MAX_JSON_COLUMNS = 60;

/**
 * The reads waiting for this turn, per data source and per side: a read a replica may answer
 * (`slave`: inside a request that has not written) is never combined with one that must see the
 * primary (common/request-scope.ts), so combining never weakens read-your-writes.
 */
const queues = { slave: new WeakMap<DataSource, Part[]>(), master: new WeakMap<DataSource, Part[]>() };

/**
 * The rows of `sql` (its result columns named by `columns`), read in one statement with the other
 * reads of this turn: each is a term `SELECT json_object(…) FROM (sql)`. Values come as JSON
 * gives them (numbers, text; instants as text): hydrate entities with `hydrateJson`.
 */
export function combinedRows(
  ds: DataSource,
  sql: string,
  params: readonly unknown[],
  columns: readonly string[],
): Promise<Record<string, unknown>[]> {
  if (columns.length > MAX_JSON_COLUMNS)
    throw new Error(`combinedRows: ${columns.length} columns, at most ${MAX_JSON_COLUMNS}`);
  const mode = replicaReadAllowed() ? 'slave' : 'master';
  return new Promise((resolve, reject) => {
    let queue = queues[mode].get(ds);
    if (!queue) {
      const parts: Part[] = [];
      queue = parts;
      queues[mode].set(ds, parts);
      // After the DataLoaders of this turn have dispatched (they do so on process.nextTick).
      setImmediate(() => {
        queues[mode].delete(ds);
        for (let i = 0; i < parts.length; i += MAX_PARTS) void flush(ds, mode, parts.slice(i, i + MAX_PARTS));
      });
    }
    queue.push({ sql, params, columns, resolve, reject });
  });
}

async function flush(ds: DataSource, mode: 'slave' | 'master', parts: Part[]): Promise<void> {
  const q = (name: string) => ds.driver.escape(name);
  const params: unknown[] = [];
  // `i` is the part's index (a number of ours); column names are the callers' (from metadata).
  const terms = parts.map((p, i) => {
    params.push(...p.params);
    const fields = p.columns.map((c) => `'${c}', gl${i}.${q(c)}`).join(', ');
    return `SELECT ${i} AS gl_part, json_object(${fields}) AS gl_row FROM (${p.sql}) gl${i}`;
  });
  // A replica when one is configured and this side may read there (db/data-source.ts), else the primary.
  const runner = ds.createQueryRunner(mode);
  try {
    const raw: { gl_part: number | string; gl_row: unknown }[] = await runner.query(terms.join(' UNION ALL '), params);
    const rows = parts.map(() => [] as Record<string, unknown>[]);
    for (const r of raw) {
      rows[Number(r.gl_part)]?.push(
        (typeof r.gl_row === 'string' ? JSON.parse(r.gl_row) : r.gl_row) as Record<string, unknown>,
      );
    }
    for (const [i, p] of parts.entries()) p.resolve(rows[i] ?? []);
  } catch (error) {
    for (const p of parts) p.reject(error);
  } finally {
    await runner.release();
  }
}

/** MySQL/MariaDB's JSON of a DATETIME: 'YYYY-MM-DD HH:MM:SS[.fff]', in UTC (the connection's zone is 'Z'). */
const MYSQL_DATETIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;

/** An entity from a `combinedRows` row keyed by column names, converted as TypeORM would (driver, transformers). */
export function hydrateJson<E extends ObjectLiteral>(
  ds: DataSource,
  metadata: EntityMetadata,
  values: Record<string, unknown>,
): E {
  const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
  const mysql = ds.options.type !== 'better-sqlite3';
  for (const column of metadata.columns) {
    let value = values[column.databaseName];
    if (value === undefined) continue;
    if (mysql && typeof value === 'string' && (column.type === 'datetime' || column.type === Date)) {
      if (MYSQL_DATETIME.test(value)) value = `${value.replace(' ', 'T')}Z`;
    }
    column.setEntityValue(entity, ds.driver.prepareHydratedValue(value, column));
  }
  return entity;
}

/** The columns of an entity's table, for `combinedRows` of `SELECT alias.* …`. */
export const columnsOf = (metadata: EntityMetadata) => metadata.columns.map((c) => c.databaseName);

/**
 * Rows of `entity` matching `where` (column → one value, or one of several), read with the other
 * reads of this turn.
 */
export async function rowsWhere<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  where: Partial<Record<keyof E & string, string | readonly string[]>>,
): Promise<E[]> {
  const metadata = ds.getMetadata(entity);
  const q = (name: string) => ds.driver.escape(name);
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const [property, value] of Object.entries(where) as [string, string | readonly string[]][]) {
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`rowsWhere: no column ${property} on ${metadata.name}`);
    const values = typeof value === 'string' ? [value] : value;
    // An empty list matches nothing (IN () is not SQL).
    conditions.push(values.length ? `${q(column.databaseName)} IN (${values.map(() => '?').join(', ')})` : '1 = 0');
    params.push(...values);
  }
  if (metadata.columns.length > MAX_JSON_COLUMNS || metadata.eagerRelations.length > 0) {
    const find = Object.fromEntries(
      Object.entries(where).map(([k, v]) => [k, typeof v === 'string' ? v : In([...(v as string[])])]),
    );
    return ds.getRepository(entity).findBy(find as never);
  }
  const sql = `SELECT * FROM ${q(metadata.tablePath)} WHERE ${conditions.join(' AND ') || '1 = 1'}`;
  const rows = await combinedRows(ds, sql, params, columnsOf(metadata));
  return rows.map((r) => hydrateJson<E>(ds, metadata, r));
}

/** Rows of `entity` whose `column` is one of `keys`, read with the other reads of this turn. */
export function rowsWhereIn<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  keys: readonly string[],
): Promise<E[]> {
  return rowsWhere(ds, entity, { [column]: keys } as Partial<Record<keyof E & string, readonly string[]>>);
}

type Order = Record<string, 'ASC' | 'DESC'>;

function compare(a: unknown, b: unknown): number {
  // NULLs sort first ascending, as on both databases.
  if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  return (x as number | string) < (y as number | string) ? -1 : (x as number | string) > (y as number | string) ? 1 : 0;
}

/** Sorts rows as `ORDER BY` would, by their properties (ids and times: binary text, numbers, instants). */
export function sortRows<E extends ObjectLiteral>(rows: E[], order: Order): E[] {
  const keys = Object.entries(order);
  return rows.sort((a, b) => {
    for (const [k, dir] of keys) {
      const c = compare(a[k], b[k]);
      if (c !== 0) return dir === 'ASC' ? c : -c;
    }
    return 0;
  });
}

/**
 * Rows of `entity` grouped by `column` (the key), each group ordered by `order`, batched per request
 * and read together with the other grouped loaders of the same turn (`rowsWhereIn`).
 */
export function groupedLoader<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order: Order,
  options: { maxBatchSize?: number; perKey?: number; limit?: number } = {},
) {
  return new DataLoader<string, E[]>(
    async (keys) => {
      // `limit`: at most so many rows in all (in `order`), as a `take` would.
      const rows = sortRows(await rowsWhereIn(ds, entity, column, keys), order).slice(0, options.limit);
      const map = new Map<string, E[]>();
      for (const r of rows) {
        const k = r[column] as string;
        const list = map.get(k);
        if (list) list.push(r);
        else map.set(k, [r]);
      }
      return keys.map((k) => (map.get(k) ?? []).slice(0, options.perKey));
    },
    { maxBatchSize: options.maxBatchSize ?? 500 },
  );
}
