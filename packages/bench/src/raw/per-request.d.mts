// Types of per-request.mjs (plain JavaScript: the raw twin runs on node without a build).
export interface Window {
  from: number;
  to: number;
}
export interface Literals {
  ids: string[];
  times: string[];
  key?: string;
}
export function uuidTime(hi8: string, mid4: string): number;
export function datetimeTime(s: string): number;
export function sqlDatetime(ms: number): string;
export function uuidv7(now?: number, random?: Uint8Array): string;
export function perRequestLiterals(sqls: string[], w: Window & { key?: string }): Literals;
export function substitute(
  sqls: string[],
  literals: Literals,
  o: { now?: number; key?: string; newId?: () => string },
): { sqls: string[]; map: Map<string, string> };
export function normaliseStatement(sql: string, o: Window & { keyPattern?: RegExp }): string;
export function perRequestAnswer(v: unknown): unknown;
