import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  In,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { Action } from '../../auth/permissions.js';
import { actingGrant, assertCan, authorize, can, reachFor, requireViewer } from '../../auth/policy.js';
import { applyReach, inReach, type Place, type PlaceColumns } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, ErrorCode, fail, notFound, type Reason } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import { contains } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { BuildingEntity } from './building.entity.js';
import { CommunityEntity } from './community.entity.js';
import { EstateEntity } from './estate.entity.js';
import { HouseholdEntity } from './household.entity.js';
import { OrganisationKind } from './org.enums.js';
import { OrgReasons as R } from './org.errors.js';
import type * as I from './org.inputs.js';
import {
  applyCommunityReach,
  applyOrganisationReach,
  estateCommunityIds,
  PLACE_COLUMNS,
  placeOfCommunity,
  placeOfEstate,
  placeOfOrganisation,
  placeOfStreet,
  readableStreetIds,
} from './org.policy.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationEstateEntity } from './organisation-estate.entity.js';
import { StreetEntity } from './street.entity.js';

interface Archivable {
  archivedAt: Date | null;
}

/** The tenancy tree and organisations: reads filtered by scope, writes authorised and audited. */
export class OrgService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- reads ------------------------------------------------------------------------------

  private listQuery<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    alias: string,
    viewer: Viewer | null,
    action: Action,
    cols: PlaceColumns,
    args: I.TreeListArgs,
  ): SelectQueryBuilder<E> {
    const qb = this.ds.getRepository(entity).createQueryBuilder(alias);
    applyReach(qb, alias, reachFor(viewer, action), cols);
    if (!args.includeArchived) qb.andWhere(`${alias}.archivedAt IS NULL`);
    if (args.search) qb.andWhere(...contains(`${alias}.name`, args.search));
    return qb;
  }

  listStreets(viewer: Viewer | null, args: I.TreeListArgs) {
    const qb = this.ds.getRepository(StreetEntity).createQueryBuilder('s');
    const readable = readableStreetIds(viewer);
    if (!readable.all) qb.andWhere(readable.ids.length ? 's.id IN (:...ids)' : '1 = 0', { ids: readable.ids });
    if (!args.includeArchived) qb.andWhere('s.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('s.name', args.search));
    return paginate(qb, args, (r) => r, 'ASC');
  }

  listCommunities(viewer: Viewer | null, args: I.CommunityListArgs) {
    const qb = this.ds.getRepository(CommunityEntity).createQueryBuilder('c');
    applyCommunityReach(qb, viewer);
    if (!args.includeArchived) qb.andWhere('c.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('c.name', args.search));
    if (args.streetId) qb.andWhere('c.streetId = :streetId', { streetId: args.streetId });
    return paginate(qb, args, (r) => r, 'ASC');
  }

  listEstates(viewer: Viewer | null, args: I.EstateListArgs) {
    const qb = this.listQuery(EstateEntity, 'e', viewer, 'tree.read', PLACE_COLUMNS.estate, args);
    if (args.communityId) qb.andWhere('e.communityId = :communityId', { communityId: args.communityId });
    return paginate(qb, args, (r) => r, 'ASC');
  }

  listBuildings(viewer: Viewer | null, args: I.BuildingListArgs) {
    const qb = this.listQuery(BuildingEntity, 'b', viewer, 'tree.read', PLACE_COLUMNS.building, args);
    if (args.estateId) qb.andWhere('b.estateId = :estateId', { estateId: args.estateId });
    return paginate(qb, args, (r) => r, 'ASC');
  }

  listHouseholds(viewer: Viewer | null, args: I.HouseholdListArgs) {
    const qb = this.ds.getRepository(HouseholdEntity).createQueryBuilder('h');
    applyReach(qb, 'h', reachFor(viewer, 'household.read'), PLACE_COLUMNS.household);
    if (!args.includeArchived) qb.andWhere('h.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('h.room', args.search));
    if (args.estateId) qb.andWhere('h.estateId = :estateId', { estateId: args.estateId });
    if (args.buildingId) qb.andWhere('h.buildingId = :buildingId', { buildingId: args.buildingId });
    return paginate(qb, args, (r) => r, 'ASC');
  }

  listOrganisations(viewer: Viewer | null, args: I.OrganisationListArgs) {
    const qb = this.ds.getRepository(OrganisationEntity).createQueryBuilder('o');
    applyOrganisationReach(qb, reachFor(viewer, 'organisation.read'), viewer);
    if (!args.includeArchived) qb.andWhere('o.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('o.name', args.search));
    if (args.kind) qb.andWhere('o.kind = :kind', { kind: args.kind });
    if (args.communityId) {
      qb.andWhere(
        '(o.communityId = :cid OR EXISTS (SELECT 1 FROM organisation_estate oe2 WHERE oe2.organisationId = o.id AND oe2.communityId = :cid))',
        { cid: args.communityId },
      );
    }
    return paginate(qb, args, (r) => r, 'ASC');
  }

  /** Public directory for residents finding their home: active estates, whatever the scope. */
  estateDirectory(args: I.TreeListArgs) {
    const qb = this.ds.getRepository(EstateEntity).createQueryBuilder('e').where('e.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('e.name', args.search));
    return paginate(qb, args, (r) => r, 'ASC');
  }

  /** Public directory: active buildings of an active estate. */
  buildingDirectory(args: I.BuildingListArgs) {
    const qb = this.ds.getRepository(BuildingEntity).createQueryBuilder('b').where('b.archivedAt IS NULL');
    qb.andWhere('b.estateId = :estateId', { estateId: args.estateId ?? '' });
    if (args.search) qb.andWhere(...contains('b.name', args.search));
    return paginate(qb, args, (r) => r, 'ASC');
  }

  /** One node by id, or NOT_FOUND when it does not exist or lies outside the viewer's reach. */
  async getStreet(viewer: Viewer | null, id: string): Promise<StreetEntity> {
    const row = await this.ds.getRepository(StreetEntity).findOneBy({ id });
    const readable = readableStreetIds(viewer);
    if (!row || !(readable.all || readable.ids.includes(row.id))) throw notFound('Street');
    return row;
  }

  async getCommunity(viewer: Viewer | null, id: string): Promise<CommunityEntity> {
    const row = await this.ds.getRepository(CommunityEntity).findOneBy({ id });
    if (!row || !(can(viewer, 'tree.read', placeOfCommunity(row)) || estateCommunityIds(viewer).includes(row.id))) {
      throw notFound('Community');
    }
    return row;
  }

  async getEstate(viewer: Viewer | null, id: string): Promise<EstateEntity> {
    return this.getPlaced(EstateEntity, id, 'Estate', viewer, 'tree.read', placeOfEstate);
  }

  async getBuilding(viewer: Viewer | null, id: string): Promise<BuildingEntity> {
    return this.getPlaced(BuildingEntity, id, 'Building', viewer, 'tree.read', (b) => b);
  }

  async getHousehold(viewer: Viewer | null, id: string): Promise<HouseholdEntity> {
    return this.getPlaced(HouseholdEntity, id, 'Household', viewer, 'household.read', (h) => h);
  }

  async getOrganisation(viewer: Viewer | null, id: string): Promise<OrganisationEntity> {
    const qb = this.ds.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.id = :id', { id });
    applyOrganisationReach(qb, reachFor(viewer, 'organisation.read'), viewer);
    const row = await qb.getOne();
    if (!row) throw notFound('Organisation');
    return row;
  }

  private async getPlaced<E extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<E>,
    id: string,
    what: string,
    viewer: Viewer | null,
    action: Action,
    place: (row: E) => Place,
  ): Promise<E> {
    const row = await this.ds.getRepository(entity).findOneBy({ id } as never);
    if (!row || !can(viewer, action, place(row))) throw notFound(what);
    return row;
  }

  /** Whether the viewer may see the full room number of households at a place. */
  canReadRoom(viewer: Viewer | null, place: Place): boolean {
    return can(viewer, 'household.readRoom', place);
  }

  /** viewerCan of a tree node, from the action that manages it and the one that manages its children. */
  viewerCan(viewer: Viewer | null, place: Place, manage: Action, createChild: Action | null) {
    const mayManage = can(viewer, manage, place);
    return {
      update: mayManage,
      archive: mayManage,
      createChild: createChild ? can(viewer, createChild, place) : false,
    };
  }

  // ---- writes -----------------------------------------------------------------------------

  /** Runs a write in a transaction with its audit row, mapping unique-key clashes to CONFLICT. */
  private async write<T>(
    actor: Actor,
    action: Action,
    place: Place,
    operation: string,
    target: { type: string; id?: string },
    work: (m: EntityManager) => Promise<T & { id: string }>,
    summary: Record<string, unknown>,
  ): Promise<T & { id: string }> {
    const viewer = actor.viewer as Viewer;
    try {
      return await this.ds.transaction(async (m) => {
        const result = await work(m);
        await this.audit.record(
          actor.meta,
          {
            operation,
            targetType: target.type,
            targetId: target.id ?? result.id,
            grant: actingGrant(viewer, action, place),
            streetId: place.streetId,
            communityId: place.communityId,
            summary,
          },
          m,
        );
        return result;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw fail(R.ORG_NAME_TAKEN, `A ${target.type.toLowerCase()} with this name already exists here`);
      throw err;
    }
  }

  private applyArchive(row: Archivable, archived: boolean | undefined | null): void {
    if (archived === true && !row.archivedAt) row.archivedAt = new Date();
    if (archived === false) row.archivedAt = null;
  }

  /** The common shape of every update: apply the changes, archive or restore, save, audit. */
  private updateNode<E extends Archivable & { id: string; version?: number }>(
    actor: Actor,
    action: Action,
    place: Place,
    type: string,
    row: E,
    input: { archived?: boolean | null; expectedVersion?: number | null } & object,
    apply: (row: E) => void,
    // Named fields only: an input object may carry more than its type declares, and contact
    // details are personal data that the audit log does not copy.
    summary: Record<string, unknown>,
  ) {
    return this.write(
      actor,
      action,
      place,
      `${type.toLowerCase()}.update`,
      { type, id: row.id },
      async (m) => {
        // Households carry no version (their edits are rare and single-field).
        if (typeof row.version === 'number') {
          await claimVersion(m, row as E & { version: number }, input.expectedVersion, type);
        }
        apply(row);
        this.applyArchive(row, input.archived);
        return m.save(row);
      },
      summary,
    );
  }

  async createStreet(actor: Actor, input: I.CreateStreetInput) {
    const place: Place = { streetId: null, communityId: null, estateId: null };
    if (!can(requireViewer(actor.viewer), 'street.manage', place)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only system administrators create streets');
    }
    return this.write(
      actor,
      'street.manage',
      place,
      'street.create',
      { type: 'Street' },
      async (m) => {
        return m.save(m.create(StreetEntity, { name: input.name, district: input.district, archivedAt: null }));
      },
      { name: input.name, district: input.district },
    );
  }

  async updateStreet(actor: Actor, input: I.UpdateStreetInput) {
    const row = await this.getStreet(actor.viewer, input.id);
    const place = placeOfStreet(row);
    assertCan(actor.viewer, 'street.manage', place, 'Street');
    return this.updateNode(
      actor,
      'street.manage',
      place,
      'Street',
      row,
      input,
      (r) => {
        if (input.name != null) r.name = input.name;
        if (input.district != null) r.district = input.district;
      },
      { name: input.name, district: input.district, archived: input.archived },
    );
  }

  async createCommunity(actor: Actor, input: I.CreateCommunityInput) {
    const street = await this.getStreet(actor.viewer, input.streetId);
    const place = placeOfStreet(street);
    assertCan(actor.viewer, 'community.manage', place, 'Street');
    return this.write(
      actor,
      'community.manage',
      place,
      'community.create',
      { type: 'Community' },
      async (m) =>
        m.save(
          m.create(CommunityEntity, {
            streetId: street.id,
            name: input.name,
            address: input.address ?? null,
            archivedAt: null,
          }),
        ),
      { streetId: input.streetId, name: input.name, address: input.address ?? null },
    );
  }

  async updateCommunity(actor: Actor, input: I.UpdateCommunityInput) {
    const row = await this.getCommunity(actor.viewer, input.id);
    const place = placeOfCommunity(row);
    assertCan(actor.viewer, 'community.manage', place, 'Community');
    return this.updateNode(
      actor,
      'community.manage',
      place,
      'Community',
      row,
      input,
      (r) => {
        if (input.name != null) r.name = input.name;
        if (input.address !== undefined) r.address = input.address ?? null;
      },
      { name: input.name, address: input.address, archived: input.archived },
    );
  }

  async createEstate(actor: Actor, input: I.CreateEstateInput) {
    const community = await this.getCommunity(actor.viewer, input.communityId);
    const place = placeOfCommunity(community);
    assertCan(actor.viewer, 'estate.manage', place, 'Community');
    return this.write(
      actor,
      'estate.manage',
      place,
      'estate.create',
      { type: 'Estate' },
      async (m) =>
        m.save(
          m.create(EstateEntity, {
            streetId: community.streetId,
            communityId: community.id,
            name: input.name,
            address: input.address ?? null,
            archivedAt: null,
          }),
        ),
      { communityId: input.communityId, name: input.name, address: input.address ?? null },
    );
  }

  async updateEstate(actor: Actor, input: I.UpdateEstateInput) {
    const row = await this.getEstate(actor.viewer, input.id);
    const place = placeOfEstate(row);
    authorize(actor.viewer, 'estate.manage', place, 'Estate', 'tree.read');
    return this.updateNode(
      actor,
      'estate.manage',
      place,
      'Estate',
      row,
      input,
      (r) => {
        if (input.name != null) r.name = input.name;
        if (input.address !== undefined) r.address = input.address ?? null;
      },
      { name: input.name, address: input.address, archived: input.archived },
    );
  }

  async createBuilding(actor: Actor, input: I.CreateBuildingInput) {
    const estate = await this.getEstate(actor.viewer, input.estateId);
    const place = placeOfEstate(estate);
    authorize(actor.viewer, 'estate.manage', place, 'Estate', 'tree.read');
    return this.write(
      actor,
      'estate.manage',
      place,
      'building.create',
      { type: 'Building' },
      async (m) =>
        m.save(
          m.create(BuildingEntity, {
            streetId: estate.streetId,
            communityId: estate.communityId,
            estateId: estate.id,
            name: input.name,
            archivedAt: null,
          }),
        ),
      { estateId: input.estateId, name: input.name },
    );
  }

  async updateBuilding(actor: Actor, input: I.UpdateBuildingInput) {
    const row = await this.getBuilding(actor.viewer, input.id);
    authorize(actor.viewer, 'estate.manage', row, 'Building', 'tree.read');
    return this.updateNode(
      actor,
      'estate.manage',
      row,
      'Building',
      row,
      input,
      (r) => {
        if (input.name != null) r.name = input.name;
      },
      { name: input.name, archived: input.archived },
    );
  }

  async createHousehold(actor: Actor, input: I.CreateHouseholdInput) {
    const building = await this.getBuilding(actor.viewer, input.buildingId);
    authorize(actor.viewer, 'estate.manage', building, 'Building', 'tree.read');
    return this.write(
      actor,
      'estate.manage',
      building,
      'household.create',
      { type: 'Household' },
      async (m) =>
        m.save(
          m.create(HouseholdEntity, {
            streetId: building.streetId,
            communityId: building.communityId,
            estateId: building.estateId,
            buildingId: building.id,
            unit: input.unit,
            room: input.room,
            archivedAt: null,
          }),
        ),
      { buildingId: input.buildingId, unit: input.unit },
    );
  }

  async updateHousehold(actor: Actor, input: I.UpdateHouseholdInput) {
    const row = await this.getHousehold(actor.viewer, input.id);
    authorize(actor.viewer, 'estate.manage', row, 'Household', 'household.read');
    return this.updateNode(
      actor,
      'estate.manage',
      row,
      'Household',
      row,
      input,
      (r) => {
        if (input.unit != null) r.unit = input.unit;
        if (input.room != null) r.room = input.room;
      },
      { unit: input.unit, roomChanged: input.room != null, archived: input.archived },
    );
  }

  async createOrganisation(actor: Actor, input: I.CreateOrganisationInput) {
    const place = await this.placeForNewOrganisation(actor.viewer, input);
    assertCan(actor.viewer, 'organisation.manage', place, 'Place');
    return this.write(
      actor,
      'organisation.manage',
      place,
      'organisation.create',
      { type: 'Organisation' },
      async (m) =>
        m.save(
          m.create(OrganisationEntity, {
            kind: input.kind,
            name: input.name,
            streetId: place.streetId as string,
            communityId: place.communityId,
            estateId: place.estateId,
            contact: input.contact ?? null,
            archivedAt: null,
          }),
        ),
      {
        kind: input.kind,
        name: input.name,
        streetId: input.streetId ?? null,
        communityId: input.communityId ?? null,
        estateId: input.estateId ?? null,
        hasContact: Boolean(input.contact),
      },
    );
  }

  /** Street-level kinds need a street; committees an estate; the rest a community. */
  private async placeForNewOrganisation(viewer: Viewer | null, input: I.CreateOrganisationInput): Promise<Place> {
    switch (input.kind) {
      case OrganisationKind.DEPARTMENT:
      case OrganisationKind.PROPERTY_COMPANY: {
        if (!input.streetId) throw fail(R.ORG_PLACE_REQUIRED, `${input.kind} needs a streetId`, { field: 'streetId' });
        return placeOfStreet(await this.getStreet(viewer, input.streetId));
      }
      case OrganisationKind.OWNERS_COMMITTEE: {
        if (!input.estateId)
          throw fail(R.ORG_PLACE_REQUIRED, 'OWNERS_COMMITTEE needs an estateId', { field: 'estateId' });
        return placeOfEstate(await this.getEstate(viewer, input.estateId));
      }
      default: {
        if (!input.communityId)
          throw fail(R.ORG_PLACE_REQUIRED, `${input.kind} needs a communityId`, { field: 'communityId' });
        return placeOfCommunity(await this.getCommunity(viewer, input.communityId));
      }
    }
  }

  async updateOrganisation(actor: Actor, input: I.UpdateOrganisationInput) {
    const row = await this.getOrganisation(actor.viewer, input.id);
    const place = placeOfOrganisation(row);
    assertCan(actor.viewer, 'organisation.manage', place, 'Organisation');
    return this.updateNode(
      actor,
      'organisation.manage',
      place,
      'Organisation',
      row,
      input,
      (r) => {
        if (input.name != null) r.name = input.name;
        if (input.contact !== undefined) r.contact = input.contact ?? null;
      },
      { name: input.name, contactChanged: input.contact !== undefined, archived: input.archived },
    );
  }

  async setOrganisationEstates(actor: Actor, input: I.SetOrganisationEstatesInput) {
    const org = await this.getOrganisation(actor.viewer, input.organisationId);
    if (org.kind !== OrganisationKind.PROPERTY_COMPANY) {
      throw fail(R.ORG_NOT_A_PROPERTY_COMPANY, 'Only a property company serves estates', { field: 'organisationId' });
    }
    const place = placeOfOrganisation(org);
    const viewer = assertCan(actor.viewer, 'organisation.manage', place, 'Organisation');
    const ids = [...new Set(input.estateIds)];
    const estates = ids.length ? await this.ds.getRepository(EstateEntity).findBy({ id: In(ids) }) : [];
    const manageable = reachFor(viewer, 'estate.manage');
    if (
      estates.length !== ids.length ||
      estates.some((e) => !inReach(manageable, placeOfEstate(e)) || e.streetId !== org.streetId)
    ) {
      throw notFound('Estate');
    }
    return this.write(
      actor,
      'organisation.manage',
      place,
      'organisation.setEstates',
      { type: 'Organisation', id: org.id },
      async (m) => {
        await m.delete(OrganisationEstateEntity, { organisationId: org.id });
        for (const e of estates) {
          await m.save(
            m.create(OrganisationEstateEntity, { organisationId: org.id, estateId: e.id, communityId: e.communityId }),
          );
        }
        return org;
      },
      { estateIds: ids },
    );
  }
}

/**
 * Optimistic lock of an update: CONFLICT when the author saw another version than the stored one,
 * and a conditional bump (`WHERE version = ?`) so that of two concurrent writers one loses.
 */
export async function claimVersion(
  m: EntityManager,
  row: ObjectLiteral & { id: string; version: number },
  expectedVersion: number | null | undefined,
  type: string,
  reason: Reason = R.ORG_VERSION_STALE,
): Promise<void> {
  const stale = () => fail(reason, `The ${type.toLowerCase()} was changed by someone else; reload it and try again`);
  if (expectedVersion != null && expectedVersion !== row.version) throw stale();
  const claimed = await m
    .createQueryBuilder()
    .update(row.constructor as EntityTarget<ObjectLiteral>)
    .set({ version: row.version + 1 })
    .where('id = :id AND version = :version', { id: row.id, version: row.version })
    .execute();
  if (!claimed.affected) throw stale();
  row.version += 1;
}
