/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { buildOpenTopic } from '../factories/triage.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

export const BASES = {
  dismissHotTopic: async (c: { s: TestServer; w: World }) => ({
    token: c.w.tokens.system,
    values: {
      hotTopicId: (await buildOpenTopic(c.s, { communityId: c.w.community.boxue })).id,
      reason: '不是同一件事',
    },
  }),
  mergeHotTopic: async (c: { s: TestServer; w: World }) => {
    const topic = await buildOpenTopic(c.s, { communityId: c.w.community.boxue });
    return {
      token: c.w.tokens.system,
      values: { hotTopicId: topic.id, primaryTicketId: topic.ticketIds[0], note: '合并' },
    };
  },
};
