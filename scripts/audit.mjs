#!/usr/bin/env node
// Dependency audit: every package version in pnpm-lock.yaml (runtime and dev, all workspace
// packages) is checked against the npm registry's advisory database — the endpoint `pnpm audit`
// and `npm audit` use (POST /-/npm/v1/security/advisories/bulk). Exits 1 when a high or critical
// advisory applies that is not in audit-allowlist.json, or when an allow-list entry is overdue for
// review; 0 otherwise. When the advisory service cannot be asked (no network, a proxy refusing the
// POST, a timeout), it warns and exits 0 — unless AUDIT_STRICT=1.
//
//   node scripts/audit.mjs             AUDIT_URL, AUDIT_ALLOWLIST, AUDIT_LOCKFILE, AUDIT_TIMEOUT_MS override
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const URL_ = process.env.AUDIT_URL ?? 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk';
const LOCKFILE = process.env.AUDIT_LOCKFILE ?? resolve(ROOT, 'pnpm-lock.yaml');
const ALLOWLIST = process.env.AUDIT_ALLOWLIST ?? resolve(ROOT, 'audit-allowlist.json');
const TIMEOUT_MS = Number(process.env.AUDIT_TIMEOUT_MS ?? 30_000);
const STRICT = process.env.AUDIT_STRICT === '1';
/** An allow-list entry is reviewed again after this many days (the run fails until it is). */
const REVIEW_DAYS = 180;
const FAILING = new Set(['high', 'critical']);

/** name → versions, from the `packages:` sections of a pnpm v9 lockfile (it may hold two documents). */
export function lockedPackages(text) {
  const out = new Map();
  let inPackages = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inPackages = line.startsWith('packages:');
    if (!inPackages) continue;
    const m = /^ {2}'?((?:@[^@/\s']+\/)?[^@\s']+)@([^\s']+?)'?:\s*$/.exec(line);
    if (!m) continue;
    const [, name, version] = m;
    // Workspace links, local directories and tarballs by URL are not the registry's (link:, file:, https:).
    if (version.includes(':')) continue;
    if (!out.has(name)) out.set(name, new Set());
    out.get(name).add(version);
  }
  return out;
}

/** The advisory's stable id: its GHSA id when the URL carries one, else the registry's number. */
export const advisoryId = (a) => /GHSA-[\w-]+/.exec(a.url ?? '')?.[0] ?? String(a.id);

function warnUnavailable(why) {
  const text = `audit: the advisory service could not be asked (${why}); NOT checked this run.`;
  if (STRICT) {
    console.error(`${text} AUDIT_STRICT=1: failing.`);
    process.exit(1);
  }
  console.warn(`::warning::${text}`);
  console.warn('audit: run `node scripts/audit.mjs` where the npm registry accepts POST requests.');
  process.exit(0);
}

async function main() {
  const packages = lockedPackages(readFileSync(LOCKFILE, 'utf8'));
  const body = Object.fromEntries([...packages].map(([n, v]) => [n, [...v]]));
  const allow = JSON.parse(readFileSync(ALLOWLIST, 'utf8'));
  const entries = Array.isArray(allow.entries) ? allow.entries : [];
  let problems = 0;
  const now = Date.now();
  for (const e of entries) {
    const missing = ['id', 'package', 'reason', 'reviewed'].filter((k) => !e[k]);
    const reviewed = Date.parse(e.reviewed);
    if (missing.length || Number.isNaN(reviewed)) {
      console.error(
        `audit: allow-list entry ${JSON.stringify(e)} lacks ${missing.join(', ') || 'a valid reviewed date'}`,
      );
      problems++;
    } else if (now - reviewed > REVIEW_DAYS * 86_400_000) {
      console.error(`audit: allow-list entry ${e.id} (${e.package}) was reviewed ${e.reviewed}: review it again`);
      problems++;
    }
  }

  let res;
  try {
    res = await fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', accept: 'application/json' },
      body: gzipSync(JSON.stringify(body)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    warnUnavailable(err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(err));
  }
  if (!res.ok) warnUnavailable(`HTTP ${res.status} from ${URL_}`);
  /** @type {Record<string, {id: number, url?: string, title: string, severity: string, vulnerable_versions: string}[]>} */
  const found = await res.json();

  const allowed = new Map(entries.map((e) => [e.id, e]));
  const used = new Set();
  const counts = {};
  for (const [name, advisories] of Object.entries(found)) {
    for (const a of advisories) {
      counts[a.severity] = (counts[a.severity] ?? 0) + 1;
      const id = advisoryId(a);
      const versions = [...(packages.get(name) ?? [])].join(', ');
      const line = `${a.severity.padEnd(8)} ${id} ${name}@${versions} (${a.vulnerable_versions}): ${a.title}`;
      if (!FAILING.has(a.severity)) {
        console.log(`audit: below the bar  ${line}`);
      } else if (allowed.has(id)) {
        used.add(id);
        console.log(`audit: allowed        ${line} — ${allowed.get(id).reason}`);
      } else {
        console.error(`audit: NOT ALLOWED    ${line}\n        ${a.url ?? ''}`);
        problems++;
      }
    }
  }
  for (const e of entries) {
    if (!used.has(e.id)) console.log(`audit: allow-list entry ${e.id} (${e.package}) no longer matches: remove it`);
  }
  const summary = Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  console.log(`audit: ${packages.size} packages checked; advisories: ${summary || 'none'}`);
  if (problems) {
    console.error(
      `audit: ${problems} problem(s): upgrade, or add a reviewed entry (id, package, reason, reviewed) to audit-allowlist.json`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
