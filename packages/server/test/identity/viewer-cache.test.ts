/**
 * The viewer cache (auth/viewer-cache.ts, issue 21): a session's viewer is loaded once and reused
 * for a few seconds, and every change that affects it — a revoked session, a sign-out, a password
 * change, a disabled account, a membership granted or revoked — takes effect on the very next
 * request, the cache warmed first each time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer } from '../../src/auth/viewer.js';
import { InProcessViewerCache, viewerCacheOf } from '../../src/auth/viewer-cache.js';
import { buildCommunity, buildStaff, buildStreet, FACTORY_PASSWORD } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }';
const ME = '{ me { id displayName memberships { role } } }';
const SESSIONS = '{ mySessions(first: 10) { edges { node { id current } } } }';

describe('viewer cache', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ LOGIN_IP_LOCK_AFTER: '10000' });
  });
  afterAll(() => s.close());

  const signIn = async (phone: string, password = FACTORY_PASSWORD) => {
    const r = await s.gql<{ login: { accessToken: string } }>(LOGIN, { i: { phone, password } });
    expect(r.errors).toBeUndefined();
    return r.data?.login.accessToken as string;
  };
  /** Statements the database runs while `work` runs (as test/lists/statements.test.ts counts them). */
  const counting = async (work: () => Promise<unknown>): Promise<number> => (await capturedStatements(s, work)).length;
  /** Two requests with the token: the viewer is in the cache afterwards. */
  const warm = async (token: string) => {
    expect(codeOf(await s.gql(ME, {}, token))).toBe('OK');
    expect(codeOf(await s.gql(ME, {}, token))).toBe('OK');
  };

  it('loads a session’s viewer once: the next request reads no user, session or membership row', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const token = await signIn(staff.user.phone);
    const first = await counting(() => s.gql('{ __typename }', {}, token));
    const second = await counting(() => s.gql('{ __typename }', {}, token));
    expect(first).toBeGreaterThanOrEqual(3);
    expect(second).toBe(0);
  });

  it('a revoked session is refused on its very next request despite the warmed cache', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const a = await signIn(staff.user.phone);
    const b = await signIn(staff.user.phone);
    await warm(b);
    const list = await s.gql<{ mySessions: { edges: { node: { id: string; current: boolean } }[] } }>(SESSIONS, {}, a);
    const other = list.data?.mySessions.edges.find((e) => !e.node.current)?.node.id as string;
    const rv = await s.gql(
      'mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { revoked } }',
      { id: other },
      a,
    );
    expect(codeOf(rv)).toBe('OK');
    expect(codeOf(await s.gql(ME, {}, b))).toBe('SESSION_REVOKED');
    expect(codeOf(await s.gql(ME, {}, a))).toBe('OK');
  });

  it('signing out, or signing out the other sessions, refuses those tokens at once', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const a = await signIn(staff.user.phone);
    const b = await signIn(staff.user.phone);
    const c = await signIn(staff.user.phone);
    await warm(a);
    await warm(b);
    await warm(c);
    expect(codeOf(await s.gql('mutation { signOutOtherSessions { __typename } }', {}, a))).toBe('OK');
    expect(codeOf(await s.gql(ME, {}, b))).toBe('SESSION_REVOKED');
    expect(codeOf(await s.gql(ME, {}, c))).toBe('SESSION_REVOKED');
    expect(codeOf(await s.gql(ME, {}, a))).toBe('OK');
    expect(codeOf(await s.gql('mutation { logout { __typename } }', {}, a))).toBe('OK');
    expect(codeOf(await s.gql(ME, {}, a))).toBe('SESSION_REVOKED');
  });

  it('a password change ends every other session of the user at once', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const a = await signIn(staff.user.phone);
    const b = await signIn(staff.user.phone);
    await warm(a);
    await warm(b);
    const changed = await s.gql(
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
      { i: { currentPassword: FACTORY_PASSWORD, newPassword: 'another-pass-42' } },
      a,
    );
    expect(codeOf(changed)).toBe('OK');
    expect(codeOf(await s.gql(ME, {}, b))).toBe('SESSION_REVOKED');
  });

  it('a disabled account, a revoked and a granted membership take effect on the next request', async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    const admin = await buildStaff(s, { role: 'SYSTEM_ADMIN' });
    const adminToken = await admin.token();
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const token = await signIn(staff.user.phone);
    const roles = async () =>
      ((await s.gql<{ me: { memberships: { role: string }[] } }>(ME, {}, token)).data?.me.memberships ?? []).map(
        (m) => m.role,
      );
    await warm(token);
    expect(await roles()).toEqual(['COMMUNITY_STAFF']);

    const granted = await s.gql(
      'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id } } }',
      { i: { userId: staff.user.id, role: 'STREET_ADMIN', scopeKind: 'STREET', scopeId: street.id } },
      adminToken,
    );
    expect(codeOf(granted), JSON.stringify(granted.errors)).toBe('OK');
    expect((await roles()).sort()).toEqual(['COMMUNITY_STAFF', 'STREET_ADMIN']);

    const revoked = await s.gql(
      'mutation($i: RevokeMembershipInput!) { revokeMembership(input: $i) { membership { id } } }',
      { i: { membershipId: staff.membership?.id } },
      adminToken,
    );
    expect(codeOf(revoked), JSON.stringify(revoked.errors)).toBe('OK');
    expect(await roles()).toEqual(['STREET_ADMIN']);

    const disabled = await s.gql(
      'mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { id } } }',
      { i: { userId: staff.user.id, disabled: true } },
      adminToken,
    );
    expect(codeOf(disabled), JSON.stringify(disabled.errors)).toBe('OK');
    expect(codeOf(await s.gql(ME, {}, token))).toBe('SESSION_REVOKED');
  });

  it('keeps no viewer loaded across an invalidation, expires them and stays bounded', () => {
    let now = 0;
    const cache = new InProcessViewerCache(5_000, 2, () => now);
    const claims = (userId: string) => ({ userId, sessionFamilyId: `f-${userId}`, tokenVersion: 0 });
    const viewer = (userId: string) => new Viewer(userId, userId, `f-${userId}`, []);
    // A load that began before an invalidation (it may have read the old rows) is not kept.
    const before = cache.generation;
    cache.invalidate({ userIds: ['x'] });
    cache.set(claims('u1'), viewer('u1'), before);
    expect(cache.get(claims('u1'))).toBeUndefined();
    cache.set(claims('u1'), viewer('u1'), cache.generation);
    expect(cache.get(claims('u1'))?.userId).toBe('u1');
    // Another token version (a password change) is another entry.
    expect(cache.get({ ...claims('u1'), tokenVersion: 1 })).toBeUndefined();
    now = 5_000;
    expect(cache.get(claims('u1'))).toBeUndefined();
    for (const u of ['u1', 'u2', 'u3']) cache.set(claims(u), viewer(u), cache.generation);
    expect(cache.size).toBe(2);
    expect(cache.get(claims('u1'))).toBeUndefined();
    cache.invalidate({ all: true });
    expect(cache.size).toBe(0);
  });

  it('is one cache per database', () => {
    expect(viewerCacheOf(s.app.dataSource)).toBe(viewerCacheOf(s.app.dataSource));
  });
});
