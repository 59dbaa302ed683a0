import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * What a URL parameter is for. A change to a `filter` or `sort` parameter drops the `page`
 * parameters (a cursor means nothing under other filters); `drawer` and `page` changes keep the rest.
 */
export type ParamRole = 'filter' | 'sort' | 'page' | 'drawer';

/** One search parameter of a screen: its type, default, and how it reads and writes. */
export interface Param<T> {
  role: ParamRole;
  /** The value when the parameter is absent or unreadable (never written to the URL). */
  default: T;
  /** The value of the raw parameter; `undefined` when it cannot be read (then the default applies). */
  parse(raw: string): T | undefined;
  /** The parameter's text; `null` removes it. */
  serialise(value: T): string | null;
}

/** A screen's URL state: search-parameter name → its declaration. */
export type ParamSchema = Record<string, Param<unknown>>;

/** The typed values of a schema. */
export type ListValues<S extends ParamSchema> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

/** A change to some of the values (`null` or the default clears a parameter). */
export type ListPatch<S extends ParamSchema> = { [K in keyof S]?: ListValues<S>[K] | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Builders of the parameter kinds every list screen needs. */
export const param = {
  /** Free text (search, ids); empty is absent. */
  text(role: ParamRole = 'filter'): Param<string | null> {
    return { role, default: null, parse: (raw) => raw || undefined, serialise: (v) => v || null };
  },
  /** An id of an open drawer or editor. */
  drawer(): Param<string | null> {
    return param.text('drawer');
  },
  /** The forward paging cursor (Relay `after`). */
  cursor(): Param<string | null> {
    return param.text('page');
  },
  /** One value of a closed set (an enum); anything else reads as the default. */
  oneOf<const V extends string, D extends V | null = null>(
    values: readonly V[],
    options: { default?: D; role?: ParamRole } = {},
  ): Param<V | D> {
    const fallback = (options.default ?? null) as D;
    return {
      role: options.role ?? 'filter',
      default: fallback,
      parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as V) : undefined),
      serialise: (v) => v,
    };
  },
  /** Several values of a closed set, as one comma list; unknown entries are dropped. */
  listOf<const V extends string>(values: readonly V[], role: ParamRole = 'filter'): Param<V[]> {
    return {
      role,
      default: [],
      parse: (raw) => raw.split(',').filter((s): s is V => (values as readonly string[]).includes(s)),
      serialise: (v) => (v.length ? v.join(',') : null),
    };
  },
  /** A switch, `1` when on. */
  flag(role: ParamRole = 'filter'): Param<boolean> {
    return {
      role,
      default: false,
      parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
      serialise: (v) => (v ? '1' : null),
    };
  },
  /** A whole number within bounds (a year, a page size). */
  int(options: { min?: number; max?: number; role?: ParamRole } = {}): Param<number | null> {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    return {
      role: options.role ?? 'filter',
      default: null,
      parse: (raw) => {
        const n = Number(raw);
        return /^-?\d+$/.test(raw) && n >= min && n <= max ? n : undefined;
      },
      serialise: (v) => (v === null ? null : String(v)),
    };
  },
  /** A calendar day, `YYYY-MM-DD`. */
  day(role: ParamRole = 'filter'): Param<string | null> {
    return {
      role,
      default: null,
      parse: (raw) => (DAY.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined),
      serialise: (v) => v,
    };
  },
  /** A sort order over some fields: `field` ascending, `-field` descending. */
  sort<const F extends string>(fields: readonly F[], fallback: Sort<F> | null = null): Param<Sort<F> | null> {
    return {
      role: 'sort',
      default: fallback,
      parse: (raw) => {
        const desc = raw.startsWith('-');
        const field = desc ? raw.slice(1) : raw;
        return (fields as readonly string[]).includes(field)
          ? { field: field as F, order: desc ? 'descend' : 'ascend' }
          : undefined;
      },
      serialise: (v) => (v ? `${v.order === 'descend' ? '-' : ''}${v.field}` : null),
    };
  },
};

export interface Sort<F extends string = string> {
  field: F;
  order: 'ascend' | 'descend';
}

