/** Rows for the statement-count test of the ticket desk's lists; statements.test.ts collects this file by name. */
import { buildCommunity, buildOrganisation, buildStaff } from '../factories/index.js';
import { buildCategory } from '../factories/ticket.js';
import { buildRoutingRule } from '../factories/ticket-desk.js';
import type { TestServer } from '../helpers/server.js';

let data: Promise<{ token: string; community: string }> | undefined;

/** One community with 22 routing rules (one per category), two organisations each. */
const world = (s: TestServer) => {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const office = await buildOrganisation(s, { kind: 'COMMUNITY_OFFICE', community });
    const branch = await buildOrganisation(s, { kind: 'PARTY_BRANCH', community });
    for (let i = 0; i < 22; i++) {
      const category = await buildCategory(s, { community });
      await buildRoutingRule(s, { category, organisationIds: [office.id, branch.id] });
    }
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    return { token: await staff.token(), community: community.id };
  })();
  return data;
};

export const LISTS = {
  ticketRoutingRules: async (s: TestServer) => {
    const d = await world(s);
    return { token: d.token, args: `communityId: "${d.community}"` };
  },
};
