import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { HouseholdBindingEntity } from '../../modules/identity/household-binding.entity.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from '../../modules/identity/identity.enums.js';
import { MembershipEntity } from '../../modules/identity/membership.entity.js';
import { UserEntity } from '../../modules/identity/user.entity.js';
import { BuildingEntity } from '../../modules/org/building.entity.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import { HouseholdEntity } from '../../modules/org/household.entity.js';
import { OrganisationKind } from '../../modules/org/org.enums.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { OrganisationEstateEntity } from '../../modules/org/organisation-estate.entity.js';
import { StreetEntity } from '../../modules/org/street.entity.js';

/** The demo password of every seeded account (listed in the README). */
export const DEMO_PASSWORD = 'Demo@2026';

/** Seeded accounts by purpose; phone numbers are fictional. */
export const DEMO_ACCOUNTS = {
  systemAdmin: '13800000000',
  streetAdmin: '13800000001',
  boxueStaff: '13800000002',
  xingyiStaff: '13800000012',
  greentownStaff: '13800000003',
  binjiangStaff: '13800000013',
  committeeMember: '13800000004',
  resident: '13900000001',
  resident2: '13900000002',
  pendingResident: '13900000003',
} as const;

interface Tree {
  street: StreetEntity;
  communities: Record<string, CommunityEntity>;
  estates: Record<string, EstateEntity>;
  orgs: Record<string, OrganisationEntity>;
  households: Record<string, HouseholdEntity[]>;
}

const BOXUE_ESTATES = ['天钜银河府', '银塆学府', '白马御府', '国宸滨府'];
const XINGYI_ESTATES = ['兴议花园', '金色家园'];

async function createTree(m: EntityManager): Promise<Tree> {
  const street = await m.save(m.create(StreetEntity, { name: '北干街道', district: '杭州市萧山区', archivedAt: null }));
  const communities: Tree['communities'] = {};
  const estates: Tree['estates'] = {};
  const households: Tree['households'] = {};
  for (const [key, name, estateNames, buildings] of [
    ['boxue', '博学路社区', BOXUE_ESTATES, 4],
    ['xingyi', '兴议社区', XINGYI_ESTATES, 2],
  ] as const) {
    const community = await m.save(
      m.create(CommunityEntity, { streetId: street.id, name, address: `萧山区北干街道${name}`, archivedAt: null }),
    );
    communities[key] = community;
    for (const estateName of estateNames) {
      const estate = await m.save(
        m.create(EstateEntity, {
          streetId: street.id,
          communityId: community.id,
          name: estateName,
          address: null,
          archivedAt: null,
        }),
      );
      estates[estateName] = estate;
      const rows: HouseholdEntity[] = [];
      for (let b = 1; b <= buildings; b++) {
        const building = await m.save(
          m.create(BuildingEntity, {
            streetId: street.id,
            communityId: community.id,
            estateId: estate.id,
            name: `${b}幢`,
            archivedAt: null,
          }),
        );
        for (let unit = 1; unit <= 2; unit++) {
          for (let floor = 1; floor <= 6; floor++) {
            for (let door = 1; door <= 2; door++) {
              rows.push(
                m.create(HouseholdEntity, {
                  streetId: street.id,
                  communityId: community.id,
                  estateId: estate.id,
                  buildingId: building.id,
                  unit: `${unit}单元`,
                  room: `${floor}0${door}`,
                  archivedAt: null,
                }),
              );
            }
          }
        }
      }
      households[estateName] = await m.save(rows, { chunk: 100 });
    }
  }

  const org = (kind: OrganisationKind, name: string, communityId: string | null, estateId: string | null) =>
    m.save(
      m.create(OrganisationEntity, {
        kind,
        name,
        streetId: street.id,
        communityId,
        estateId,
        contact: null,
        archivedAt: null,
      }),
    );
  const e = (n: string) => estates[n] as EstateEntity;
  const c = (n: string) => communities[n] as CommunityEntity;
  const orgs: Tree['orgs'] = {
    boxueOffice: await org(OrganisationKind.COMMUNITY_OFFICE, '博学路社区居委会', c('boxue').id, null),
    boxueParty: await org(OrganisationKind.PARTY_BRANCH, '博学路社区党委', c('boxue').id, null),
    xingyiOffice: await org(OrganisationKind.COMMUNITY_OFFICE, '兴议社区居委会', c('xingyi').id, null),
    greentown: await org(OrganisationKind.PROPERTY_COMPANY, '绿城物业服务集团', null, null),
    binjiang: await org(OrganisationKind.PROPERTY_COMPANY, '滨江物业服务公司', null, null),
    tianjuCommittee: await org(
      OrganisationKind.OWNERS_COMMITTEE,
      '天钜银河府业主委员会',
      c('boxue').id,
      e('天钜银河府').id,
    ),
    baimaCommittee: await org(OrganisationKind.OWNERS_COMMITTEE, '白马御府业主委员会', c('boxue').id, e('白马御府').id),
    safetyOffice: await org(OrganisationKind.DEPARTMENT, '北干街道平安办', null, null),
    trafficPolice: await org(OrganisationKind.DEPARTMENT, '萧山交警北干中队', null, null),
    volunteers: await org(OrganisationKind.SOCIAL_ORGANISATION, '博学路社区志愿者协会', c('boxue').id, null),
  };
  const serve = async (company: OrganisationEntity, estateNames: string[]) => {
    for (const n of estateNames) {
      await m.save(
        m.create(OrganisationEstateEntity, {
          organisationId: company.id,
          estateId: e(n).id,
          communityId: e(n).communityId,
        }),
      );
    }
  };
  await serve(orgs.greentown as OrganisationEntity, ['天钜银河府', '银塆学府']);
  await serve(orgs.binjiang as OrganisationEntity, ['白马御府', '国宸滨府', '金色家园']);
  return { street, communities, estates, orgs, households };
}

