import { addTypenameToDocument, print } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import persisted from '../../../schema/persisted-operations.json' with { type: 'json' };
import { LoginDocument, MeDocument, SetPasswordWithCodeDocument } from '../features/auth/graphql/auth';
import { GraphQLRequestError, printAsSent, request, sha256Hex } from './request';

describe('sign-in requests without Apollo (app/request.ts)', () => {
  it.each([
    ['Login', LoginDocument],
    ['SetPasswordWithCode', SetPasswordWithCodeDocument],
    ['Me', MeDocument],
  ])('%s: prints the text Apollo sends, whose sha256 is a registered document', async (_name, doc) => {
    const apollo = print(addTypenameToDocument(doc as DocumentNode));
    expect(printAsSent(doc as DocumentNode)).toBe(apollo);
    expect((persisted as Record<string, string>)[await sha256Hex(apollo)]).toBe(apollo);
  });

  it('sends the persisted-query id with the text and throws GraphQL errors with their extensions', async () => {
    let sent: Record<string, unknown> = {};
    const fetchImpl = (async (_u: string, init: RequestInit) => {
      sent = JSON.parse(String(init.body));
      return new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'INVALID_CREDENTIALS' } }] }));
    }) as typeof fetch;
    const err = await request(LoginDocument, { input: { phone: '1', password: 'x' } }, { fetchImpl }).catch((e) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    expect(err.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    expect(sent.operationName).toBe('Login');
    expect((sent.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery.sha256Hash).toBe(
      await sha256Hex(String(sent.query)),
    );
  });
});
