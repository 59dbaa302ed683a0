/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

export const BASES = {
  createBoard: async (c: { s: TestServer; w: World }) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, name: 'board' },
  }),
};
