/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

export const BASES = {
  createWebhookSubscription: async (c: { s: TestServer; w: World }) => ({
    token: c.w.tokens.system,
    values: {
      organisationId: c.w.org.boxueOffice,
      name: 'webhook',
      url: 'http://127.0.0.1:9/limits',
      events: ['MAINTENANCE_OVERDUE'],
    },
    // 500 code points of emoji are no URL: refused with its field (WEBHOOK_BAD_URL), never stored.
    atMax: { url: 'BAD_USER_INPUT url' },
  }),
};
