// Types of db.mjs (plain JavaScript: the raw twin runs on node without a build).
type Row = Record<string, unknown>;
type Plan = { waves: string[][]; viewerStatements?: number };
export function batchOf(plan: Plan, results: unknown[][], prefix: string): Row[];
export function groupedTerms(
  sql: string,
  rows: unknown[] | undefined,
): { sql: string; prefix?: string; rows: Row[]; plain: Row[] }[];
export function rowsOf(plan: Plan, results: unknown[][], test: (sql: string) => boolean): Row[] | undefined;
