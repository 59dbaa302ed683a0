/** Rows for the statement-count test of the api-client module's lists; statements.test.ts collects this file by name. */
import { buildApiClient } from '../factories/api-client.js';
import { buildStaff, buildStreet } from '../factories/index.js';
import { buildOrganisation } from '../factories/org.js';
import type { TestServer } from '../helpers/server.js';

let data: Promise<{ token: string; args: string }> | undefined;

export const LISTS = {
  apiClients: (s: TestServer) => {
    data ??= (async () => {
      const street = await buildStreet(s);
      const organisation = await buildOrganisation(s, { kind: 'DEPARTMENT', street });
      for (let i = 0; i < 21; i++) await buildApiClient(s, { organisation });
      const admin = await buildStaff(s, { role: 'STREET_ADMIN', scope: street });
      return { token: await admin.token(), args: '' };
    })();
    return data;
  },
};
