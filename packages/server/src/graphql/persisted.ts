import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '../common/errors.js';

/** Registered (trusted) documents: sha256 of the document text (hex) → the document. */
export type PersistedDocuments = ReadonlyMap<string, string>;

/** The client name the console sends (`apollographql-client-name`). */
export const CONSOLE_CLIENT_NAME = 'roundtable-console';

/** The manifest written by `pnpm codegen` from the console's documents (packages/schema). */
export const PERSISTED_MANIFEST = fileURLToPath(new URL('../../../schema/persisted-operations.json', import.meta.url));

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads the manifest (`{ "<sha256>": "<document>" }`); a missing file registers nothing. */
export function loadPersistedDocuments(file = PERSISTED_MANIFEST): PersistedDocuments {
  if (!existsSync(file)) return new Map();
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw));
}

interface Refusal {
  status: number;
  error: { message: string; extensions: Record<string, unknown> };
}

const refuse = (status: number, message: string, extensions: Record<string, unknown>): Refusal => ({
  status,
  error: { message, extensions },
});

/**
 * Apollo-APQ-style registered documents, before Apollo sees the request: a registered
 * `extensions.persistedQuery.sha256Hash` stands for its document (the query may be left out); an
 * unregistered hash without a query answers PERSISTED_QUERY_NOT_FOUND (the client may resend the
 * document). With TRUSTED_DOCUMENTS=console the console client (`apollographql-client-name:
 * roundtable-console`) and with `strict` every request without an app key must run a registered
 * document; apps with a key send ad-hoc documents within their budget.
 */
export function resolvePersisted(
  req: FastifyRequest,
  docs: PersistedDocuments,
  mode: 'off' | 'console' | 'strict',
): Refusal | null {
  const body = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return null;
  let ext = body.extensions as unknown;
  if (typeof ext === 'string') {
    try {
      ext = JSON.parse(ext);
    } catch {
      ext = undefined;
    }
  }
  const persisted = (ext as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : undefined;
  const query = typeof body.query === 'string' ? body.query : undefined;
  const client = req.headers['apollographql-client-name'];
  const mustBeRegistered =
    !req.headers['x-api-key'] && (mode === 'strict' || (mode === 'console' && client === CONSOLE_CLIENT_NAME));
  const required = refuse(400, 'This client must send a registered document (extensions.persistedQuery)', {
    code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
  });
  const strip = () => {
    if (ext && typeof ext === 'object') {
      const { persistedQuery: _p, ...rest } = ext as Record<string, unknown>;
      body.extensions = req.method === 'GET' ? JSON.stringify(rest) : rest;
    }
  };
  if (hash !== undefined) {
    const doc = docs.get(hash);
    if (query !== undefined && sha256Hex(query) !== hash) {
      return refuse(400, 'The document does not match its sha256Hash', { code: 'BAD_REQUEST' });
    }
    if (doc !== undefined) {
      body.query = doc;
      strip();
      return null;
    }
    if (query === undefined) {
      return refuse(200, 'PersistedQueryNotFound', { code: 'PERSISTED_QUERY_NOT_FOUND' });
    }
    if (mustBeRegistered) return required;
    strip();
    return null;
  }
  if (mustBeRegistered && query !== undefined && !docs.has(sha256Hex(query))) return required;
  return null;
}
