/** Matrix rows of the privacy module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { buildResident } from '../factories/identity.js';
import { buildErasureRequest } from '../factories/privacy.js';
import { at, pick, q, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) =>
  c.w.ds
    .getRepository(CommunityEntity)
    .findOneByOrFail({ id: pick(c.target, c.w.community.boxue, c.w.community.xingyi) });

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const PRIVACY_ROWS: Record<string, Rule> = {
  myDataExport: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: q('{ myDataExport { generatedAt data } }'),
  },
  myErasureRequest: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: q('{ myErasureRequest { id } }'),
  },
  requestErasure: {
    // A resident asks once: each resident cell asks as a fresh resident of the target community.
    expect: 'UN OK FB FB FB FB FB FB FB FB UN',
    run: async (c) => {
      let token = c.token;
      if (c.actor === 'resident') {
        const r = await buildResident(c.s, { community: await communityOf(c) });
        c.scratch.userId = r.user.id;
        token = await r.token();
      }
      return c.s.gql('mutation { requestErasure { request { id status } } }', {}, token);
    },
    effect: async (c, r) => {
      const data = await read<{ erasureRequests: { edges: { node: { id: string; userId: string } }[] } }>(
        c,
        'query($id: ID!) { erasureRequests(communityId: $id, first: 100) { edges { node { id userId } } } }',
        { id: (await communityOf(c)).id },
      );
      const node = data.erasureRequests.edges.find((e) => e.node.id === at(r, 'requestErasure.request.id'));
      expect(node?.node.userId).toBe(c.scratch.userId);
    },
  },
  erasureRequests: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'erasureRequests',
    run: async (c) => {
      const community = await communityOf(c);
      await buildErasureRequest(c.s, { community });
      return c.s.gql(
        'query($id: ID!) { erasureRequests(communityId: $id) { totalCount } }',
        { id: community.id },
        c.token,
      );
    },
  },
  completeErasure: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      const { request } = await buildErasureRequest(c.s, { community: await communityOf(c) });
      c.scratch.userId = request.userId;
      return c.s.gql(
        'mutation($id: ID!) { completeErasure(id: $id) { request { id status } } }',
        { id: request.id },
        c.token,
      );
    },
    effect: async (c, r) => {
      expect(at(r, 'completeErasure.request.status')).toBe('COMPLETED');
      const data = await read<{ user: { displayName: string } }>(
        c,
        'query($id: ID!) { user(id: $id) { displayName } }',
        {
          id: c.scratch.userId,
        },
      );
      expect(data.user.displayName).toBe('已注销居民');
    },
  },
};