async function createAccounts(m: EntityManager, tree: Tree): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const user = (phone: string, displayName: string, isPartyMember = false) =>
    m.save(
      m.create(UserEntity, { phone, displayName, passwordHash, isPartyMember, disabledAt: null, tokenVersion: 0 }),
    );
  const grant = (
    u: UserEntity,
    role: Role,
    scopeKind: ScopeKind,
    place: Partial<MembershipEntity>,
    scopeId: string | null,
  ) =>
    m.save(
      m.create(MembershipEntity, {
        userId: u.id,
        role,
        scopeKind,
        scopeId,
        streetId: place.streetId ?? null,
        communityId: place.communityId ?? null,
        estateId: place.estateId ?? null,
        organisationId: place.organisationId ?? null,
        grantedById: null,
        revokedAt: null,
        revokedById: null,
      }),
    );
  const { street, communities, orgs } = tree;
  const boxue = communities.boxue as CommunityEntity;
  const xingyi = communities.xingyi as CommunityEntity;
  const orgScope = (o: OrganisationEntity) => ({
    streetId: o.streetId,
    communityId: o.communityId,
    estateId: o.estateId,
    organisationId: o.id,
  });

  await grant(await user(DEMO_ACCOUNTS.systemAdmin, '系统管理员'), Role.SYSTEM_ADMIN, ScopeKind.SYSTEM, {}, null);
  await grant(
    await user(DEMO_ACCOUNTS.streetAdmin, '街道 王主任', true),
    Role.STREET_ADMIN,
    ScopeKind.STREET,
    { streetId: street.id },
    street.id,
  );
  const boxueStaff = await user(DEMO_ACCOUNTS.boxueStaff, '专管员 李娟', true);
  await grant(
    boxueStaff,
    Role.COMMUNITY_STAFF,
    ScopeKind.COMMUNITY,
    { streetId: street.id, communityId: boxue.id },
    boxue.id,
  );
  await grant(
    await user(DEMO_ACCOUNTS.xingyiStaff, '社工 陈明'),
    Role.COMMUNITY_STAFF,
    ScopeKind.COMMUNITY,
    { streetId: street.id, communityId: xingyi.id },
    xingyi.id,
  );
  const greentown = orgs.greentown as OrganisationEntity;
  const binjiang = orgs.binjiang as OrganisationEntity;
  const committee = orgs.tianjuCommittee as OrganisationEntity;
  await grant(
    await user(DEMO_ACCOUNTS.greentownStaff, '绿城物业 张经理'),
    Role.PROPERTY_STAFF,
    ScopeKind.ORGANISATION,
    orgScope(greentown),
    greentown.id,
  );
  await grant(
    await user(DEMO_ACCOUNTS.binjiangStaff, '滨江物业 刘主管'),
    Role.PROPERTY_STAFF,
    ScopeKind.ORGANISATION,
    orgScope(binjiang),
    binjiang.id,
  );
  await grant(
    await user(DEMO_ACCOUNTS.committeeMember, '业委会 赵主任'),
    Role.COMMITTEE_MEMBER,
    ScopeKind.ORGANISATION,
    orgScope(committee),
    committee.id,
  );

  const bind = async (u: UserEntity, h: HouseholdEntity, status: BindingStatus, relation = HouseholdRelation.OWNER) => {
    await m.save(
      m.create(HouseholdBindingEntity, {
        userId: u.id,
        householdId: h.id,
        streetId: h.streetId,
        communityId: h.communityId,
        estateId: h.estateId,
        relation,
        status,
        reason: null,
        reviewedById: status === BindingStatus.PENDING ? null : boxueStaff.id,
        reviewedAt: status === BindingStatus.PENDING ? null : now,
        version: 1,
      }),
    );
  };
  const residents: [string, string, string, number, BindingStatus][] = [
    [DEMO_ACCOUNTS.resident, '居民 周女士', '天钜银河府', 5, BindingStatus.APPROVED],
    [DEMO_ACCOUNTS.resident2, '居民 吴先生', '白马御府', 12, BindingStatus.APPROVED],
    [DEMO_ACCOUNTS.pendingResident, '居民 郑同学', '银塆学府', 30, BindingStatus.PENDING],
  ];
  for (const [phone, name, estate, index, status] of residents) {
    const u = await user(phone, name);
    const h = tree.households[estate]?.[index];
    if (!h) throw new Error(`seed: no household ${estate}#${index}`);
    // Only a verified resident holds the RESIDENT role; a pending one waits in the queue.
    if (status === BindingStatus.APPROVED) {
      await grant(
        u,
        Role.RESIDENT,
        ScopeKind.COMMUNITY,
        { streetId: h.streetId, communityId: h.communityId },
        h.communityId,
      );
    }
    await bind(u, h, status);
  }
  // A verified resident of the second community.
  const x = tree.households.兴议花园?.[3];
  if (x) {
    const u = await user('13900000004', '居民 孙阿姨');
    await grant(
      u,
      Role.RESIDENT,
      ScopeKind.COMMUNITY,
      { streetId: x.streetId, communityId: x.communityId },
      x.communityId,
    );
    await bind(u, x, BindingStatus.APPROVED);
  }
}

/** Idempotent: seeds the demo tree and accounts once; later modules add their own steps here. */
export async function seedDemo(dataSource: DataSource): Promise<{ created: boolean }> {
  const existing = await dataSource.getRepository(StreetEntity).findOneBy({ name: '北干街道' });
  if (existing) return { created: false };
  await dataSource.transaction(async (m) => {
    const tree = await createTree(m);
    await createAccounts(m, tree);
  });
  return { created: true };
}
