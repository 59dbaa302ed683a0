/** Matrix rows of the board module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { buildBoard } from '../factories/board.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = async (c: RunContext) => {
  const id = pick(c.target, c.w.community.boxue, c.w.community.xingyi);
  return { id, streetId: c.w.streetId };
};

// Columns: anon resident boxue xingyi greentown committee street system otherStreet
export const BOARD_ROWS: Record<string, Rule> = {
  boards: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E',
    list: 'boards',
    run: async (c) => {
      await buildBoard(c.s, { community: await communityOf(c) });
      return c.s.gql(
        'query($id: ID!) { boards(communityId: $id) { totalCount } }',
        { id: (await communityOf(c)).id },
        c.token,
      );
    },
  },
  createBoard: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF',
    run: async (c) => {
      c.scratch.name = `矩阵-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($id: ID!, $name: String!) { createBoard(input: { communityId: $id, name: $name }) { board { id } } }',
        { id: (await communityOf(c)).id, name: c.scratch.name },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ boards: { edges: { node: { name: string } }[] } }>(
        c,
        'query($id: ID!) { boards(communityId: $id, first: 100) { edges { node { name } } } }',
        { id: (await communityOf(c)).id },
      );
      expect(data.boards.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
};
