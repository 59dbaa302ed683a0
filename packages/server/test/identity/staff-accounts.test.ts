/**
 * Staff self-service and accounts, over HTTP: the own sessions (a revoked session is refused on its
 * very next request), the display name, accounts that administrators create (signing in after the
 * one-time setup code), password resets (codes single use and expiring, on a controlled clock),
 * street admins confined to their street, and the context of the verification queue.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity.js';
import { byPhone, UserEntity } from '../../src/modules/identity/user.entity.js';
import {
  buildCommunity,
  buildResident,
  buildStaff,
  buildStreet,
  FACTORY_PASSWORD,
  factoryPhone,
} from '../factories/index.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken } }';
const ME = '{ me { id displayName memberships { role scopeName } } }';
const SESSIONS = '{ mySessions(first: 10) { totalCount edges { node { id current userAgent ip lastActiveAt } } } }';
const CREATE = `mutation($i: CreateStaffAccountInput!) {
  createStaffAccount(input: $i) { user { id phone displayName } setupCode { code expiresAt } } }`;
const RESET = `mutation($id: ID!) { resetStaffPassword(input: { userId: $id }) { resetCode { code expiresAt } } }`;
const SET = `mutation($c: String!, $p: String!) { setPasswordWithCode(input: { code: $c, newPassword: $p }) { ok } }`;

const reasonOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.reason ?? codeOf(r);

describe('staff self-service and accounts', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  const login = async (phone: string, password = FACTORY_PASSWORD) => {
    const r = await s.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { i: { phone, password } });
    return r;
  };
  const tokensOf = async (phone: string, password = FACTORY_PASSWORD) => {
    const r = await login(phone, password);
    expect(r.errors).toBeUndefined();
    return r.data?.login as { accessToken: string; refreshToken: string };
  };
  const auditCount = (operation: string, targetId: string) =>
    s.db.dataSource.getRepository(AuditLogEntity).countBy({ operation, targetId });

  it('lists the own sessions; a revoked session is refused on its very next request, the others keep working', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const a = await tokensOf(staff.user.phone);
    const b = await tokensOf(staff.user.phone);
    const list = await s.gql<{
      mySessions: { totalCount: number; edges: { node: { id: string; current: boolean; ip: string | null } }[] };
    }>(SESSIONS, {}, a.accessToken);
    expect(list.errors).toBeUndefined();
    expect(list.data?.mySessions.totalCount).toBe(2);
    const nodes = list.data?.mySessions.edges.map((e) => e.node) ?? [];
    expect(nodes.filter((n) => n.current)).toHaveLength(1);
    expect(nodes.every((n) => !n.ip || n.ip.endsWith('*'))).toBe(true);
    const other = nodes.find((n) => !n.current)?.id as string;

    // b works, then is revoked from a: b's very next request is refused, its refresh token too.
    expect(codeOf(await s.gql(ME, {}, b.accessToken))).toBe('OK');
    const rv = await s.gql<{ revokeSession: { revoked: boolean } }>(
      'mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { sessionId revoked } }',
      { id: other },
      a.accessToken,
    );
    expect(rv.data?.revokeSession.revoked).toBe(true);
    expect(codeOf(await s.gql(ME, {}, b.accessToken))).toBe('SESSION_REVOKED');
    expect(codeOf(await s.gql(REFRESH, { t: b.refreshToken }))).toBe('SESSION_REVOKED');
    expect(codeOf(await s.gql(ME, {}, a.accessToken))).toBe('OK');

    // Another user's session is not found (and stays alive).
    const stranger = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const st = await stranger.token();
    expect(
      codeOf(
        await s.gql('mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { revoked } }', { id: other }, st),
      ),
    ).toBe('NOT_FOUND');
    const strangerSessions = await s.gql<{ mySessions: { edges: { node: { id: string } }[] } }>(SESSIONS, {}, st);
    const strangerId = strangerSessions.data?.mySessions.edges[0]?.node.id as string;
    expect(
      codeOf(
        await s.gql(
          'mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { revoked } }',
          { id: strangerId },
          a.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(ME, {}, st))).toBe('OK');
  });

  it('signs out every other session at once, keeping this one', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const here = await tokensOf(staff.user.phone);
    const others = [await tokensOf(staff.user.phone), await tokensOf(staff.user.phone)];
    const r = await s.gql<{ signOutOtherSessions: { count: number } }>(
      'mutation { signOutOtherSessions { count } }',
      {},
      here.accessToken,
    );
    expect(r.data?.signOutOtherSessions.count).toBe(2);
    for (const o of others) expect(codeOf(await s.gql(ME, {}, o.accessToken))).toBe('SESSION_REVOKED');
    expect(codeOf(await s.gql(ME, {}, here.accessToken))).toBe('OK');
    const list = await s.gql<{ mySessions: { totalCount: number } }>(SESSIONS, {}, here.accessToken);
    expect(list.data?.mySessions.totalCount).toBe(1);
  });

  it('changes the own display name; a blank one is refused', async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const t = await staff.token();
    const r = await s.gql<{ updateMyProfile: { displayName: string } }>(
      'mutation($n: String!) { updateMyProfile(input: { displayName: $n }) { displayName } }',
      { n: '  王小明 ' },
      t,
    );
    expect(r.data?.updateMyProfile.displayName).toBe('王小明');
    expect((await s.gql<{ me: { displayName: string } }>(ME, {}, t)).data?.me.displayName).toBe('王小明');
    const blank = await s.gql('mutation { updateMyProfile(input: { displayName: "   " }) { id } }', {}, t);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
  });

  it('an account a street admin creates signs in once its password is set with the setup code (audited)', async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    const admin = await buildStaff(s, { role: 'STREET_ADMIN', scope: street });
    const phone = factoryPhone();
    const r = await s.gql<{
      createStaffAccount: { user: { id: string; phone: string; displayName: string }; setupCode: { code: string } };
    }>(
      CREATE,
      { i: { phone, displayName: '新社工', role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId: community.id } },
      await admin.token(),
    );
    expect(r.errors).toBeUndefined();
    const made = r.data?.createStaffAccount as NonNullable<typeof r.data>['createStaffAccount'];
    expect(made.user.phone).not.toBe(phone); // masked
    expect(made.setupCode.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await auditCount('staff.account.create', made.user.id)).toBe(1);
    // The code is not stored in the clear.
    expect(JSON.stringify(await s.db.dataSource.query('SELECT * FROM password_reset_code'))).not.toContain(
      made.setupCode.code,
    );

    // Before the code is used nobody can sign in; the code works in lower case without dashes too.
    expect(codeOf(await login(phone, 'Whatever123'))).toBe('INVALID_CREDENTIALS');
    const typed = made.setupCode.code.toLowerCase().replaceAll('-', '');
    expect(codeOf(await s.gql(SET, { c: typed, p: 'Newstaff123' }))).toBe('OK');
    const t = await tokensOf(phone, 'Newstaff123');
    const me = await s.gql<{ me: { displayName: string; memberships: { role: string }[] } }>(ME, {}, t.accessToken);
    expect(me.data?.me.displayName).toBe('新社工');
    expect(me.data?.me.memberships.map((m) => m.role)).toEqual(['COMMUNITY_STAFF']);

    // A registered phone is refused: grant that account a role instead.
    const again = await s.gql(
      CREATE,
      { i: { phone, displayName: 'x', role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId: community.id } },
      await admin.token(),
    );
    expect(codeOf(again)).toBe('PHONE_TAKEN');
    // The first role is a staff role, on the scope kind grantMembership demands.
    const resident = await s.gql(
      CREATE,
      {
        i: { phone: factoryPhone(), displayName: 'x', role: 'RESIDENT', scopeKind: 'COMMUNITY', scopeId: community.id },
      },
      await admin.token(),
    );
    expect(reasonOf(resident)).toBe('IDENTITY_STAFF_ROLE_REQUIRED');
    const mismatch = await s.gql(
      CREATE,
      {
        i: {
          phone: factoryPhone(),
          displayName: 'x',
          role: 'COMMUNITY_STAFF',
          scopeKind: 'STREET',
          scopeId: street.id,
        },
      },
      await admin.token(),
    );
    expect(reasonOf(mismatch)).toBe('IDENTITY_ROLE_SCOPE_MISMATCH');
  });

  it('a street admin cannot create staff outside their street, nor a system administrator; community staff cannot at all', async () => {
    const street = await buildStreet(s);
    const admin = await buildStaff(s, { role: 'STREET_ADMIN', scope: street });
    const elsewhere = await buildCommunity(s);
    const phone = factoryPhone();
    const t = await admin.token();
    const outside = await s.gql(
      CREATE,
      { i: { phone, displayName: '越权', role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId: elsewhere.id } },
      t,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(outside));
    const sys = await s.gql(
      CREATE,
      { i: { phone, displayName: '越权', role: 'SYSTEM_ADMIN', scopeKind: 'SYSTEM' } },
      t,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(sys));
    expect(await s.db.dataSource.getRepository(UserEntity).existsBy(byPhone(phone))).toBe(false);

    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: elsewhere });
    const byStaff = await s.gql(
      CREATE,
      { i: { phone, displayName: 'x', role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId: elsewhere.id } },
      await staff.token(),
    );
    expect(codeOf(byStaff)).toBe('FORBIDDEN');
  });

  it('a reset code is single use, replaces earlier codes, ends every session and expires after 24 hours (controlled clock)', async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    const admin = await buildStaff(s, { role: 'STREET_ADMIN', scope: street });
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const old = await tokensOf(staff.user.phone);
    const at = await admin.token();
    const issue = async () => {
      const r = await s.gql<{ resetStaffPassword: { resetCode: { code: string; expiresAt: string } } }>(
        RESET,
        { id: staff.user.id },
        at,
      );
      expect(r.errors).toBeUndefined();
      return r.data?.resetStaffPassword.resetCode as { code: string; expiresAt: string };
    };
    const first = await issue();
    const second = await issue();
    expect(await auditCount('staff.password.reset', staff.user.id)).toBe(2);
    // The newer code replaced the first one.
    expect(reasonOf(await s.gql(SET, { c: first.code, p: 'Reset1234' }))).toBe('IDENTITY_RESET_CODE_INVALID');
    expect(codeOf(await s.gql(SET, { c: second.code, p: 'Reset1234' }))).toBe('OK');
    // Single use.
    expect(reasonOf(await s.gql(SET, { c: second.code, p: 'Other1234' }))).toBe('IDENTITY_RESET_CODE_INVALID');
    // The old password and the old session are gone; the new password works.
    expect(codeOf(await s.gql(ME, {}, old.accessToken))).toBe('SESSION_REVOKED');
    expect(codeOf(await login(staff.user.phone))).toBe('INVALID_CREDENTIALS');
    await tokensOf(staff.user.phone, 'Reset1234');

    // Expiry: a code used 24 hours and a second after it was issued is refused; a second before, it works.
    const late = await issue();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(late.expiresAt).getTime() + 1000);
    expect(reasonOf(await s.gql(SET, { c: late.code, p: 'Late12345' }))).toBe('IDENTITY_RESET_CODE_EXPIRED');
    vi.useRealTimers();
    const onTime = await issue();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(onTime.expiresAt).getTime() - 1000);
    expect(codeOf(await s.gql(SET, { c: onTime.code, p: 'OnTime1234' }))).toBe('OK');
    vi.useRealTimers();
    expect(new Date(onTime.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it('street admins reset only staff wholly within their street; nobody resets themself or a resident', async () => {
    const street = await buildStreet(s);
    const admin = await buildStaff(s, { role: 'STREET_ADMIN', scope: street });
    const at = await admin.token();
    const foreign = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    expect(codeOf(await s.gql(RESET, { id: foreign.user.id }, at))).toBe('NOT_FOUND');
    const system = await buildStaff(s, { role: 'SYSTEM_ADMIN' });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await s.gql(RESET, { id: system.user.id }, at)));
    expect(reasonOf(await s.gql(RESET, { id: admin.user.id }, at))).toBe('IDENTITY_CANNOT_RESET_SELF');
    const community = await buildCommunity(s, { street });
    const resident = await buildResident(s, { community });
    expect(reasonOf(await s.gql(RESET, { id: resident.user.id }, at))).toBe('IDENTITY_NOT_STAFF');
    // The system administrator resets anyone's.
    const sysToken = await system.token();
    expect(codeOf(await s.gql(RESET, { id: foreign.user.id }, sysToken))).toBe('OK');
  });

  it('the verification queue shows who is bound to the household and the requester’s other bindings, phones masked', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const owner = await buildResident(s, { community });
    const pending = await buildResident(s, { household: owner.household, verified: false });
    // The requester also lives elsewhere in the same community, and in another community.
    const elsewhere = await buildResident(s, { community });
    const { HouseholdBindingEntity } = await import('../../src/modules/identity/household-binding.entity.js');
    const repo = s.db.dataSource.getRepository(HouseholdBindingEntity);
    await repo.update({ id: elsewhere.binding.id }, { userId: pending.user.id });
    const farAway = await buildResident(s);
    await repo.update({ id: farAway.binding.id }, { userId: pending.user.id });

    const r = await s.gql<{
      householdBindings: {
        edges: {
          node: {
            id: string;
            householdOthers: { id: string; status: string; user: { phone: string } }[];
            requesterOthers: { id: string }[];
          };
        }[];
      };
    }>(
      `query($c: ID!) { householdBindings(communityId: $c, status: PENDING, first: 20) { edges { node {
        id householdOthers { id status relation user { displayName phone } }
        requesterOthers { id status household { unit room } estate { name } } } } } }`,
      { c: community.id },
      await staff.token(),
    );
    expect(r.errors).toBeUndefined();
    const node = r.data?.householdBindings.edges.find((e) => e.node.id === pending.binding.id)?.node;
    expect(node?.householdOthers.map((b) => b.id)).toEqual([owner.binding.id]);
    expect(node?.householdOthers[0]?.user.phone).toMatch(/\*{4}/);
    // Only the binding inside the viewer's scope is shown.
    expect(node?.requesterOthers.map((b) => b.id)).toEqual([elsewhere.binding.id]);
  });
});
