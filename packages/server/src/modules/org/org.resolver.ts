import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { serialize } from '../../auth/abilities.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import type { EstateEntity } from './estate.entity.js';
import { OrgReasons as R } from './org.errors.js';
import * as I from './org.inputs.js';
import { toBuilding, toCommunity, toEstate, toHousehold, toOrganisation, toStreet } from './org.mappers.js';
import {
  organisationPolicy,
  placeOfCommunity,
  placeOfEstate,
  placeOfOrganisation,
  placeOfStreet,
  readsEstate,
  seesRoom,
  treePolicies,
} from './org.policy.js';
import {
  Building,
  BuildingConnection,
  BuildingPayload,
  Community,
  CommunityConnection,
  CommunityPayload,
  Estate,
  EstateConnection,
  EstatePayload,
  Household,
  HouseholdConnection,
  HouseholdPayload,
  Organisation,
  OrganisationConnection,
  OrganisationPayload,
  Street,
  StreetConnection,
  StreetPayload,
  TreeNodeViewerCan,
} from './org.types.js';

/** Queries and mutations of the tenancy tree. Signed-in users only; scope is the service's. */
@Authorized()
@Resolver()
export class OrgResolver {
  @Query(() => StreetConnection, { description: 'Streets the viewer can see.' })
  async streets(@Args(() => I.TreeListArgs) args: I.TreeListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.tree.listStreets(ctx.viewer, args), toStreet);
  }

  @Query(() => Street, { description: 'One street; NOT_FOUND outside the viewer’s scope.' })
  async street(@Arg('id', () => ID, { description: 'Street id.' }) id: string, @Ctx() ctx: RequestContext) {
    return toStreet(await ctx.services.tree.getStreet(ctx.viewer, id));
  }

  @Query(() => CommunityConnection, { description: 'Communities in the viewer’s scope.' })
  async communities(@Args(() => I.CommunityListArgs) args: I.CommunityListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.tree.listCommunities(ctx.viewer, args), toCommunity);
  }

  @Query(() => Community, { description: 'One community; NOT_FOUND outside the viewer’s scope.' })
  async community(@Arg('id', () => ID, { description: 'Community id.' }) id: string, @Ctx() ctx: RequestContext) {
    return toCommunity(await ctx.services.tree.getCommunity(ctx.viewer, id));
  }

  @Query(() => EstateConnection, { description: 'Estates in the viewer’s scope.' })
  async estates(@Args(() => I.EstateListArgs) args: I.EstateListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.tree.listEstates(ctx.viewer, args), toEstate);
  }

  @Query(() => Estate, { description: 'One estate; NOT_FOUND outside the viewer’s scope.' })
  async estate(@Arg('id', () => ID, { description: 'Estate id.' }) id: string, @Ctx() ctx: RequestContext) {
    return toEstate(await ctx.services.tree.getEstate(ctx.viewer, id));
  }

  @Query(() => EstateConnection, {
    description: 'Every active estate, for a resident finding their home (names only are public).',
  })
  async estateDirectory(@Args(() => I.TreeListArgs) args: I.TreeListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.tree.estateDirectory(args), toEstate);
  }

  @Query(() => BuildingConnection, { description: 'Active buildings of an estate, for a resident finding their home.' })
  async buildingDirectory(@Args(() => I.BuildingListArgs) args: I.BuildingListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.tree.buildingDirectory(args), toBuilding);
  }

  @Query(() => BuildingConnection, { description: 'Buildings in the viewer’s scope.' })
  async buildings(@Args(() => I.BuildingListArgs) args: I.BuildingListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.tree.listBuildings(ctx.viewer, args), toBuilding);
  }

  @Query(() => HouseholdConnection, {
    description: 'Households in the viewer’s scope (staff). Rooms masked unless the role needs them.',
  })
  async households(@Args(() => I.HouseholdListArgs) args: I.HouseholdListArgs, @Ctx() ctx: RequestContext) {
    const conn = await ctx.services.tree.listHouseholds(ctx.viewer, args);
    return mapConnection(conn, (h) => toHousehold(h, seesRoom(ctx.viewer, h)));
  }

  @Query(() => Household, { description: 'One household; NOT_FOUND outside the viewer’s scope.' })
  async household(@Arg('id', () => ID, { description: 'Household id.' }) id: string, @Ctx() ctx: RequestContext) {
    const h = await ctx.services.tree.getHousehold(ctx.viewer, id);
    return toHousehold(h, seesRoom(ctx.viewer, h));
  }

  @Query(() => OrganisationConnection, { description: 'Organisations in the viewer’s scope.' })
  async organisations(@Args(() => I.OrganisationListArgs) args: I.OrganisationListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.organisations.list(ctx.viewer, args), toOrganisation);
  }

  @Query(() => Organisation, { description: 'One organisation; NOT_FOUND outside the viewer’s scope.' })
  async organisation(@Arg('id', () => ID, { description: 'Organisation id.' }) id: string, @Ctx() ctx: RequestContext) {
    return toOrganisation(await ctx.services.organisations.get(ctx.viewer, id));
  }

  @Mutation(() => StreetPayload, {
    description: withReasons('Create a street (system administrators).', [R.ORG_NAME_TAKEN]),
  })
  async createStreet(
    @Arg('input', () => I.CreateStreetInput, { description: 'The street.' }) input: I.CreateStreetInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { street: toStreet(await ctx.services.tree.createStreet(actorOf(ctx), input)) };
  }

  @Mutation(() => StreetPayload, {
    description: withReasons('Rename, edit, archive or restore a street.', [R.ORG_NAME_TAKEN, R.ORG_VERSION_STALE]),
  })
  async updateStreet(
    @Arg('input', () => I.UpdateStreetInput, { description: 'The changes.' }) input: I.UpdateStreetInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { street: toStreet(await ctx.services.tree.updateStreet(actorOf(ctx), input)) };
  }

  @Mutation(() => CommunityPayload, {
    description: withReasons('Create a community in a street (street administrators).', [R.ORG_NAME_TAKEN]),
  })
  async createCommunity(
    @Arg('input', () => I.CreateCommunityInput, { description: 'The community.' }) input: I.CreateCommunityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { community: toCommunity(await ctx.services.tree.createCommunity(actorOf(ctx), input)) };
  }

  @Mutation(() => CommunityPayload, {
    description: withReasons('Rename, edit, archive or restore a community.', [R.ORG_NAME_TAKEN, R.ORG_VERSION_STALE]),
  })
  async updateCommunity(
    @Arg('input', () => I.UpdateCommunityInput, { description: 'The changes.' }) input: I.UpdateCommunityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { community: toCommunity(await ctx.services.tree.updateCommunity(actorOf(ctx), input)) };
  }

  @Mutation(() => EstatePayload, {
    description: withReasons('Create an estate in a community.', [R.ORG_NAME_TAKEN]),
  })
  async createEstate(
    @Arg('input', () => I.CreateEstateInput, { description: 'The estate.' }) input: I.CreateEstateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { estate: toEstate(await ctx.services.tree.createEstate(actorOf(ctx), input)) };
  }

  @Mutation(() => EstatePayload, {
    description: withReasons('Rename, edit, archive or restore an estate.', [R.ORG_NAME_TAKEN, R.ORG_VERSION_STALE]),
  })
  async updateEstate(
    @Arg('input', () => I.UpdateEstateInput, { description: 'The changes.' }) input: I.UpdateEstateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { estate: toEstate(await ctx.services.tree.updateEstate(actorOf(ctx), input)) };
  }

  @Mutation(() => BuildingPayload, {
    description: withReasons('Create a building in an estate.', [R.ORG_NAME_TAKEN]),
  })
  async createBuilding(
    @Arg('input', () => I.CreateBuildingInput, { description: 'The building.' }) input: I.CreateBuildingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { building: toBuilding(await ctx.services.tree.createBuilding(actorOf(ctx), input)) };
  }

  @Mutation(() => BuildingPayload, {
    description: withReasons('Rename, archive or restore a building.', [R.ORG_NAME_TAKEN, R.ORG_VERSION_STALE]),
  })
  async updateBuilding(
    @Arg('input', () => I.UpdateBuildingInput, { description: 'The changes.' }) input: I.UpdateBuildingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { building: toBuilding(await ctx.services.tree.updateBuilding(actorOf(ctx), input)) };
  }

  @Mutation(() => HouseholdPayload, {
    description: withReasons('Create a household in a building.', [R.ORG_NAME_TAKEN]),
  })
  async createHousehold(
    @Arg('input', () => I.CreateHouseholdInput, { description: 'The household.' }) input: I.CreateHouseholdInput,
    @Ctx() ctx: RequestContext,
  ) {
    const h = await ctx.services.tree.createHousehold(actorOf(ctx), input);
    return { household: toHousehold(h, seesRoom(ctx.viewer, h)) };
  }

  @Mutation(() => HouseholdPayload, {
    description: withReasons('Edit, archive or restore a household.', [R.ORG_NAME_TAKEN]),
  })
  async updateHousehold(
    @Arg('input', () => I.UpdateHouseholdInput, { description: 'The changes.' }) input: I.UpdateHouseholdInput,
    @Ctx() ctx: RequestContext,
  ) {
    const h = await ctx.services.tree.updateHousehold(actorOf(ctx), input);
    return { household: toHousehold(h, seesRoom(ctx.viewer, h)) };
  }

  @Mutation(() => OrganisationPayload, {
    description: withReasons('Create an organisation at a place of the viewer’s scope.', [
      R.ORG_NAME_TAKEN,
      R.ORG_PLACE_REQUIRED,
    ]),
  })
  async createOrganisation(
    @Arg('input', () => I.CreateOrganisationInput, { description: 'The organisation.' })
    input: I.CreateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { organisation: toOrganisation(await ctx.services.organisations.create(actorOf(ctx), input)) };
  }

  @Mutation(() => OrganisationPayload, {
    description: withReasons('Rename, edit, archive or restore an organisation.', [
      R.ORG_NAME_TAKEN,
      R.ORG_VERSION_STALE,
    ]),
  })
  async updateOrganisation(
    @Arg('input', () => I.UpdateOrganisationInput, { description: 'The changes.' }) input: I.UpdateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { organisation: toOrganisation(await ctx.services.organisations.update(actorOf(ctx), input)) };
  }

  @Mutation(() => OrganisationPayload, {
    description: withReasons('Set the estates a property company serves.', [R.ORG_NOT_A_PROPERTY_COMPANY]),
  })
  async setOrganisationEstates(
    @Arg('input', () => I.SetOrganisationEstatesInput, { description: 'The estates.' })
    input: I.SetOrganisationEstatesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { organisation: toOrganisation(await ctx.services.organisations.setEstates(actorOf(ctx), input)) };
  }
}

