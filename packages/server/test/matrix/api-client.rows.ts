/** Matrix rows of the api-client module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { buildApiClient } from '../factories/api-client.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

/** The owner organisation: 绿城物业 ("in") or 兴议社区居委会 ("out"), both of 北干街道. */
const ownerOf = (c: RunContext) => ({
  id: pick(c.target, c.w.org.greentown, c.w.org.xingyiOffice),
  streetId: c.w.streetId,
});

const appOf = async (c: RunContext) => (await buildApiClient(c.s, { organisation: ownerOf(c) })).id;

/** The app as the system administrator reads it (effect checks). */
const readApp = async (c: RunContext, id: string) => {
  const data = await read<{ apiClients: { edges: { node: Record<string, unknown> & { id: string } }[] } }>(
    c,
    'query { apiClients(first: 100, includeRevoked: true) { edges { node { id name keyId revokedAt budgetPerMinute } } } }',
    {},
  );
  return data.apiClients.edges.map((e) => e.node).find((n) => n.id === id);
};

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const API_CLIENT_ROWS: Record<string, Rule> = {
  apiClients: {
    expect: 'UN FB FB FB FB FB OK OK E FB UN',
    list: 'apiClients',
    run: async (c) => {
      await appOf(c);
      return c.s.gql('query { apiClients { totalCount edges { node { id } } } }', {}, c.token);
    },
  },
  createApiClient: {
    expect: 'UN FB FB FB FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.name = `矩阵-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($id: ID!, $name: String!) { createApiClient(input: { organisationId: $id, name: $name }) { apiClient { id } key } }',
        { id: ownerOf(c).id, name: c.scratch.name },
        c.token,
      );
    },
    effect: async (c, r) => {
      const id = (r.data as { createApiClient: { apiClient: { id: string } } }).createApiClient.apiClient.id;
      expect((await readApp(c, id))?.name).toBe(c.scratch.name);
    },
  },
  updateApiClient: {
    expect: 'UN FB FB FB FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = await appOf(c);
      return c.s.gql(
        'mutation($id: ID!) { updateApiClient(input: { id: $id, budgetPerMinute: 1234 }) { apiClient { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => {
      expect((await readApp(c, c.scratch.id as string))?.budgetPerMinute).toBe(1234);
    },
  },
  rotateApiClientKey: {
    expect: 'UN FB FB FB FB FB OK OK NF FB UN',
    run: async (c) => {
      const row = await buildApiClient(c.s, { organisation: ownerOf(c) });
      c.scratch.id = row.id;
      c.scratch.keyId = row.keyId;
      return c.s.gql(
        'mutation($id: ID!) { rotateApiClientKey(input: { id: $id }) { apiClient { id } key } }',
        { id: row.id },
        c.token,
      );
    },
    effect: async (c) => {
      expect((await readApp(c, c.scratch.id as string))?.keyId).not.toBe(c.scratch.keyId);
    },
  },
  revokeApiClient: {
    expect: 'UN FB FB FB FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = await appOf(c);
      return c.s.gql(
        'mutation($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { id revokedAt } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => {
      expect((await readApp(c, c.scratch.id as string))?.revokedAt).toBeTruthy();
    },
  },
};
