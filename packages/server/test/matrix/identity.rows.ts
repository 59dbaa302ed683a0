/** Matrix rows of the identity and tenancy operations (see kit.ts for the columns). */

import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { FACTORY_PASSWORD } from '../factories/identity.js';
import { freshUser, otherStreet, pendingBinding, residentMembership, uniq, uniquePhone } from '../helpers/fixtures.js';
import { registerResident } from '../helpers/server.js';
import { ACTORS, FACTORY_ACTORS, login, type UserActor } from '../helpers/world.js';
import { at, pick, q, type Rule, type RunContext, read } from './kit.js';

/** A single value by SQL, for what the API has no read of (building names, membership rows …). */
const sql = async (c: RunContext, query: string, params: unknown[]) => (await c.w.ds.query(query, params))[0];
/** Audit entries of phone reveals of a user, as the system admin reads the audit log. */
const reveals = async (c: RunContext, userId: string) =>
  (
    await read<{ auditLog: { totalCount: number } }>(
      c,
      'query($id: ID!) { auditLog(targetId: $id, operation: "user.phone.reveal") { totalCount } }',
      { id: userId },
    )
  ).auditLog.totalCount;
/** Effect: the signed-in user of a token the mutation returned (or the run kept) is `who`. */
const signedIn = (path: string) => async (c: RunContext, r: { data?: unknown }) => {
  const token = at(r as never, path);
  const me = await read<{ me: { id: string } }>(c, '{ me { id } }', {}, token);
  expect(me.me.id).toBeTruthy();
};
/** Effect: the record a create returned is readable by id as the system admin. */
const readable = (path: string, query: string) => async (c: RunContext, r: { data?: unknown }) => {
  const id = at(r as never, path);
  const data = await read<Record<string, { id: string }>>(c, `query($id: ID!) { ${query}(id: $id) { id } }`, { id });
  expect(data[query]?.id).toBe(id);
};

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const IDENTITY_ROWS: Record<string, Rule> = {
  // ---- public and self-service ----
  serverInfo: { expect: 'OK OK OK OK OK OK OK OK OK OK OK', run: q('{ serverInfo { version } }') },
  errorReasons: { expect: 'OK OK OK OK OK OK OK OK OK OK OK', run: q('{ errorReasons { reason code } }') },
  registerResident: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    // With the code of requestSmsCode(REGISTER), read from the test server's SMS transport.
    run: (c) => registerResident(c.s, { phone: uniquePhone(), password: 'matrix123', displayName: '矩阵' }),
    effect: signedIn('registerResident.accessToken'),
  },
  login: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const u = await freshUser(c.w);
      return c.s.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { phone: u.phone, password: 'Fixture@123' },
      });
    },
    effect: signedIn('login.accessToken'),
  },
  refreshSession: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const u = await freshUser(c.w);
      const l = await c.s.gql<{ login: { refreshToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { refreshToken } }',
        {
          i: { phone: u.phone, password: 'Fixture@123' },
        },
      );
      return c.s.gql('mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken } }', {
        t: l.data?.login.refreshToken,
      });
    },
    effect: signedIn('refreshSession.accessToken'),
  },
  me: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', run: q('{ me { id phone } }') },
  roleDefinitions: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', run: q('{ roleDefinitions { role scopeKinds } }') },
  myHouseholdBindings: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', run: q('{ myHouseholdBindings { id } }') },
  logout: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    // A session of its own, so the shared tokens stay valid.
    run: async (c) => {
      if (!c.token) return c.s.gql('mutation { logout { ok } }');
      const { phone } = await c.w.ds.getRepository(UserEntity).findOneByOrFail({ id: c.w.user[c.actor as UserActor] });
      const password = FACTORY_ACTORS.includes(c.actor) ? FACTORY_PASSWORD : DEMO_PASSWORD;
      c.scratch.token = await login(c.s, phone, password);
      return c.s.gql('mutation { logout { ok } }', {}, c.scratch.token as string);
    },
    effect: async (c) => {
      const r = await c.s.gql('{ me { id } }', {}, c.scratch.token as string);
      expect(r.errors?.[0]?.extensions?.code).toMatch(/SESSION_REVOKED|UNAUTHENTICATED/);
    },
  },
  changePassword: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    // Run as a fresh account (changing a demo account's password would sign it out everywhere).
    run: async (c) => {
      if (!c.token)
        return c.s.gql(
          'mutation { changePassword(input: { currentPassword: "x", newPassword: "abcdefg123" }) { accessToken } }',
        );
      const u = await freshUser(c.w);
      c.scratch.phone = u.phone;
      const token = await login(c.s, u.phone, 'Fixture@123');
      return c.s.gql(
        'mutation { changePassword(input: { currentPassword: "Fixture@123", newPassword: "Changed@456" }) { accessToken } }',
        {},
        token,
      );
    },
    effect: async (c) => expect(await login(c.s, c.scratch.phone as string, 'Changed@456')).toBeTruthy(),
  },
  requestHouseholdBinding: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    // Self-service: run as a fresh account (a staff member binding themself would change who
    // appears in later rows' user lists).
    run: async (c) => {
      const estateId = pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden);
      const [h] = await c.w.ds.query(
        'SELECT h.buildingId AS buildingId, h.unit AS unit, h.room AS room FROM household h WHERE h.estateId = ? ORDER BY h.id LIMIT 1 OFFSET ?',
        [estateId, 20 + ACTORS.indexOf(c.actor)],
      );
      const token = c.token ? await login(c.s, (await freshUser(c.w)).phone, 'Fixture@123') : undefined;
      c.scratch.token = token;
      return c.s.gql(
        'mutation($i: RequestHouseholdBindingInput!) { requestHouseholdBinding(input: $i) { binding { id } } }',
        { i: { ...h, relation: 'TENANT' } },
        token,
      );
    },
    effect: async (c, r) => {
      const mine = await read<{ myHouseholdBindings: { id: string; status: string }[] }>(
        c,
        '{ myHouseholdBindings { id status } }',
        {},
        c.scratch.token as string,
      );
      expect(mine.myHouseholdBindings).toContainEqual({
        id: at(r, 'requestHouseholdBinding.binding.id'),
        status: 'PENDING',
      });
    },
  },

  // ---- tree reads ----
  streets: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', list: 'streets', run: q('{ streets { totalCount } }') },
  street: {
    expect: 'UN OK/NF OK/NF OK/NF OK/NF OK/NF OK/NF OK NF OK/NF UN',
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { street(id: $id) { id } }',
        { id: c.target === 'in' ? c.w.streetId : (await otherStreet(c.w)).id },
        c.token,
      ),
  },
  communities: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'communities',
    run: q('query($s: String!) { communities(search: $s) { totalCount } }', (c) => ({
      s: pick(c.target, '博学', '兴议'),
    })),
  },
  community: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: q('query($id: ID!) { community(id: $id) { id viewerCan { update } } }', (c) => ({
      id: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  estates: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'estates',
    run: q('query($c: ID!) { estates(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  estate: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: q('query($id: ID!) { estate(id: $id) { id community { name } } }', (c) => ({
      id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  estateDirectory: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    list: 'estateDirectory',
    run: q('{ estateDirectory { totalCount } }'),
  },
  buildingDirectory: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    list: 'buildingDirectory',
    run: q('query($e: ID!) { buildingDirectory(estateId: $e) { totalCount } }', (c) => ({
      e: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  buildings: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'buildings',
    run: q('query($e: ID!) { buildings(estateId: $e) { totalCount } }', (c) => ({
      e: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  households: {
    expect: 'UN E OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'households',
    run: q('query($e: ID!) { households(estateId: $e) { totalCount } }', (c) => ({
      e: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  household: {
    expect: 'UN NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: q('query($id: ID!) { household(id: $id) { id label } }', (c) => ({
      id: pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden),
    })),
  },
  organisations: {
    expect: 'UN OK/E OK/E E/OK E E OK OK E E UN',
    list: 'organisations',
    run: q('query($c: ID!) { organisations(communityId: $c, kind: COMMUNITY_OFFICE) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  organisation: {
    expect: 'UN OK/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: q('query($id: ID!) { organisation(id: $id) { id } }', (c) => ({
      id: pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice),
    })),
  },

  // ---- people ----
  users: {
    expect: 'UN FB OK/E E/OK E E OK OK E E UN',
    list: 'users',
    run: q('query($c: ID!) { users(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  user: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: q('query($id: ID!) { user(id: $id) { id phone } }', (c) => ({
      id: pick(c.target, c.w.user.resident, c.w.user.xingyiResident),
    })),
  },
  userByPhone: {
    expect: 'UN FB NF NF NF NF OK OK OK NF UN',
    run: q('query($p: String!) { userByPhone(phone: $p) { id } }', (c) => ({
      p: pick(c.target, '13900000001', '13900000004'),
    })),
  },
  householdBindings: {
    expect: 'UN FB OK/E E/OK E E OK OK E E UN',
    list: 'householdBindings',
    run: q('query($c: ID!) { householdBindings(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  auditLog: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'auditLog',
    run: q('query($c: ID!) { auditLog(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  revealUserPhone: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      const id = pick(c.target, c.w.user.resident, c.w.user.xingyiResident);
      c.scratch.before = await reveals(c, id);
      return c.s.gql('mutation($id: ID!) { revealUserPhone(input: { userId: $id }) { phone } }', { id }, c.token);
    },
    // Every reveal leaves an audit entry naming who looked.
    effect: async (c) => {
      const id = pick(c.target, c.w.user.resident, c.w.user.xingyiResident);
      expect(await reveals(c, id)).toBe((c.scratch.before as number) + 1);
    },
  },
  setUserDisabled: {
    expect: 'UN FB FB/NF NF/FB NF NF OK OK NF NF UN',
    run: async (c) => {
      const m = await residentMembership(c.w, pick(c.target, 'boxue', 'xingyi'));
      c.scratch.userId = m.userId;
      return c.s.gql(
        'mutation($id: ID!) { setUserDisabled(input: { userId: $id, disabled: true }) { user { disabled } } }',
        { id: m.userId },
        c.token,
      );
    },
    effect: async (c) => {
      const { user } = await read<{ user: { disabled: boolean } }>(
        c,
        'query($id: ID!) { user(id: $id) { disabled } }',
        {
          id: c.scratch.userId,
        },
      );
      expect(user.disabled).toBe(true);
    },
  },
  grantMembership: {
    expect: 'UN FB NF NF NF NF OK OK NF NF UN',
    run: async (c) => {
      const u = await freshUser(c.w);
      const scopeId = c.w.community[pick(c.target, 'boxue', 'xingyi')];
      return c.s.gql(
        'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id role } } }',
        { i: { userId: u.id, role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId } },
        c.token,
      );
    },
    effect: async (c, r) => {
      const row = await sql(c, 'SELECT role, revokedAt FROM membership WHERE id = ?', [
        at(r, 'grantMembership.membership.id'),
      ]);
      expect(row).toMatchObject({ role: 'COMMUNITY_STAFF', revokedAt: null });
    },
  },
  revokeMembership: {
    expect: 'UN FB FB/NF NF/FB NF NF OK OK NF NF UN',
    run: async (c) => {
      const m = await residentMembership(c.w, pick(c.target, 'boxue', 'xingyi'));
      c.scratch.membershipId = m.id;
      return c.s.gql(
        'mutation($id: ID!) { revokeMembership(input: { membershipId: $id }) { membership { revokedAt } } }',
        { id: m.id },
        c.token,
      );
    },
    effect: async (c) => {
      const row = await sql(c, 'SELECT revokedAt FROM membership WHERE id = ?', [c.scratch.membershipId]);
      expect(row.revokedAt).not.toBeNull();
    },
  },
  approveHouseholdBinding: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      const b = await pendingBinding(c.w, pick(c.target, 'boxue', 'xingyi'));
      c.scratch.bindingId = b.id;
      return c.s.gql(
        'mutation($id: ID!) { approveHouseholdBinding(input: { bindingId: $id }) { binding { status } } }',
        { id: b.id },
        c.token,
      );
    },
    effect: async (c) => {
      const row = await sql(c, 'SELECT status FROM household_binding WHERE id = ?', [c.scratch.bindingId]);
      expect(row.status).toBe('APPROVED');
    },
  },
  rejectHouseholdBinding: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      const b = await pendingBinding(c.w, pick(c.target, 'boxue', 'xingyi'));
      c.scratch.bindingId = b.id;
      return c.s.gql(
        'mutation($id: ID!) { rejectHouseholdBinding(input: { bindingId: $id, reason: "不是本户" }) { binding { status } } }',
        { id: b.id },
        c.token,
      );
    },
    effect: async (c) => {
      const row = await sql(c, 'SELECT status FROM household_binding WHERE id = ?', [c.scratch.bindingId]);
      expect(row.status).toBe('REJECTED');
    },
  },

  // ---- tree writes ----
  createStreet: {
    expect: 'UN FB FB FB FB FB FB OK FB FB UN',
    run: q(
      'mutation($n: String!) { createStreet(input: { name: $n, district: "杭州市萧山区" }) { street { id } } }',
      () => ({ n: `新街道${uniq()}` }),
    ),
    effect: readable('createStreet.street.id', 'street'),
  },
  updateStreet: {
    expect: 'UN FB/NF FB/NF FB/NF FB/NF FB/NF FB/NF OK NF FB/NF UN',
    run: async (c) => {
      const id = c.target === 'in' ? c.w.streetId : (await otherStreet(c.w)).id;
      c.scratch.id = id;
      c.scratch.value = `杭州市萧山区${uniq()}`;
      return c.s.gql(
        'mutation($id: ID!, $d: String!) { updateStreet(input: { id: $id, district: $d }) { street { id } } }',
        { id, d: c.scratch.value },
        c.token,
      );
    },
    effect: async (c) => {
      const { street } = await read<{ street: { district: string } }>(
        c,
        'query($id: ID!) { street(id: $id) { district } }',
        {
          id: c.scratch.id,
        },
      );
      expect(street.district).toBe(c.scratch.value);
    },
  },
  createCommunity: {
    expect: 'UN FB/NF FB/NF FB/NF FB/NF FB/NF OK/NF OK NF FB/NF UN',
    run: async (c) => {
      const streetId = c.target === 'in' ? c.w.streetId : (await otherStreet(c.w)).id;
      return c.s.gql(
        'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { community { id } } }',
        { i: { streetId, name: `新社区${uniq()}` } },
        c.token,
      );
    },
    effect: readable('createCommunity.community.id', 'community'),
  },
  updateCommunity: {
    expect: 'UN FB/NF FB/NF NF/FB FB/NF FB/NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.value = `${uniq()}`;
      return c.s.gql(
        'mutation($id: ID!, $v: String!) { updateCommunity(input: { id: $id, address: $v }) { community { id } } }',
        { id: c.w.community[pick(c.target, 'boxue', 'xingyi')], v: c.scratch.value },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<Record<string, Record<string, string>>>(
        c,
        'query($id: ID!) { community(id: $id) { address } }',
        {
          id: c.w.community[pick(c.target, 'boxue', 'xingyi')],
        },
      );
      expect(data.community?.address).toBe(c.scratch.value);
    },
  },
  createEstate: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: q('mutation($i: CreateEstateInput!) { createEstate(input: $i) { estate { id } } }', (c) => ({
      i: { communityId: c.w.community[pick(c.target, 'boxue', 'xingyi')], name: `新小区${uniq()}` },
    })),
    effect: readable('createEstate.estate.id', 'estate'),
  },
  updateEstate: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.value = `${uniq()}`;
      return c.s.gql(
        'mutation($id: ID!, $v: String!) { updateEstate(input: { id: $id, address: $v }) { estate { id } } }',
        { id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden), v: c.scratch.value },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<Record<string, Record<string, string>>>(
        c,
        'query($id: ID!) { estate(id: $id) { address } }',
        {
          id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
        },
      );
      expect(data.estate?.address).toBe(c.scratch.value);
    },
  },
  createBuilding: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: q('mutation($i: CreateBuildingInput!) { createBuilding(input: $i) { building { id } } }', (c) => ({
      i: { estateId: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden), name: `${uniq()}幢` },
    })),
    effect: async (c, r) => {
      const row = await sql(c, 'SELECT estateId FROM building WHERE id = ?', [at(r, 'createBuilding.building.id')]);
      expect(row?.estateId).toBe(pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden));
    },
  },
  updateBuilding: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.value = `${uniq().slice(-8)}幢`;
      return c.s.gql(
        'mutation($id: ID!, $n: String!) { updateBuilding(input: { id: $id, name: $n }) { building { id } } }',
        { id: pick(c.target, c.w.building.tianju, c.w.building.xingyiGarden), n: c.scratch.value },
        c.token,
      );
    },
    effect: async (c) => {
      const row = await sql(c, 'SELECT name FROM building WHERE id = ?', [
        pick(c.target, c.w.building.tianju, c.w.building.xingyiGarden),
      ]);
      expect(row.name).toBe(c.scratch.value);
    },
  },
  createHousehold: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: q('mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { household { id } } }', (c) => ({
      i: {
        buildingId: pick(c.target, c.w.building.tianju, c.w.building.xingyiGarden),
        unit: '9单元',
        room: uniq().slice(-6),
      },
    })),
    effect: readable('createHousehold.household.id', 'household'),
  },
  updateHousehold: {
    expect: 'UN NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.value = `${uniq().slice(-6)}单元`;
      return c.s.gql(
        'mutation($id: ID!, $u: String!) { updateHousehold(input: { id: $id, unit: $u }) { household { id } } }',
        { id: pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden), u: c.scratch.value },
        c.token,
      );
    },
    effect: async (c) => {
      const row = await sql(c, 'SELECT unit FROM household WHERE id = ?', [
        pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden),
      ]);
      expect(row.unit).toBe(c.scratch.value);
    },
  },
  createOrganisation: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: q('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { organisation { id } } }', (c) => ({
      i: {
        kind: 'SOCIAL_ORGANISATION',
        communityId: c.w.community[pick(c.target, 'boxue', 'xingyi')],
        name: `社会组织${uniq()}`,
      },
    })),
    effect: readable('createOrganisation.organisation.id', 'organisation'),
  },
  updateOrganisation: {
    expect: 'UN FB/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.value = `${uniq()}`;
      return c.s.gql(
        'mutation($id: ID!, $v: String!) { updateOrganisation(input: { id: $id, contact: $v }) { organisation { id } } }',
        { id: pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice), v: c.scratch.value },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<Record<string, Record<string, string>>>(
        c,
        'query($id: ID!) { organisation(id: $id) { contact } }',
        {
          id: pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice),
        },
      );
      expect(data.organisation?.contact).toBe(c.scratch.value);
    },
  },
  setOrganisationEstates: {
    expect: 'UN FB FB NF/FB FB/NF FB/NF OK OK NF NF UN',
    run: q(
      'mutation($i: SetOrganisationEstatesInput!) { setOrganisationEstates(input: $i) { organisation { id } } }',
      (c) => ({
        i:
          c.target === 'in'
            ? { organisationId: c.w.org.greentown, estateIds: [c.w.estate.tianju, c.w.estate.yinwan] }
            : { organisationId: c.w.org.binjiang, estateIds: [c.w.estate.baima, c.w.estate.guochen, c.w.estate.jinse] },
      }),
    ),
    effect: async (c) => {
      const [orgId, estates] =
        c.target === 'in'
          ? [c.w.org.greentown, [c.w.estate.tianju, c.w.estate.yinwan]]
          : [c.w.org.binjiang, [c.w.estate.baima, c.w.estate.guochen, c.w.estate.jinse]];
      const rows: { estateId: string }[] = await c.w.ds.query(
        'SELECT estateId FROM organisation_estate WHERE organisationId = ?',
        [orgId],
      );
      expect(rows.map((r) => r.estateId).sort()).toEqual([...estates].sort());
    },
  },
};
