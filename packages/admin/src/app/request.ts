import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type DocumentNode,
  type GraphQLFormattedError,
  Kind,
  type OperationDefinitionNode,
  print,
  visit,
} from 'graphql';

// The sign-in page's requests, without Apollo Client: the login page is the first screen and Apollo
// (with rxjs and graphql-ws, ≈ 55 KB gzip) loads with the staff console behind sign-in (issue 21's
// up-front budget). The request is the one Apollo would send: the same text and persisted-query id.

/** The client name the server knows the console by (TRUSTED_DOCUMENTS=console binds it to registered documents). */
export const CONSOLE_CLIENT_NAME = 'roundtable-console';

/** sha256 (hex) with the browser's own crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/**
 * The text Apollo Client sends for a document (its `addTypenameToDocument` transform, then `print`):
 * `__typename` added to every selection set below the operation's root. The registered id of the
 * document (packages/schema/persisted-operations.json) is the sha256 of this text; a unit test holds
 * it equal to Apollo's own output.
 */
export function printAsSent(doc: DocumentNode): string {
  const withTypename = visit(doc, {
    SelectionSet(node, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return;
      const present = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
      return present ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
  return print(withTypename);
}

/** A response's GraphQL errors (the shape `apiError` reads, like Apollo's CombinedGraphQLErrors). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'GraphQLRequestError';
  }
}

/** The server's answer when it does not know a persisted-query id (Apollo's protocol). */
function persistedQueryNotFound(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return Boolean(
    errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || e.message === 'PersistedQueryNotFound'),
  );
}

/**
 * Sends one operation over HTTP the way the console's Apollo link does (client name; Apollo's
 * persisted-query protocol: the registered id alone first, the text beside it only when the server
 * answers PERSISTED_QUERY_NOT_FOUND) and returns its data; GraphQL errors are thrown as a
 * GraphQLRequestError, anything else (network, non-JSON answer) as a plain Error.
 */
export async function request<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  { uri = '/graphql', fetchImpl = fetch }: { uri?: string; fetchImpl?: typeof fetch } = {},
): Promise<R> {
  const query = printAsSent(doc);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const hashed = typeof crypto !== 'undefined' && crypto.subtle;
  const extensions = hashed ? { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } } : undefined;
  const send = async (withText: boolean) => {
    const res = await fetchImpl(uri, {
      method: 'POST',
      headers: {
        accept: 'application/graphql-response+json,application/json;q=0.9',
        'content-type': 'application/json',
        'apollographql-client-name': CONSOLE_CLIENT_NAME,
      },
      body: JSON.stringify({ operationName: op?.name?.value, ...(withText ? { query } : {}), variables, extensions }),
    });
    try {
      return { res, body: (await res.json()) as { data?: R | null; errors?: GraphQLFormattedError[] } };
    } catch {
      throw new Error(`HTTP ${res.status}`);
    }
  };
  let { res, body } = await send(!hashed);
  if (hashed && persistedQueryNotFound(body.errors)) ({ res, body } = await send(true));
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new Error(`HTTP ${res.status}`);
  return body.data;
}
