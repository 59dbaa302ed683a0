import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import { OrganisationKind } from './org.enums.js';

@ObjectType({ description: 'What the viewer may do with a node of the tenancy tree.' })
export class TreeNodeViewerCan {
  @Field(() => Boolean, { description: 'May rename or edit the node.' })
  update: boolean;

  @Field(() => Boolean, { description: 'May archive (or restore) the node.' })
  archive: boolean;

  @Field(() => Boolean, { description: 'May create children under the node.' })
  createChild: boolean;
}

@ObjectType({ description: '街道 — a street, the top of the tenancy tree.' })
export class Street {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => String, { description: 'Name, e.g. 北干街道.' })
  name: string;

  @Field(() => String, { description: 'District and city, e.g. 杭州市萧山区.' })
  district: string;

  @Field(() => Date, { nullable: true, description: 'When the street was archived; null while active.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date;
}

@ObjectType({ description: '社区 — a community of a street.' })
export class Community {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => String, { description: 'Name, e.g. 博学路社区.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Address of the community office.' })
  address: string | null;

  @Field(() => Date, { nullable: true, description: 'When archived; null while active.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date;

  streetId: string;
}

@ObjectType({ description: '小区 — a residential estate of a community.' })
export class Estate {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => String, { description: 'Name, e.g. 天钜银河府.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address: string | null;

  @Field(() => Date, { nullable: true, description: 'When archived; null while active.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date;

  streetId: string;
  communityId: string;
}

@ObjectType({ description: '楼栋 — a building of an estate.' })
export class Building {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => String, { description: 'Name, e.g. 3幢.' })
  name: string;

  @Field(() => Date, { nullable: true, description: 'When archived; null while active.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date;

  streetId: string;
  communityId: string;
  estateId: string;
}

@ObjectType({ description: '户 — a dwelling in a building. The room number is personal data.' })
export class Household {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => String, { description: 'Unit (单元), e.g. 1单元; empty when the building has none.' })
  unit: string;

  @Field(() => String, {
    description: 'Room number (室). Masked (e.g. 5**) unless the viewer’s role needs it.',
  })
  room: string;

  @Field(() => Date, { nullable: true, description: 'When archived; null while active.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date;

  streetId: string;
  communityId: string;
  estateId: string;
  buildingId: string;
}

@ObjectType({ description: 'An organisation acting in the tree (community office, property company, committee …).' })
export class Organisation {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  kind: OrganisationKind;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Public contact (office phone or address).' })
  contact: string | null;

  @Field(() => Date, { nullable: true, description: 'When archived; null while active.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date;

  streetId: string;
  communityId: string | null;
  estateId: string | null;
}

export const StreetConnection = ConnectionType(Street, 'Street', 'street');
export const CommunityConnection = ConnectionType(Community, 'Community', 'community');
export const EstateConnection = ConnectionType(Estate, 'Estate', 'estate');
export const BuildingConnection = ConnectionType(Building, 'Building', 'building');
export const HouseholdConnection = ConnectionType(Household, 'Household', 'household');
export const OrganisationConnection = ConnectionType(Organisation, 'Organisation', 'organisation');

export const StreetPayload = PayloadType(Street, 'Street', 'street', 'street');
export const CommunityPayload = PayloadType(Community, 'Community', 'community', 'community');
export const EstatePayload = PayloadType(Estate, 'Estate', 'estate', 'estate');
export const BuildingPayload = PayloadType(Building, 'Building', 'building', 'building');
export const HouseholdPayload = PayloadType(Household, 'Household', 'household', 'household');
export const OrganisationPayload = PayloadType(Organisation, 'Organisation', 'organisation', 'organisation');