/** Declares a screen's URL state (an identity function that keeps the literal types). */
export const defineParams = <S extends ParamSchema>(schema: S): S => schema;

/** Reads a screen's state from search parameters: unreadable values and absent ones are defaults. */
export function parseParams<S extends ParamSchema>(schema: S, search: URLSearchParams): ListValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(schema) as [string, Param<unknown>][]) {
    const raw = search.get(key);
    const v = raw === null ? undefined : p.parse(raw);
    out[key] = v === undefined ? p.default : v;
  }
  return out as ListValues<S>;
}

/**
 * Applies a patch to search parameters (others in the URL are kept). Defaults leave the URL, so links
 * stay short; changing a filter or the sort drops the page cursor unless the patch sets it.
 */
export function applyParams<S extends ParamSchema>(
  schema: S,
  current: URLSearchParams,
  patch: ListPatch<S>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  const before = parseParams(schema, current) as Record<string, unknown>;
  let refilter = false;
  for (const [key, value] of Object.entries(patch)) {
    const p = schema[key] as Param<unknown> | undefined;
    if (!p || value === undefined) continue;
    const v = value === null ? p.default : value;
    if ((p.role === 'filter' || p.role === 'sort') && !same(before[key], v)) refilter = true;
    const text = same(v, p.default) ? null : p.serialise(v);
    if (text === null || text === '') next.delete(key);
    else next.set(key, text);
  }
  if (refilter)
    for (const [key, p] of Object.entries(schema) as [string, Param<unknown>][])
      if (p.role === 'page' && !(key in patch)) next.delete(key);
  return next;
}

/** The search string (`?…` or '') for some values of a schema. */
export function paramsSearch<S extends ParamSchema>(schema: S, values: ListPatch<S>): string {
  const q = applyParams(schema, new URLSearchParams(), values).toString();
  return q ? `?${q}` : '';
}

/** A link to a list screen with these values: a link reproduces the screen. */
export const listHref = <S extends ParamSchema>(path: string, schema: S, values: ListPatch<S> = {}): string =>
  `${path}${paramsSearch(schema, values)}`;

/** The keys of a schema with some roles. */
const keysOf = (schema: ParamSchema, roles: ParamRole[]) =>
  Object.entries(schema)
    .filter(([, p]) => roles.includes(p.role))
    .map(([k]) => k);

export interface ListParams<S extends ParamSchema> {
  /** The typed state, read from the URL. */
  values: ListValues<S>;
  /** Changes some values (a new history entry unless `replace`). */
  set(patch: ListPatch<S>, options?: { replace?: boolean }): void;
  /** Clears every filter, the sort and the page (open drawers stay). */
  reset(): void;
  /** True when any filter differs from its default. */
  filtered: boolean;
  /** The search string of the current state changed by a patch (for links). */
  search(patch?: ListPatch<S>): string;
}

/**
 * The URL is the state of a list screen (CONVENTIONS 11): filters, sort, paging and open drawers,
 * typed by a schema of `param.*` declarations, so a link reproduces the screen.
 */
export function useListParams<S extends ParamSchema>(schema: S): ListParams<S> {
  const [search, setSearch] = useSearchParams();
  const values = useMemo(() => parseParams(schema, search), [schema, search]);
  const set = useCallback(
    (patch: ListPatch<S>, options: { replace?: boolean } = {}) =>
      setSearch((cur) => applyParams(schema, cur, patch), { replace: options.replace }),
    [schema, setSearch],
  );
  const reset = useCallback(
    () => set(Object.fromEntries(keysOf(schema, ['filter', 'sort', 'page']).map((k) => [k, null])) as ListPatch<S>),
    [schema, set],
  );
  const filtered = keysOf(schema, ['filter']).some((k) => !same(values[k], (schema[k] as Param<unknown>).default));
  const searchOf = useCallback(
    (patch: ListPatch<S> = {}) => {
      const q = applyParams(schema, search, patch).toString();
      return q ? `?${q}` : '';
    },
    [schema, search],
  );
  return { values, set, reset, filtered, search: searchOf };
}
