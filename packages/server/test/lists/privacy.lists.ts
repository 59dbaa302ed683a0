/** Rows for the statement-count test of the privacy module's lists; statements.test.ts collects this file by name. */

import { buildCommunity, buildStaff } from '../factories/index.js';
import { buildErasureRequest } from '../factories/privacy.js';
import type { TestServer } from '../helpers/server.js';

let data: Promise<{ token: string; args: string }> | undefined;

export const LISTS = {
  erasureRequests: (s: TestServer) => {
    data ??= (async () => {
      const community = await buildCommunity(s);
      for (let i = 0; i < 21; i++) await buildErasureRequest(s, { community });
      const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
      return { token: await staff.token(), args: `communityId: "${community.id}"` };
    })();
    return data;
  },
};
