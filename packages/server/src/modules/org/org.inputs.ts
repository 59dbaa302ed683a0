import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import { OrganisationKind } from './org.enums.js';

const NAME = { description: 'Name, 1 to 100 characters.' };

@InputType({ description: 'A new street.' })
export class CreateStreetInput {
  @Field(() => String, NAME)
  @CodePointLength(1, 100)
  name: string;

  @Field(() => String, { description: 'District and city, e.g. 杭州市萧山区.' })
  @CodePointLength(1, 100)
  district: string;
}

@InputType({ description: 'Changes to a street; omitted fields stay as they are.' })
export class UpdateStreetInput {
  @Field(() => ID, { description: 'The street.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, ...NAME })
  @IsOptional()
  @CodePointLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'District and city.' })
  @IsOptional()
  @CodePointLength(1, 100)
  district?: string;

  @Field(() => Boolean, { nullable: true, description: 'true archives, false restores.' })
  archived?: boolean;
}

@InputType({ description: 'A new community in a street.' })
export class CreateCommunityInput {
  @Field(() => ID, { description: 'The street it belongs to.' })
  streetId: string;

  @Field(() => String, NAME)
  @CodePointLength(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'Address of the community office.' })
  @IsOptional()
  @CodePointLength(0, 200)
  address?: string;
}

@InputType({ description: 'Changes to a community; omitted fields stay as they are.' })
export class UpdateCommunityInput {
  @Field(() => ID, { description: 'The community.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, ...NAME })
  @IsOptional()
  @CodePointLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Address of the community office.' })
  @IsOptional()
  @CodePointLength(0, 200)
  address?: string;

  @Field(() => Boolean, { nullable: true, description: 'true archives, false restores.' })
  archived?: boolean;
}

@InputType({ description: 'A new estate in a community.' })
export class CreateEstateInput {
  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, NAME)
  @CodePointLength(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @IsOptional()
  @CodePointLength(0, 200)
  address?: string;
}

@InputType({ description: 'Changes to an estate; omitted fields stay as they are.' })
export class UpdateEstateInput {
  @Field(() => ID, { description: 'The estate.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, ...NAME })
  @IsOptional()
  @CodePointLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @IsOptional()
  @CodePointLength(0, 200)
  address?: string;

  @Field(() => Boolean, { nullable: true, description: 'true archives, false restores.' })
  archived?: boolean;
}

@InputType({ description: 'A new building in an estate.' })
export class CreateBuildingInput {
  @Field(() => ID, { description: 'The estate it belongs to.' })
  estateId: string;

  @Field(() => String, { description: 'Name, e.g. 3幢 (1 to 50 characters).' })
  @CodePointLength(1, 50)
  name: string;
}

@InputType({ description: 'Changes to a building; omitted fields stay as they are.' })
export class UpdateBuildingInput {
  @Field(() => ID, { description: 'The building.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Name (1 to 50 characters).' })
  @IsOptional()
  @CodePointLength(1, 50)
  name?: string;

  @Field(() => Boolean, { nullable: true, description: 'true archives, false restores.' })
  archived?: boolean;
}

@InputType({ description: 'A new household (dwelling) in a building.' })
export class CreateHouseholdInput {
  @Field(() => ID, { description: 'The building it is in.' })
  buildingId: string;

  @Field(() => String, { description: 'Unit (单元), e.g. 1单元; empty when none (0 to 20 characters).' })
  @CodePointLength(0, 20)
  unit: string;

  @Field(() => String, { description: 'Room number, e.g. 502 (1 to 20 letters, digits or -).' })
  @Matches(/^[0-9A-Za-z-]{1,20}$/)
  room: string;
}

@InputType({ description: 'Changes to a household; omitted fields stay as they are.' })
export class UpdateHouseholdInput {
  @Field(() => ID, { description: 'The household.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Unit (单元).' })
  @IsOptional()
  @CodePointLength(0, 20)
  unit?: string;

  @Field(() => String, { nullable: true, description: 'Room number.' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,20}$/)
  room?: string;

  @Field(() => Boolean, { nullable: true, description: 'true archives, false restores.' })
  archived?: boolean;
}

@InputType({ description: 'A new organisation. Which place ids are needed depends on the kind.' })
export class CreateOrganisationInput {
  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  kind: OrganisationKind;

  @Field(() => String, NAME)
  @CodePointLength(1, 100)
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Street, for street-level kinds (department, property company).',
  })
  streetId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Community, for community office, party branch, social organisation.',
  })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "Estate, for an owners' committee." })
  estateId?: string;

  @Field(() => String, { nullable: true, description: 'Public contact (office phone or address).' })
  @IsOptional()
  @CodePointLength(0, 200)
  contact?: string;
}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, ...NAME })
  @IsOptional()
  @CodePointLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Public contact.' })
  @IsOptional()
  @CodePointLength(0, 200)
  contact?: string;

  @Field(() => Boolean, { nullable: true, description: 'true archives, false restores.' })
  archived?: boolean;
}

@InputType({ description: 'The complete set of estates a property company serves.' })
export class SetOrganisationEstatesInput {
  @Field(() => ID, { description: 'The property company.' })
  organisationId: string;

  @Field(() => [ID], { description: 'Every estate it serves (replaces the previous set; at most 200).' })
  @ArrayMaxSize(200)
  estateIds: string[];
}

@ArgsType()
export class TreeListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Include archived records.' })
  includeArchived = false;

  @Field(() => String, { nullable: true, description: 'Only records whose name contains this text.' })
  @IsOptional()
  @CodePointLength(1, 50)
  search?: string;
}

@ArgsType()
export class CommunityListArgs extends TreeListArgs {
  @Field(() => ID, { nullable: true, description: 'Only communities of this street.' })
  streetId?: string;
}

@ArgsType()
export class EstateListArgs extends TreeListArgs {
  @Field(() => ID, { nullable: true, description: 'Only estates of this community.' })
  communityId?: string;
}

@ArgsType()
export class BuildingListArgs extends TreeListArgs {
  @Field(() => ID, { nullable: true, description: 'Only buildings of this estate.' })
  estateId?: string;
}

@ArgsType()
export class HouseholdListArgs extends TreeListArgs {
  @Field(() => ID, { nullable: true, description: 'Only households of this estate.' })
  estateId?: string;

  @Field(() => ID, { nullable: true, description: 'Only households of this building.' })
  buildingId?: string;
}

@ArgsType()
export class OrganisationListArgs extends TreeListArgs {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
  kind?: OrganisationKind;

  @Field(() => ID, { nullable: true, description: 'Only organisations of (or serving an estate of) this community.' })
  communityId?: string;
}
