/** Matrix rows of the identity and tenancy operations (see kit.ts for the columns). */
import { freshUser, otherStreet, pendingBinding, residentMembership, uniq, uniquePhone } from '../helpers/fixtures.js';
import { ACTORS, type ActorName, login } from '../helpers/world.js';
import { pick, q, type Rule } from './kit.js';

// Columns: anon resident boxue xingyi greentown committee street system
export const IDENTITY_ROWS: Record<string, Rule> = {
  // ---- public and self-service ----
  serverInfo: { expect: 'OK OK OK OK OK OK OK OK', run: q('{ serverInfo { version } }') },
  errorReasons: { expect: 'OK OK OK OK OK OK OK OK', run: q('{ errorReasons { reason code } }') },
  registerResident: {
    expect: 'OK OK OK OK OK OK OK OK',
    run: q('mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }', () => ({
      i: { phone: uniquePhone(), password: 'matrix123', displayName: '矩阵' },
    })),
  },
  login: {
    expect: 'OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const u = await freshUser(c.w);
      return c.s.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { phone: u.phone, password: 'Fixture@123' },
      });
    },
  },
  refreshSession: {
    expect: 'OK OK OK OK OK OK OK OK',
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
  },
  me: { expect: 'UN OK OK OK OK OK OK OK', run: q('{ me { id phone } }') },
  roleDefinitions: { expect: 'UN OK OK OK OK OK OK OK', run: q('{ roleDefinitions { role scopeKinds } }') },
  myHouseholdBindings: { expect: 'UN OK OK OK OK OK OK OK', run: q('{ myHouseholdBindings { id } }') },
  logout: {
    expect: 'UN OK OK OK OK OK OK OK',
    // A session of its own, so the shared tokens stay valid.
    run: async (c) => {
      if (!c.token) return c.s.gql('mutation { logout { ok } }');
      const phone = (
        await c.w.ds.query('SELECT phone FROM user WHERE id = ?', [c.w.user[c.actor as Exclude<ActorName, 'anon'>]])
      )[0].phone;
      return c.s.gql('mutation { logout { ok } }', {}, await login(c.s, phone));
    },
  },
  changePassword: {
    expect: 'UN OK OK OK OK OK OK OK',
    // Run as a fresh account (changing a demo account's password would sign it out everywhere).
    run: async (c) => {
      if (!c.token)
        return c.s.gql(
          'mutation { changePassword(input: { currentPassword: "x", newPassword: "abcdefg123" }) { accessToken } }',
        );
      const u = await freshUser(c.w);
      const token = await login(c.s, u.phone, 'Fixture@123');
      return c.s.gql(
        'mutation { changePassword(input: { currentPassword: "Fixture@123", newPassword: "Changed@456" }) { accessToken } }',
        {},
        token,
      );
    },
  },
  requestHouseholdBinding: {
    expect: 'UN OK OK OK OK OK OK OK',
    // Self-service: run as a fresh account (a staff member binding themself would change who
    // appears in later rows' user lists).
    run: async (c) => {
      const estateId = pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden);
      const [h] = await c.w.ds.query(
        'SELECT h.buildingId AS buildingId, h.unit AS unit, h.room AS room FROM household h WHERE h.estateId = ? ORDER BY h.id LIMIT 1 OFFSET ?',
        [estateId, 20 + ACTORS.indexOf(c.actor)],
      );
      const token = c.token ? await login(c.s, (await freshUser(c.w)).phone, 'Fixture@123') : undefined;
      return c.s.gql(
        'mutation($i: RequestHouseholdBindingInput!) { requestHouseholdBinding(input: $i) { binding { id } } }',
        { i: { ...h, relation: 'TENANT' } },
        token,
      );
    },
  },

  // ---- tree reads ----
  streets: { expect: 'UN OK OK OK OK OK OK OK', list: 'streets', run: q('{ streets { totalCount } }') },
  street: {
    expect: 'UN OK/NF OK/NF OK/NF OK/NF OK/NF OK/NF OK',
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { street(id: $id) { id } }',
        { id: c.target === 'in' ? c.w.streetId : (await otherStreet(c.w)).id },
        c.token,
      ),
  },
  communities: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK',
    list: 'communities',
    run: q('query($s: String!) { communities(search: $s) { totalCount } }', (c) => ({
      s: pick(c.target, '博学', '兴议'),
    })),
  },
  community: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK',
    run: q('query($id: ID!) { community(id: $id) { id viewerCan { update } } }', (c) => ({
      id: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  estates: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK',
    list: 'estates',
    run: q('query($c: ID!) { estates(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  estate: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK',
    run: q('query($id: ID!) { estate(id: $id) { id community { name } } }', (c) => ({
      id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  estateDirectory: {
    expect: 'UN OK OK OK OK OK OK OK',
    list: 'estateDirectory',
    run: q('{ estateDirectory { totalCount } }'),
  },
  buildingDirectory: {
    expect: 'UN OK OK OK OK OK OK OK',
    list: 'buildingDirectory',
    run: q('query($e: ID!) { buildingDirectory(estateId: $e) { totalCount } }', (c) => ({
      e: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  buildings: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK',
    list: 'buildings',
    run: q('query($e: ID!) { buildings(estateId: $e) { totalCount } }', (c) => ({
      e: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  households: {
    expect: 'UN E OK/E E/OK OK/E OK/E OK OK',
    list: 'households',
    run: q('query($e: ID!) { households(estateId: $e) { totalCount } }', (c) => ({
      e: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  household: {
    expect: 'UN NF OK/NF NF/OK OK/NF OK/NF OK OK',
    run: q('query($id: ID!) { household(id: $id) { id label } }', (c) => ({
      id: pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden),
    })),
  },
  organisations: {
    expect: 'UN OK/E OK/E E/OK E E OK OK',
    list: 'organisations',
    run: q('query($c: ID!) { organisations(communityId: $c, kind: COMMUNITY_OFFICE) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  organisation: {
    expect: 'UN OK/NF OK/NF NF/OK NF NF OK OK',
    run: q('query($id: ID!) { organisation(id: $id) { id } }', (c) => ({
      id: pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice),
    })),
  },

  // ---- people ----
  users: {
    expect: 'UN FB OK/E E/OK E E OK OK',
    list: 'users',
    run: q('query($c: ID!) { users(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  user: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK',
    run: q('query($id: ID!) { user(id: $id) { id phone } }', (c) => ({
      id: pick(c.target, c.w.user.resident, c.w.user.xingyiResident),
    })),
  },
  userByPhone: {
    expect: 'UN FB NF NF NF NF OK OK',
    run: q('query($p: String!) { userByPhone(phone: $p) { id } }', (c) => ({
      p: pick(c.target, '13900000001', '13900000004'),
    })),
  },
  householdBindings: {
    expect: 'UN FB OK/E E/OK E E OK OK',
    list: 'householdBindings',
    run: q('query($c: ID!) { householdBindings(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  auditLog: {
    expect: 'UN FB OK/E E/OK FB FB OK OK',
    list: 'auditLog',
    run: q('query($c: ID!) { auditLog(communityId: $c) { totalCount } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  revealUserPhone: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK',
    run: q('mutation($id: ID!) { revealUserPhone(input: { userId: $id }) { phone } }', (c) => ({
      id: pick(c.target, c.w.user.resident, c.w.user.xingyiResident),
    })),
  },
  setUserDisabled: {
    expect: 'UN FB FB/NF NF/FB NF NF OK OK',
    run: async (c) => {
      const m = await residentMembership(c.w, pick(c.target, 'boxue', 'xingyi'));
      return c.s.gql(
        'mutation($id: ID!) { setUserDisabled(input: { userId: $id, disabled: true }) { user { disabled } } }',
        { id: m.userId },
        c.token,
      );
    },
  },
  grantMembership: {
    expect: 'UN FB NF NF NF NF OK OK',
    run: async (c) => {
      const u = await freshUser(c.w);
      const scopeId = c.w.community[pick(c.target, 'boxue', 'xingyi')];
      return c.s.gql(
        'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id role } } }',
        { i: { userId: u.id, role: 'COMMUNITY_STAFF', scopeKind: 'COMMUNITY', scopeId } },
        c.token,
      );
    },
  },
  revokeMembership: {
    expect: 'UN FB FB/NF NF/FB NF NF OK OK',
    run: async (c) => {
      const m = await residentMembership(c.w, pick(c.target, 'boxue', 'xingyi'));
      return c.s.gql(
        'mutation($id: ID!) { revokeMembership(input: { membershipId: $id }) { membership { revokedAt } } }',
        { id: m.id },
        c.token,
      );
    },
  },
  approveHouseholdBinding: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK',
    run: async (c) => {
      const b = await pendingBinding(c.w, pick(c.target, 'boxue', 'xingyi'));
      return c.s.gql(
        'mutation($id: ID!) { approveHouseholdBinding(input: { bindingId: $id }) { binding { status } } }',
        { id: b.id },
        c.token,
      );
    },
  },
  rejectHouseholdBinding: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK',
    run: async (c) => {
      const b = await pendingBinding(c.w, pick(c.target, 'boxue', 'xingyi'));
      return c.s.gql(
        'mutation($id: ID!) { rejectHouseholdBinding(input: { bindingId: $id, reason: "不是本户" }) { binding { status } } }',
        { id: b.id },
        c.token,
      );
    },
  },

  // ---- tree writes ----
  createStreet: {
    expect: 'UN FB FB FB FB FB FB OK',
    run: q(
      'mutation($n: String!) { createStreet(input: { name: $n, district: "杭州市萧山区" }) { street { id } } }',
      () => ({ n: `新街道${uniq()}` }),
    ),
  },
  updateStreet: {
    expect: 'UN FB/NF FB/NF FB/NF FB/NF FB/NF FB/NF OK',
    run: async (c) => {
      const id = c.target === 'in' ? c.w.streetId : (await otherStreet(c.w)).id;
      return c.s.gql(
        'mutation($id: ID!) { updateStreet(input: { id: $id, district: "杭州市萧山区" }) { street { id } } }',
        { id },
        c.token,
      );
    },
  },
  createCommunity: {
    expect: 'UN FB/NF FB/NF FB/NF FB/NF FB/NF OK/NF OK',
    run: async (c) => {
      const streetId = c.target === 'in' ? c.w.streetId : (await otherStreet(c.w)).id;
      return c.s.gql(
        'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { community { id } } }',
        { i: { streetId, name: `新社区${uniq()}` } },
        c.token,
      );
    },
  },
  updateCommunity: {
    expect: 'UN FB/NF FB/NF NF/FB FB/NF FB/NF OK OK',
    run: q(
      'mutation($id: ID!) { updateCommunity(input: { id: $id, address: "社区服务中心" }) { community { id } } }',
      (c) => ({ id: c.w.community[pick(c.target, 'boxue', 'xingyi')] }),
    ),
  },
  createEstate: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($i: CreateEstateInput!) { createEstate(input: $i) { estate { id } } }', (c) => ({
      i: { communityId: c.w.community[pick(c.target, 'boxue', 'xingyi')], name: `新小区${uniq()}` },
    })),
  },
  updateEstate: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($id: ID!) { updateEstate(input: { id: $id, address: "萧山区" }) { estate { id } } }', (c) => ({
      id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden),
    })),
  },
  createBuilding: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($i: CreateBuildingInput!) { createBuilding(input: $i) { building { id } } }', (c) => ({
      i: { estateId: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden), name: `${uniq()}幢` },
    })),
  },
  updateBuilding: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($id: ID!) { updateBuilding(input: { id: $id, archived: false }) { building { id } } }', (c) => ({
      id: pick(c.target, c.w.building.tianju, c.w.building.xingyiGarden),
    })),
  },
  createHousehold: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { household { id } } }', (c) => ({
      i: {
        buildingId: pick(c.target, c.w.building.tianju, c.w.building.xingyiGarden),
        unit: '9单元',
        room: uniq().slice(-6),
      },
    })),
  },
  updateHousehold: {
    expect: 'UN NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($id: ID!) { updateHousehold(input: { id: $id, archived: false }) { household { id } } }', (c) => ({
      id: pick(c.target, c.w.household.tianju, c.w.household.xingyiGarden),
    })),
  },
  createOrganisation: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK',
    run: q('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { organisation { id } } }', (c) => ({
      i: {
        kind: 'SOCIAL_ORGANISATION',
        communityId: c.w.community[pick(c.target, 'boxue', 'xingyi')],
        name: `社会组织${uniq()}`,
      },
    })),
  },
  updateOrganisation: {
    expect: 'UN FB/NF OK/NF NF/OK NF NF OK OK',
    run: q(
      'mutation($id: ID!) { updateOrganisation(input: { id: $id, contact: "0571-00000000" }) { organisation { id } } }',
      (c) => ({ id: pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice) }),
    ),
  },
  setOrganisationEstates: {
    expect: 'UN FB FB NF/FB FB/NF FB/NF OK OK',
    run: q(
      'mutation($i: SetOrganisationEstatesInput!) { setOrganisationEstates(input: $i) { organisation { id } } }',
      (c) => ({
        i:
          c.target === 'in'
            ? { organisationId: c.w.org.greentown, estateIds: [c.w.estate.tianju, c.w.estate.yinwan] }
            : { organisationId: c.w.org.binjiang, estateIds: [c.w.estate.baima, c.w.estate.guochen, c.w.estate.jinse] },
      }),
    ),
  },
};
