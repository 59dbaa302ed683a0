// The per-request values of a write the raw twin replays (submitTicket): the ids the product
// generated for the request (UUIDv7 literals whose time falls within the request), its clock
// (datetime literals within the request) and the idempotency key. The twin substitutes its own for
// each request; bench.ts normalises exactly these literals (and nothing else) before comparing the
// product's and the twin's statements. Pure functions: bench.ts and src/twins.test.ts use them too.

const UUID = /'([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}'/g;
const DATETIME = /'(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3})'/g;

/** The time a UUIDv7 carries (its first 48 bits, ms since the epoch). */
export const uuidTime = (hi8, mid4) => Number.parseInt(hi8 + mid4, 16);
/** A datetime literal as the product writes it (UTC, ms). */
export const datetimeTime = (s) => Date.parse(`${s.replace(' ', 'T')}Z`);
export const sqlDatetime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** A fresh UUIDv7 (RFC 9562: 48-bit ms time, version 7, variant 10, random rest). */
export function uuidv7(now = Date.now(), random = crypto.getRandomValues(new Uint8Array(10))) {
  const hex = [...random].map((b) => b.toString(16).padStart(2, '0')).join('');
  const t = now.toString(16).padStart(12, '0');
  const variant = ((Number.parseInt(hex[3], 16) & 0x3) | 0x8).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex.slice(0, 3)}-${variant}${hex.slice(4, 7)}-${hex.slice(8, 20)}`;
}

/**
 * The per-request literals of captured statements: ids and datetimes within [from, to] (ms), and
 * the idempotency key. Returns them in order of first appearance.
 */
export function perRequestLiterals(sqls, { from, to, key }) {
  const ids = new Set();
  const times = new Set();
  const within = (ms) => ms >= from && ms <= to;
  for (const sql of sqls) {
    for (const m of sql.matchAll(UUID)) if (within(uuidTime(m[1], m[2]))) ids.add(m[0].slice(1, -1));
    for (const m of sql.matchAll(DATETIME)) if (within(datetimeTime(m[1]))) times.add(m[1]);
  }
  return { ids: [...ids], times: [...times], key };
}

/** The statements with each per-request literal replaced by the twin's own value for this request. */
export function substitute(sqls, literals, { now = Date.now(), key, newId = () => uuidv7(now) }) {
  const map = new Map();
  for (const id of literals.ids) map.set(id, newId());
  for (const t of literals.times) map.set(t, sqlDatetime(now));
  if (literals.key) map.set(literals.key, key);
  if (map.size === 0) return { sqls: [...sqls], map };
  const any = new RegExp([...map.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return { sqls: sqls.map((s) => s.replace(any, (v) => map.get(v))), map };
}

/** A statement with its per-request literals as placeholders: the shape both sides must share. */
export function normaliseStatement(sql, { from, to, keyPattern }) {
  const within = (ms) => ms >= from && ms <= to;
  let out = sql
    .replace(UUID, (m, a, b) => (within(uuidTime(a, b)) ? "'<new id>'" : m))
    .replace(DATETIME, (m, s) => (within(datetimeTime(s)) ? "'<now>'" : m));
  if (keyPattern) out = out.replace(keyPattern, '<idempotency key>');
  return out;
}

const ANY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** An answer of a write with its per-request values (ids, times) replaced by their format. */
export function perRequestAnswer(v) {
  if (Array.isArray(v)) return v.map(perRequestAnswer);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, perRequestAnswer(x)]));
  if (typeof v !== 'string') return v;
  if (ANY_UUID.test(v)) return '<uuid>';
  if (ISO.test(v)) return '<datetime>';
  return v;
}
