/** Matrix rows of the own sessions and profile, and of staff accounts made by administrators (see kit.ts). */

import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { FACTORY_PASSWORD } from '../factories/identity.js';
import { freshUser, uniquePhone } from '../helpers/fixtures.js';
import { FACTORY_ACTORS, login } from '../helpers/world.js';
import { at, pick, q, type Rule, type RunContext, read } from './kit.js';

const ME = '{ me { id displayName } }';

/** A second session of the actor (the world's token stays the actor's first). */
async function secondSession(c: RunContext): Promise<string> {
  const { phone } = await c.w.ds.getRepository(UserEntity).findOneByOrFail({ id: c.w.user[c.actor as 'system'] });
  return login(c.s, phone, FACTORY_ACTORS.includes(c.actor) ? FACTORY_PASSWORD : DEMO_PASSWORD);
}

/** Effect: the token kept in scratch is refused now. */
const refused = (key: string) => async (c: RunContext) => {
  const r = await c.s.gql(ME, {}, c.scratch[key] as string);
  expect(r.errors?.[0]?.extensions?.code).toBe('SESSION_REVOKED');
};

/** A community staff member of 博学路 (in) or 兴议 (out), granted by the system admin. */
async function staffIn(c: RunContext): Promise<string> {
  const u = await freshUser(c.w);
  await read(c, 'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id } } }', {
    i: {
      userId: u.id,
      role: 'COMMUNITY_STAFF',
      scopeKind: 'COMMUNITY',
      scopeId: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    },
  });
  return u.id;
}

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const STAFF_ACCOUNT_ROWS: Record<string, Rule> = {
  mySessions: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    list: 'mySessions',
    run: q('{ mySessions(first: 5) { totalCount edges { node { id current } } } }'),
  },
  revokeSession: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: async (c) => {
      if (!c.token) return c.s.gql('mutation { revokeSession(input: { sessionId: "x" }) { revoked } }');
      const second = await secondSession(c);
      c.scratch.second = second;
      const mine = await read<{ mySessions: { edges: { node: { id: string; current: boolean } }[] } }>(
        c,
        '{ mySessions(first: 100) { edges { node { id current } } } }',
        {},
        second,
      );
      const id = mine.mySessions.edges.find((e) => e.node.current)?.node.id;
      return c.s.gql('mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { revoked } }', { id }, c.token);
    },
    effect: refused('second'),
  },
  signOutOtherSessions: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: async (c) => {
      if (c.token) c.scratch.second = await secondSession(c);
      return c.s.gql('mutation { signOutOtherSessions { count } }', {}, c.token);
    },
    effect: refused('second'),
  },
  updateMyProfile: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: async (c) => {
      if (c.token) c.scratch.name = (await read<{ me: { displayName: string } }>(c, ME, {}, c.token)).me.displayName;
      return c.s.gql('mutation { updateMyProfile(input: { displayName: "矩阵改名" }) { displayName } }', {}, c.token);
    },
    effect: async (c) => {
      expect((await read<{ me: { displayName: string } }>(c, ME, {}, c.token)).me.displayName).toBe('矩阵改名');
      // The demo name comes back, for the other rows.
      await read(
        c,
        'mutation($n: String!) { updateMyProfile(input: { displayName: $n }) { id } }',
        { n: c.scratch.name },
        c.token,
      );
    },
  },
  createStaffAccount: {
    expect: 'UN FB FB FB FB FB OK OK NF FB UN',
    run: q(
      'mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { user { id } setupCode { code } } }',
      (c) => ({
        i: {
          phone: uniquePhone(),
          displayName: '矩阵社工',
          role: 'COMMUNITY_STAFF',
          scopeKind: 'COMMUNITY',
          scopeId: c.w.community[pick(c.target, 'boxue', 'xingyi')],
        },
      }),
    ),
    effect: async (c, r) => {
      const { user } = await read<{ user: { memberships: { role: string }[] } }>(
        c,
        'query($id: ID!) { user(id: $id) { memberships { role } } }',
        { id: at(r, 'createStaffAccount.user.id') },
      );
      expect(user.memberships.map((m) => m.role)).toEqual(['COMMUNITY_STAFF']);
    },
  },
  resetStaffPassword: {
    expect: 'UN FB FB FB FB FB OK OK NF FB UN',
    run: async (c) => {
      const id = await staffIn(c);
      return c.s.gql(
        'mutation($id: ID!) { resetStaffPassword(input: { userId: $id }) { user { id } resetCode { code } } }',
        { id },
        c.token,
      );
    },
    effect: async (c, r) => {
      // An unused code waits for the staff member (setPasswordWithCode's row uses one; each use counts against the address's attempts).
      const rows = await c.w.ds.query('SELECT purpose FROM password_reset_code WHERE userId = ? AND usedAt IS NULL', [
        at(r, 'resetStaffPassword.user.id'),
      ]);
      expect(rows.map((x: { purpose: string }) => x.purpose)).toEqual(['RESET']);
    },
  },
  setPasswordWithCode: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const id = await staffIn(c);
      c.scratch.userId = id;
      const issued = await read<{ resetStaffPassword: { resetCode: { code: string } } }>(
        c,
        'mutation($id: ID!) { resetStaffPassword(input: { userId: $id }) { resetCode { code } } }',
        { id },
      );
      return c.s.gql(
        'mutation($c: String!) { setPasswordWithCode(input: { code: $c, newPassword: "Matrix5678" }) { ok } }',
        { c: issued.resetStaffPassword.resetCode.code },
        c.token,
      );
    },
    effect: async (c) => {
      const { phone } = await c.w.ds.getRepository(UserEntity).findOneByOrFail({ id: c.scratch.userId as string });
      expect(await login(c.s, phone, 'Matrix5678')).toBeTruthy();
    },
  },
};