@Resolver(() => Street)
export class StreetFieldsResolver {
  @FieldResolver(() => TreeNodeViewerCan, { description: 'What the viewer may do with this street.' })
  viewerCan(@Root() s: Street, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, treePolicies.street, placeOfStreet(s));
  }
}

@Resolver(() => Community)
export class CommunityFieldsResolver {
  @FieldResolver(() => Street, { description: 'The street of the community.' })
  async street(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return toStreet(await ctx.loaders.street.load(c.streetId).then(must));
  }

  @FieldResolver(() => TreeNodeViewerCan, { description: 'What the viewer may do with this community.' })
  viewerCan(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, treePolicies.community, placeOfCommunity(c));
  }
}

@Resolver(() => Estate)
export class EstateFieldsResolver {
  @FieldResolver(() => Community, { description: 'The community of the estate.' })
  async community(@Root() e: Estate, @Ctx() ctx: RequestContext) {
    return toCommunity(await ctx.loaders.community.load(e.communityId).then(must));
  }

  @FieldResolver(() => TreeNodeViewerCan, { description: 'What the viewer may do with this estate.' })
  viewerCan(@Root() e: Estate, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, treePolicies.estate, placeOfEstate(e));
  }
}

@Resolver(() => Building)
export class BuildingFieldsResolver {
  @FieldResolver(() => Estate, { description: 'The estate of the building.' })
  async estate(@Root() b: Building, @Ctx() ctx: RequestContext) {
    return toEstate(await ctx.loaders.estate.load(b.estateId).then(must));
  }

