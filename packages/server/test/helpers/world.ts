import type { DataSource } from 'typeorm';
import { phoneIndex } from '../../src/crypto/personal-data.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../src/db/seed/demo.js';
import { seedCategories } from '../../src/db/seed/tickets.js';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import type { EstateEntity } from '../../src/modules/org/estate.entity.js';
import type { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import { OrganisationEntity } from '../../src/modules/org/organisation.entity.js';
import type { StreetEntity } from '../../src/modules/org/street.entity.js';
import { buildStaff, FACTORY_PASSWORD } from '../factories/identity.js';
import { buildCommunity, buildEstate, buildHousehold, buildOrganisation, buildStreet } from '../factories/org.js';
import { buildCategory } from '../factories/ticket.js';
import type { TestServer } from './server.js';

/**
 * The actors of the matrix: the demo accounts, nobody signed in, the street admin of a second
 * street (so that street scope is probed: both matrix targets lie outside it), and a staff member
 * of the street's department 萧山交警北干中队 (DEPARTMENT_STAFF: answers what is escalated to it;
 * signed in by `addDepartmentActor`, so other tests' worlds keep their users as they were), and an
 * app (api-client module) of 博学路社区居委会 calling with its `X-Api-Key` alone, no user token
 * (registered by `addAppKeyActor`; an app holds no scopes: its organisation, origins and budget are all it has).
 * New actors go at the end: rows address cells by position, and some rows derive per-actor values
 * from the index.
 */
export const ACTORS = [
  'anon',
  'resident',
  'boxue',
  'xingyi',
  'greentown',
  'committee',
  'street',
  'system',
  'otherStreet',
  'department',
  'appKey',
] as const;
export type ActorName = (typeof ACTORS)[number];
/** Actors made by the factories (password FACTORY_PASSWORD), not demo accounts. */
export const FACTORY_ACTORS: readonly ActorName[] = ['otherStreet', 'department'];

/** The actors that are users (every one but nobody and the app key). */
export type UserActor = Exclude<ActorName, 'anon' | 'appKey'>;

const PHONES: Record<Exclude<UserActor, 'otherStreet' | 'department'>, string> = {
  resident: DEMO_ACCOUNTS.resident,
  boxue: DEMO_ACCOUNTS.boxueStaff,
  xingyi: DEMO_ACCOUNTS.xingyiStaff,
  greentown: DEMO_ACCOUNTS.greentownStaff,
  committee: DEMO_ACCOUNTS.committeeMember,
  street: DEMO_ACCOUNTS.streetAdmin,
  system: DEMO_ACCOUNTS.systemAdmin,
};

/** Ids of the demo tree by name, for tests to aim at places in and out of an actor's scope. */
export interface World {
  ds: DataSource;
  streetId: string;
  community: { boxue: string; xingyi: string };
  estate: Record<'tianju' | 'yinwan' | 'baima' | 'guochen' | 'xingyiGarden' | 'jinse', string>;
  building: { tianju: string; xingyiGarden: string };
  household: { tianju: string; xingyiGarden: string };
  org: Record<'greentown' | 'binjiang' | 'tianjuCommittee' | 'boxueOffice' | 'xingyiOffice' | 'trafficPolice', string>;
  /** Ticket category ids by code, per community. */
  category: { boxue: Record<string, string>; xingyi: Record<string, string> };
  user: Record<UserActor, string> & { xingyiResident: string };
  /** Access tokens of the user actors (none for anon and the app key). */
  tokens: Record<ActorName, string | undefined>;
  /** The app-key actor's app and key (set by `addAppKeyActor`). */
  app?: { id: string; key: string; organisationId: string };
  /** Signs an actor in again (access tokens live at most 15 minutes; a long run renews them). */
  resign: Partial<Record<ActorName, () => Promise<string>>>;
  /**
   * A second street (城厢街道) with one community, estate and household, made by the factories
   * (the matrix completes it with `addSecondStreetDepth`).
   */
  other: {
    street: StreetEntity;
    community: CommunityEntity;
    estate: EstateEntity;
    household: HouseholdEntity;
    office: OrganisationEntity;
    /** 城厢东社区 and its estate 城厢东苑 (set by `addSecondStreetDepth`). */
    second?: { community: CommunityEntity; estate: EstateEntity };
  };
}

async function one(ds: DataSource, sql: string, params: unknown[] = []): Promise<string> {
  const rows = await ds.query(sql, params);
  const id = rows[0]?.id;
  if (!id) throw new Error(`world: nothing for ${sql} ${JSON.stringify(params)}`);
  return id;
}

export async function login(server: TestServer, phone: string, password = DEMO_PASSWORD): Promise<string> {
  const r = await server.gql<{ login: { accessToken: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    { i: { phone, password } },
  );
  if (!r.data?.login) throw new Error(`login ${phone} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.accessToken;
}

/** Seeds the demo data into the server's fresh database and signs every actor in. */
export async function buildWorld(server: TestServer): Promise<World> {
  const ds = server.db.dataSource;
  await seedDemo(ds);
  await seedCategories(ds);
  const categories = async (communityName: string) =>
    Object.fromEntries(
      (
        await ds.query(
          'SELECT tc.code AS code, tc.id AS id FROM ticket_category tc JOIN community c ON c.id = tc.communityId WHERE c.name = ?',
          [communityName],
        )
      ).map((r: { code: string; id: string }) => [r.code, r.id]),
    );
  const estate = (name: string) => one(ds, 'SELECT id FROM estate WHERE name = ?', [name]);
  const org = (name: string) => one(ds, 'SELECT id FROM organisation WHERE name = ?', [name]);
  const userId = (phone: string) => one(ds, 'SELECT id FROM user WHERE phoneIndex = ?', [phoneIndex(phone)]);
  const e = {
    tianju: await estate('天钜银河府'),
    yinwan: await estate('银塆学府'),
    baima: await estate('白马御府'),
    guochen: await estate('国宸滨府'),
    xingyiGarden: await estate('兴议花园'),
    jinse: await estate('金色家园'),
  };
  const firstBuilding = (estateId: string) =>
    one(ds, 'SELECT id FROM building WHERE estateId = ? ORDER BY id LIMIT 1', [estateId]);
  const firstHousehold = (estateId: string) =>
    one(ds, 'SELECT id FROM household WHERE estateId = ? ORDER BY id LIMIT 1', [estateId]);
  const tokens = { anon: undefined, appKey: undefined } as World['tokens'];
  const resign: World['resign'] = {};
  const user = {} as World['user'];
  for (const [actor, phone] of Object.entries(PHONES) as [Exclude<UserActor, 'otherStreet' | 'department'>, string][]) {
    tokens[actor] = await login(server, phone);
    resign[actor] = () => login(server, phone);
    user[actor] = await userId(phone);
  }
  user.xingyiResident = await userId('13900000004');
  const otherStreet = await buildStreet(server, { name: '城厢街道' });
  const otherCommunity = await buildCommunity(server, { street: otherStreet, name: '城厢社区' });
  const otherEstate = await buildEstate(server, { community: otherCommunity, name: '城厢小区' });
  const other: World['other'] = {
    street: otherStreet,
    community: otherCommunity,
    estate: otherEstate,
    household: await buildHousehold(server, { estate: otherEstate }),
    office: await buildOrganisation(server, { kind: 'COMMUNITY_OFFICE', community: otherCommunity }),
  };
  await buildCategory(server, { community: other.community, code: 'OTHER' });
  const otherAdmin = await buildStaff(server, {
    role: 'STREET_ADMIN',
    scope: otherStreet,
    displayName: '城厢街道 管理员',
  });
  tokens.otherStreet = await otherAdmin.token();
  resign.otherStreet = () => login(server, otherAdmin.user.phone, FACTORY_PASSWORD);
  user.otherStreet = otherAdmin.user.id;
  return {
    ds,
    streetId: await one(ds, "SELECT id FROM street WHERE name = '北干街道'"),
    community: {
      boxue: await one(ds, "SELECT id FROM community WHERE name = '博学路社区'"),
      xingyi: await one(ds, "SELECT id FROM community WHERE name = '兴议社区'"),
    },
    estate: e,
    building: { tianju: await firstBuilding(e.tianju), xingyiGarden: await firstBuilding(e.xingyiGarden) },
    household: { tianju: await firstHousehold(e.tianju), xingyiGarden: await firstHousehold(e.xingyiGarden) },
    org: {
      greentown: await org('绿城物业服务集团'),
      binjiang: await org('滨江物业服务公司'),
      tianjuCommittee: await org('天钜银河府业主委员会'),
      boxueOffice: await org('博学路社区居委会'),
      xingyiOffice: await org('兴议社区居委会'),
      trafficPolice: await org('萧山交警北干中队'),
    },
    category: { boxue: await categories('博学路社区'), xingyi: await categories('兴议社区') },
    user,
    tokens,
    resign,
    other,
  };
}

/** Adds the department actor (a DEPARTMENT_STAFF member of 萧山交警北干中队) to a world: the matrix's. */
export async function addDepartmentActor(server: TestServer, w: World): Promise<void> {
  const department = await buildStaff(server, {
    role: 'DEPARTMENT_STAFF',
    scope: await w.ds.getRepository(OrganisationEntity).findOneByOrFail({ id: w.org.trafficPolice }),
    displayName: '交警中队 矩阵',
  });
  w.tokens.department = await department.token();
  w.resign.department = () => login(server, department.user.phone, FACTORY_PASSWORD);
  w.user.department = department.user.id;
}

/**
 * Adds the app-key actor (the matrix's): an app of 博学路社区居委会 registered by the system admin
 * with everything an app can hold — any origin (none listed) and the largest budget, so that the
 * matrix never meets its limit. It calls with `X-Api-Key` and no user token.
 */
export async function addAppKeyActor(server: TestServer, w: World): Promise<void> {
  const r = await server.gql<{ createApiClient: { key: string; apiClient: { id: string } } }>(
    'mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { key apiClient { id } } }',
    {
      i: {
        organisationId: w.org.boxueOffice,
        name: '博学路社区 矩阵应用',
        allowedOrigins: [],
        budgetPerMinute: 1_000_000,
      },
    },
    w.tokens.system,
  );
  if (!r.data?.createApiClient) throw new Error(`createApiClient failed: ${JSON.stringify(r.errors)}`);
  w.app = {
    id: r.data.createApiClient.apiClient.id,
    key: r.data.createApiClient.key,
    organisationId: w.org.boxueOffice,
  };
}

/**
 * Completes the second street for the matrix (issue 19: two communities per street, estates served
 * by different property companies and committees): 城厢东社区 with its office and estate 城厢东苑;
 * 城厢小区 served by 城厢物业 with its owners' committee, 城厢东苑 by 东苑物业 with its own.
 * Only the matrix's world: other tests' worlds keep the second street as it was.
 */
export async function addSecondStreetDepth(server: TestServer, w: World): Promise<void> {
  const community = await buildCommunity(server, { street: w.other.street, name: '城厢东社区' });
  const estate = await buildEstate(server, { community, name: '城厢东苑' });
  await buildHousehold(server, { estate });
  await buildOrganisation(server, { kind: 'COMMUNITY_OFFICE', community, name: '城厢东社区居委会' });
  await buildOrganisation(server, { kind: 'PROPERTY_COMPANY', serves: [w.other.estate], name: '城厢物业' });
  await buildOrganisation(server, { kind: 'PROPERTY_COMPANY', serves: [estate], name: '东苑物业' });
  await buildOrganisation(server, { kind: 'OWNERS_COMMITTEE', estate: w.other.estate, name: '城厢小区业主委员会' });
  await buildOrganisation(server, { kind: 'OWNERS_COMMITTEE', estate, name: '城厢东苑业主委员会' });
  w.other.second = { community, estate };
}
