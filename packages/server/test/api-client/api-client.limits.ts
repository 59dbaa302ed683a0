/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { buildApiClient } from '../factories/api-client.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

export const BASES = {
  createApiClient: async (c: { s: TestServer; w: World }) => ({
    token: c.w.tokens.system,
    values: { organisationId: c.w.org.greentown, name: 'app', allowedOrigins: [], budgetPerMinute: 6000 },
  }),
  updateApiClient: async (c: { s: TestServer; w: World }) => ({
    token: c.w.tokens.system,
    values: { id: (await buildApiClient(c.s, { organisation: { id: c.w.org.greentown, streetId: c.w.streetId } })).id },
  }),
};
