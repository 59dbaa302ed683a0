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

  it('sends the persisted-query id alone, the text only when the server does not know the id, and throws GraphQL errors with their extensions', async () => {
    const sent: Record<string, unknown>[] = [];
    const answers = [
      { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
      { errors: [{ message: 'no', extensions: { code: 'INVALID_CREDENTIALS' } }] },
    ];
    const fetchImpl = (async (_u: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(answers[sent.length - 1]));
    }) as typeof fetch;
    const err = await request(LoginDocument, { input: { phone: '1', password: 'x' } }, { fetchImpl }).catch((e) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    expect(err.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    expect(sent).toHaveLength(2);
    const [first, second] = sent as {
      operationName: string;
      query?: string;
      extensions: { persistedQuery: { sha256Hash: string } };
    }[];
    expect(first?.operationName).toBe('Login');
    expect(first?.query).toBeUndefined();
    expect(second?.query).toBe(printAsSent(LoginDocument as DocumentNode));
    expect(first?.extensions.persistedQuery.sha256Hash).toBe(await sha256Hex(String(second?.query)));
  });

  it('a known id answers at once: one request, no text', async () => {
    const sent: Record<string, unknown>[] = [];
    const fetchImpl = (async (_u: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ data: { me: null } }));
    }) as typeof fetch;
    expect(await request(MeDocument, {}, { fetchImpl })).toEqual({ me: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toBeUndefined();
  });
});