  @FieldResolver(() => TreeNodeViewerCan, { description: 'What the viewer may do with this building.' })
  viewerCan(@Root() b: Building, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, treePolicies.building, b);
  }
}

@Resolver(() => Household)
export class HouseholdFieldsResolver {
  @FieldResolver(() => Building, { description: 'The building of the household.' })
  async building(@Root() h: Household, @Ctx() ctx: RequestContext) {
    return toBuilding(await ctx.loaders.building.load(h.buildingId).then(must));
  }

  @FieldResolver(() => Estate, { description: 'The estate of the household.' })
  async estate(@Root() h: Household, @Ctx() ctx: RequestContext) {
    return toEstate(await ctx.loaders.estate.load(h.estateId).then(must));
  }

  @FieldResolver(() => String, {
    description: 'Building, unit and room in one line, e.g. 3幢1单元502 (room masked as in `room`).',
  })
  async label(@Root() h: Household, @Ctx() ctx: RequestContext) {
    const b = await ctx.loaders.building.load(h.buildingId);
    return `${b?.name ?? ''}${h.unit}${h.room}`;
  }

  @FieldResolver(() => TreeNodeViewerCan, { description: 'What the viewer may do with this household.' })
  viewerCan(@Root() h: Household, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, treePolicies.household, h);
  }
}

@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  @FieldResolver(() => Street, { description: 'The street the organisation works in.' })
  async street(@Root() o: Organisation, @Ctx() ctx: RequestContext) {
    return toStreet(await ctx.loaders.street.load(o.streetId).then(must));
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community, for community-level organisations.' })
  async community(@Root() o: Organisation, @Ctx() ctx: RequestContext) {
    const c = o.communityId ? await ctx.loaders.community.load(o.communityId) : null;
    return c ? toCommunity(c) : null;
  }

  @FieldResolver(() => Estate, { nullable: true, description: "The estate, for an owners' committee." })
  async estate(@Root() o: Organisation, @Ctx() ctx: RequestContext) {
    const e = o.estateId ? await ctx.loaders.estate.load(o.estateId) : null;
    return e ? toEstate(e) : null;
  }

  @FieldResolver(() => [Estate], {
    description: 'Estates a property company serves that the viewer can see (empty for other kinds).',
  })
  async servedEstates(@Root() o: Organisation, @Ctx() ctx: RequestContext) {
    const ids = await ctx.loaders.servedEstates.load(o.id);
    const rows = await ctx.loaders.estate.loadMany(ids);
    return rows
      .filter((r): r is EstateEntity => !!r && !(r instanceof Error) && readsEstate(ctx.viewer, r))
      .map(toEstate);
  }

  @FieldResolver(() => TreeNodeViewerCan, { description: 'What the viewer may do with this organisation.' })
  viewerCan(@Root() o: Organisation, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, organisationPolicy, placeOfOrganisation(o));
  }
}

function must<T>(row: T | null): T {
  if (!row) throw new Error('dangling reference');
  return row;
}
