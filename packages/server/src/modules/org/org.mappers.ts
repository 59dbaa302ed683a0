import { maskRoom } from '../../common/mask.js';
import type { BuildingEntity } from './building.entity.js';
import type { CommunityEntity } from './community.entity.js';
import type { EstateEntity } from './estate.entity.js';
import type { HouseholdEntity } from './household.entity.js';
import type { Building, Community, Estate, Household, Organisation, Street } from './org.types.js';
import type { OrganisationEntity } from './organisation.entity.js';
import type { StreetEntity } from './street.entity.js';

export const toStreet = (e: StreetEntity): Street => ({
  id: e.id,
  version: e.version,
  name: e.name,
  district: e.district,
  archivedAt: e.archivedAt,
  createdAt: e.createdAt,
});

export const toCommunity = (e: CommunityEntity): Community => ({
  id: e.id,
  version: e.version,
  name: e.name,
  address: e.address,
  archivedAt: e.archivedAt,
  createdAt: e.createdAt,
  streetId: e.streetId,
});

export const toEstate = (e: EstateEntity): Estate => ({
  id: e.id,
  version: e.version,
  name: e.name,
  address: e.address,
  archivedAt: e.archivedAt,
  createdAt: e.createdAt,
  streetId: e.streetId,
  communityId: e.communityId,
});

export const toBuilding = (e: BuildingEntity): Building => ({
  id: e.id,
  version: e.version,
  name: e.name,
  archivedAt: e.archivedAt,
  createdAt: e.createdAt,
  streetId: e.streetId,
  communityId: e.communityId,
  estateId: e.estateId,
});

/** `fullRoom` says whether the viewer may see the room number unmasked. */
export const toHousehold = (e: HouseholdEntity, fullRoom: boolean): Household => {
  const room = fullRoom ? e.room : maskRoom(e.room);
  return {
    id: e.id,
    unit: e.unit,
    room,
    archivedAt: e.archivedAt,
    createdAt: e.createdAt,
    streetId: e.streetId,
    communityId: e.communityId,
    estateId: e.estateId,
    buildingId: e.buildingId,
  };
};

export const toOrganisation = (e: OrganisationEntity): Organisation => ({
  id: e.id,
  version: e.version,
  kind: e.kind,
  name: e.name,
  contact: e.contact,
  archivedAt: e.archivedAt,
  createdAt: e.createdAt,
  streetId: e.streetId,
  communityId: e.communityId,
  estateId: e.estateId,
});
