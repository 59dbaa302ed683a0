/** Matrix rows of the vote module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { buildVote } from '../factories/vote.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = async (c: RunContext) => {
  const id = pick(c.target, c.w.community.boxue, c.w.community.xingyi);
  return { id, streetId: c.w.streetId };
};

// Columns: anon resident boxue xingyi greentown committee street system otherStreet
export const VOTE_ROWS: Record<string, Rule> = {
  votes: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E',
    list: 'votes',
    run: async (c) => {
      await buildVote(c.s, { community: await communityOf(c) });
      return c.s.gql(
        'query($id: ID!) { votes(communityId: $id) { totalCount } }',
        { id: (await communityOf(c)).id },
        c.token,
      );
    },
  },
  createVote: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF',
    run: async (c) => {
      c.scratch.name = `矩阵-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($id: ID!, $name: String!) { createVote(input: { communityId: $id, name: $name }) { vote { id } } }',
        { id: (await communityOf(c)).id, name: c.scratch.name },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ votes: { edges: { node: { name: string } }[] } }>(
        c,
        'query($id: ID!) { votes(communityId: $id, first: 100) { edges { node { name } } } }',
        { id: (await communityOf(c)).id },
      );
      expect(data.votes.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
};
