#!/usr/bin/env node
/**
 * Writes packages/schema/persisted-operations.json: every operation of the console, keyed by the
 * sha256 (hex) of the exact text the console sends — the generated document (src/gql/graphql.ts)
 * after Apollo Client's own transform (`__typename` added to each selection set), printed as
 * Apollo prints it. The server accepts these ids as `extensions.persistedQuery.sha256Hash`
 * (TRUSTED_DOCUMENTS), and the console's persisted-query link sends the same hash. Run by
 * `pnpm codegen` after the client preset; `node scripts/persisted-operations.mjs --check` fails
 * when the committed file is stale.
 *
 * The resident app's operations (packages/resident/src/gql/persisted-documents.json, written by the
 * same codegen with `persistedDocuments`) are registered beside them: the resident H5 is served by the
 * product at /m/ and sends only hashes, so it keeps working with TRUSTED_DOCUMENTS=strict.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTypenameToDocument, print } from '@apollo/client/utilities';

const here = dirname(fileURLToPath(import.meta.url));
const generated = join(here, '../src/gql/graphql.ts');
const manifest = join(here, '../../schema/persisted-operations.json');
const residentDocuments = join(here, '../../resident/src/gql/persisted-documents.json');

/** The client preset writes each document as one JSON literal: `export const XDocument = {…} as unknown as …`. */
export function consoleOperations(source = readFileSync(generated, 'utf8')) {
  const out = {};
  for (const m of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    const doc = JSON.parse(m[2]);
    if (!doc.definitions.some((d) => d.kind === 'OperationDefinition')) continue;
    const text = print(addTypenameToDocument(doc));
    out[createHash('sha256').update(text).digest('hex')] = text;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The resident app's documents: `{ "sha256:<hex>": "<document>" }`, checked against their text. */
export function residentOperations(file = residentDocuments) {
  if (!existsSync(file)) return {};
  const out = {};
  for (const [key, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    const hash = key.replace(/^sha256:/, '');
    if (createHash('sha256').update(text).digest('hex') !== hash)
      throw new Error(`resident document ${key}: hash mismatch`);
    out[hash] = text;
  }
  return out;
}

const all = { ...consoleOperations(), ...residentOperations() };
const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
const text = `${JSON.stringify(sorted, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(manifest, 'utf8');
  if (current !== text) {
    console.error('packages/schema/persisted-operations.json is stale: run pnpm codegen');
    process.exit(1);
  }
} else {
  writeFileSync(manifest, text);
  console.log(
    `persisted-operations.json: ${Object.keys(consoleOperations()).length} console and ${Object.keys(residentOperations()).length} resident operations`,
  );
}
