/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { freshUser, uniquePhone } from '../helpers/fixtures.js';
import type { TestServer } from '../helpers/server.js';
import { login, type World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };

/** A fresh community staff member of 博学路 and a reset code for them, issued by the system admin. */
async function resetCode(c: Ctx): Promise<string> {
  const u = await freshUser(c.w);
  await c.s.gql(
    'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id } } }',
    { i: { userId: u.id, role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId: c.w.community.boxue } },
    c.w.tokens.system,
  );
  const r = await c.s.gql<{ resetStaffPassword: { resetCode: { code: string } } }>(
    'mutation($id: ID!) { resetStaffPassword(input: { userId: $id }) { resetCode { code } } }',
    { id: u.id },
    c.w.tokens.system,
  );
  return r.data?.resetStaffPassword.resetCode.code as string;
}

export const BASES = {
  updateMyProfile: async (c: Ctx) => ({
    token: await login(c.s, (await freshUser(c.w)).phone, 'Fixture@123'),
    values: { displayName: '新名字' },
  }),
  createStaffAccount: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: {
      phone: uniquePhone(),
      displayName: '社工',
      role: 'COMMUNITY_STAFF',
      scopeKind: 'COMMUNITY',
      scopeId: c.w.community.boxue,
    },
  }),
  setPasswordWithCode: async (c: Ctx) => ({
    values: { code: await resetCode(c), newPassword: 'Abcdef123' },
    // A code of 40 characters is no code that was issued.
    atMax: { code: 'BAD_USER_INPUT code' },
  }),
};
