/** Rows for the statement-count test of the own sessions; statements.test.ts collects this file by name. */

import { buildStaff } from '../factories/index.js';
import type { TestServer } from '../helpers/server.js';

let token: Promise<string> | undefined;

/** One staff member signed in 21 times (21 live sessions). */
function fixture(s: TestServer): Promise<string> {
  token ??= (async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    let last = '';
    for (let i = 0; i < 21; i++) {
      const r = await s.gql<{ login: { accessToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { phone: staff.user.phone, password: 'Factory@123' } },
      );
      last = r.data?.login.accessToken as string;
    }
    return last;
  })();
  return token;
}

export const LISTS = {
  mySessions: async (s: TestServer) => ({ token: await fixture(s), args: '' }),
};
