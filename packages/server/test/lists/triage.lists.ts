/** Rows for the statement-count test of the triage module's lists; statements.test.ts collects this file by name. */

import { buildCommunity, buildStaff } from '../factories/index.js';
import { buildHotTopic, buildOpenTopic } from '../factories/triage.js';
import type { TestServer } from '../helpers/server.js';

let data: Promise<{ token: string; community: string; ticket: string }> | undefined;

/** One community with 21 open hot topics without tickets and then a burst of 22 similar tickets (one hot topic) (fast: the statement-count test allows 30 s). */
const world = (s: TestServer) => {
  data ??= (async () => {
    const community = await buildCommunity(s);
    for (let i = 0; i < 21; i++) await buildOpenTopic(s, { communityId: community.id, count: 0 });
    // The newest, so that a page of one already reads a topic's tickets and their relations.
    const burst = await buildHotTopic(s, { community, count: 22, oneResident: true });
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    return { token: await staff.token(), community: community.id, ticket: burst.ticketIds[0] as string };
  })();
  return data;
};

export const LISTS = {
  hotTopics: async (s: TestServer) => {
    const d = await world(s);
    return { token: d.token, args: `communityId: "${d.community}"` };
  },
  similarTickets: async (s: TestServer) => {
    const d = await world(s);
    return { token: d.token, args: `ticketId: "${d.ticket}"` };
  },
};
