/**
 * Factories of the org tree: each creates the parents it is not given, so a test names only what
 * it cares about. Rows are written directly (the tree's own writes are tested through the API).
 */
import { BuildingEntity } from '../../src/modules/org/building.entity.js';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import { OrganisationEntity } from '../../src/modules/org/organisation.entity.js';
import { OrganisationEstateEntity } from '../../src/modules/org/organisation-estate.entity.js';
import { StreetEntity } from '../../src/modules/org/street.entity.js';
import { type FactoryContext, seq } from './context.js';

export async function buildStreet(f: FactoryContext, o: { name?: string } = {}): Promise<StreetEntity> {
  return f.db.dataSource
    .getRepository(StreetEntity)
    .save({ name: o.name ?? `测试街道${seq()}`, district: '杭州市萧山区', archivedAt: null } as StreetEntity);
}

export async function buildCommunity(
  f: FactoryContext,
  o: { street?: StreetEntity; name?: string; ticketIntake?: 'VERIFIED_RESIDENTS' | 'REGISTERED_RESIDENTS' } = {},
): Promise<CommunityEntity> {
  const street = o.street ?? (await buildStreet(f));
  return f.db.dataSource.getRepository(CommunityEntity).save({
    streetId: street.id,
    name: o.name ?? `测试社区${seq()}`,
    address: null,
    archivedAt: null,
    ...(o.ticketIntake ? { ticketIntake: o.ticketIntake } : {}),
  } as CommunityEntity);
}

export async function buildEstate(
  f: FactoryContext,
  o: { community?: CommunityEntity; street?: StreetEntity; name?: string } = {},
): Promise<EstateEntity> {
  const community = o.community ?? (await buildCommunity(f, { street: o.street }));
  return f.db.dataSource.getRepository(EstateEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: o.name ?? `测试小区${seq()}`,
    address: null,
    archivedAt: null,
  } as EstateEntity);
}

export async function buildBuilding(
  f: FactoryContext,
  o: { estate?: EstateEntity; community?: CommunityEntity; street?: StreetEntity; name?: string } = {},
): Promise<BuildingEntity> {
  const estate = o.estate ?? (await buildEstate(f, { community: o.community, street: o.street }));
  return f.db.dataSource.getRepository(BuildingEntity).save({
    streetId: estate.streetId,
    communityId: estate.communityId,
    estateId: estate.id,
    name: o.name ?? `${seq()}幢`,
    archivedAt: null,
  } as BuildingEntity);
}

export async function buildHousehold(
  f: FactoryContext,
  o: {
    building?: BuildingEntity;
    estate?: EstateEntity;
    community?: CommunityEntity;
    street?: StreetEntity;
    room?: string;
  } = {},
): Promise<HouseholdEntity> {
  const building =
    o.building ?? (await buildBuilding(f, { estate: o.estate, community: o.community, street: o.street }));
  return f.db.dataSource.getRepository(HouseholdEntity).save({
    streetId: building.streetId,
    communityId: building.communityId,
    estateId: building.estateId,
    buildingId: building.id,
    unit: '1单元',
    room: o.room ?? seq().slice(-6),
    archivedAt: null,
  } as HouseholdEntity);
}

export type OrganisationKindName =
  | 'COMMUNITY_OFFICE'
  | 'PARTY_BRANCH'
  | 'PROPERTY_COMPANY'
  | 'OWNERS_COMMITTEE'
  | 'DEPARTMENT'
  | 'SOCIAL_ORGANISATION';

/**
 * An organisation of a kind, placed as that kind is: a property company serving `serves` (a new
 * estate if none given), an owners' committee of an estate, a department of a street, the others
 * of a community.
 */
export async function buildOrganisation(
  f: FactoryContext,
  o: {
    kind: OrganisationKindName;
    street?: StreetEntity;
    community?: CommunityEntity;
    estate?: EstateEntity;
    serves?: EstateEntity[];
    name?: string;
  },
): Promise<OrganisationEntity> {
  const repo = f.db.dataSource.getRepository(OrganisationEntity);
  const name = o.name ?? `${o.kind}-${seq()}`;
  const save = (place: { streetId: string; communityId: string | null; estateId: string | null }) =>
    repo.save({ kind: o.kind, name, contact: null, archivedAt: null, ...place } as unknown as OrganisationEntity);
  switch (o.kind) {
    case 'PROPERTY_COMPANY': {
      const serves = o.serves ?? [o.estate ?? (await buildEstate(f, { community: o.community }))];
      const streetId = serves[0]?.streetId ?? (o.street ?? (await buildStreet(f))).id;
      const company = await save({ streetId, communityId: null, estateId: null });
      await servesEstates(f, company, serves);
      return company;
    }
    case 'OWNERS_COMMITTEE': {
      const estate = o.estate ?? (await buildEstate(f, { community: o.community }));
      return save({ streetId: estate.streetId, communityId: estate.communityId, estateId: estate.id });
    }
    case 'DEPARTMENT': {
      const streetId = o.street?.id ?? o.community?.streetId ?? (await buildStreet(f)).id;
      return save({ streetId, communityId: null, estateId: null });
    }
    default: {
      const community = o.community ?? (await buildCommunity(f, { street: o.street }));
      return save({ streetId: community.streetId, communityId: community.id, estateId: null });
    }
  }
}

/** Adds estates to those a property company serves. */
export async function servesEstates(f: FactoryContext, company: OrganisationEntity, estates: EstateEntity[]) {
  for (const e of estates) {
    await f.db.dataSource
      .getRepository(OrganisationEstateEntity)
      .save({ organisationId: company.id, estateId: e.id, communityId: e.communityId } as OrganisationEstateEntity);
  }
}
