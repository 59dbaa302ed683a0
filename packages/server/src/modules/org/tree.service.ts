import type { DataSource, DeepPartial, ObjectLiteral } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import type { Place } from '../../auth/reach.js';
import { type ReadRule, scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { contains } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { BuildingEntity } from './building.entity.js';
import type { CommunityEntity } from './community.entity.js';
import { EstateEntity } from './estate.entity.js';
import type { HouseholdEntity } from './household.entity.js';
import type * as I from './org.inputs.js';
import {
  buildingRead,
  communityRead,
  estateRead,
  householdRead,
  placeOfCommunity,
  placeOfEstate,
  placeOfStreet,
  streetRead,
  TREE_ACTIONS,
  type TreeLevel,
  treePolicies,
} from './org.policy.js';
import { type Archivable, auditedWrite, saveUpdate } from './org.write.js';
import { StreetEntity } from './street.entity.js';

type Node = ObjectLiteral & Archivable & { id: string; createdAt: Date; version?: number };
type UpdateInput = { id: string; archived?: boolean | null; expectedVersion?: number | null };
type ListArgs = I.TreeListArgs & Partial<Record<'streetId' | 'communityId' | 'estateId' | 'buildingId', string>>;

/** One level of the tree: how it is read, listed, created under its parent, and edited. */
interface Level<E extends Node, C, U extends UpdateInput, P> {
  level: TreeLevel;
  type: string;
  alias: string;
  read: ReadRule<E>;
  place: (row: E) => Place;
  /** The column the list's `search` looks in. */
  search: string;
  /** List filters: argument names that are also column names. */
  filters: readonly (keyof ListArgs & string)[];
  /** The parent level and the input field naming it; null for streets (children of the root). */
  parent: { level: TreeLevel; field: keyof C & string } | null;
  create: (parent: P, input: C) => DeepPartial<E>;
  createSummary: (input: C) => Record<string, unknown>;
  apply: (row: E, input: U) => void;
  updateSummary: (input: U) => Record<string, unknown>;
}

/** The tree's root: where streets are created. */
const ROOT: Place = { streetId: null, communityId: null, estateId: null };

const level = <E extends Node, C, U extends UpdateInput, P>(l: Level<E, C, U, P>) => l;

/** The tree as data: street › community › estate › building › household. */
const LEVELS = {
  street: level<StreetEntity, I.CreateStreetInput, I.UpdateStreetInput, null>({
    level: 'street',
    type: 'Street',
    alias: 's',
    read: streetRead,
    place: placeOfStreet,
    search: 'name',
    filters: [],
    parent: null,
    create: (_, i) => ({ name: i.name, district: i.district, archivedAt: null }),
    createSummary: (i) => ({ name: i.name, district: i.district }),
    apply: (r, i) => {
      if (i.name != null) r.name = i.name;
      if (i.district != null) r.district = i.district;
    },
    updateSummary: (i) => ({ name: i.name, district: i.district, archived: i.archived }),
  }),
  community: level<CommunityEntity, I.CreateCommunityInput, I.UpdateCommunityInput, StreetEntity>({
    level: 'community',
    type: 'Community',
    alias: 'c',
    read: communityRead,
    place: placeOfCommunity,
    search: 'name',
    filters: ['streetId'],
    parent: { level: 'street', field: 'streetId' },
    create: (s, i) => ({ streetId: s.id, name: i.name, address: i.address ?? null, archivedAt: null }),
    createSummary: (i) => ({ streetId: i.streetId, name: i.name, address: i.address ?? null }),
    apply: (r, i) => {
      if (i.name != null) r.name = i.name;
      if (i.address !== undefined) r.address = i.address ?? null;
    },
    updateSummary: (i) => ({ name: i.name, address: i.address, archived: i.archived }),
  }),
  estate: level<EstateEntity, I.CreateEstateInput, I.UpdateEstateInput, CommunityEntity>({
    level: 'estate',
    type: 'Estate',
    alias: 'e',
    read: estateRead,
    place: placeOfEstate,
    search: 'name',
    filters: ['communityId'],
    parent: { level: 'community', field: 'communityId' },
    create: (c, i) => ({
      streetId: c.streetId,
      communityId: c.id,
      name: i.name,
      address: i.address ?? null,
      archivedAt: null,
    }),
    createSummary: (i) => ({ communityId: i.communityId, name: i.name, address: i.address ?? null }),
    apply: (r, i) => {
      if (i.name != null) r.name = i.name;
      if (i.address !== undefined) r.address = i.address ?? null;
    },
    updateSummary: (i) => ({ name: i.name, address: i.address, archived: i.archived }),
  }),
  building: level<BuildingEntity, I.CreateBuildingInput, I.UpdateBuildingInput, EstateEntity>({
    level: 'building',
    type: 'Building',
    alias: 'b',
    read: buildingRead,
    place: (b) => b,
    search: 'name',
    filters: ['estateId'],
    parent: { level: 'estate', field: 'estateId' },
    create: (e, i) => ({
      streetId: e.streetId,
      communityId: e.communityId,
      estateId: e.id,
      name: i.name,
      archivedAt: null,
    }),
    createSummary: (i) => ({ estateId: i.estateId, name: i.name }),
    apply: (r, i) => {
      if (i.name != null) r.name = i.name;
    },
    updateSummary: (i) => ({ name: i.name, archived: i.archived }),
  }),
  household: level<HouseholdEntity, I.CreateHouseholdInput, I.UpdateHouseholdInput, BuildingEntity>({
    level: 'household',
    type: 'Household',
    alias: 'h',
    read: householdRead,
    place: (h) => h,
    // Households are found by room number.
    search: 'room',
    filters: ['estateId', 'buildingId'],
    parent: { level: 'building', field: 'buildingId' },
    create: (b, i) => ({
      streetId: b.streetId,
      communityId: b.communityId,
      estateId: b.estateId,
      buildingId: b.id,
      unit: i.unit,
      room: i.room,
      archivedAt: null,
    }),
    createSummary: (i) => ({ buildingId: i.buildingId, unit: i.unit }),
    apply: (r, i) => {
      if (i.unit != null) r.unit = i.unit;
      if (i.room != null) r.room = i.room;
    },
    // Whether the room changed, never the room (personal data).
    updateSummary: (i) => ({ unit: i.unit, roomChanged: i.room != null, archived: i.archived }),
  }),
};

/**
 * The tenancy tree, driven by the table above: reads through each level's read rule, writes
 * authorised by the level's policy (the parent's `createChild`, the node's `update`) and audited.
 */
export class TreeService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private list<E extends Node, C, U extends UpdateInput, P>(
    l: Level<E, C, U, P>,
    viewer: Viewer | null,
    args: ListArgs,
  ) {
    const a = l.alias;
    const qb = scoped(this.ds, viewer).query(l.read, a);
    if (!args.includeArchived) qb.andWhere(`${a}.archivedAt IS NULL`);
    if (args.search) qb.andWhere(...contains(`${a}.${l.search}`, args.search));
    for (const f of l.filters) if (args[f]) qb.andWhere(`${a}.${f} = :${f}`, { [f]: args[f] });
    return paginate(qb, args, (r) => r, 'ASC');
  }

  private get<E extends Node, C, U extends UpdateInput, P>(l: Level<E, C, U, P>, viewer: Viewer | null, id: string) {
    return scoped(this.ds, viewer).get(l.read, id);
  }

  private async create<E extends Node, C, U extends UpdateInput, P>(l: Level<E, C, U, P>, actor: Actor, input: C) {
    let parentRow: P | null = null;
    let place: Place = ROOT;
    let parentLevel: TreeLevel | 'root' = 'root';
    if (l.parent) {
      parentLevel = l.parent.level;
      const p = LEVELS[parentLevel];
      const row = await this.get(
        p as Level<Node, unknown, UpdateInput, unknown>,
        actor.viewer,
        String(input[l.parent.field]),
      );
      // The table pairs each level with its parent's entity type (P).
      parentRow = row as P;
      place = (p.place as (r: Node) => Place)(row);
    }
    authorize(actor.viewer, treePolicies[parentLevel], 'createChild', place);
    return auditedWrite(this.ds, this.audit, {
      actor,
      action: TREE_ACTIONS[parentLevel].createChild as NonNullable<(typeof TREE_ACTIONS)[TreeLevel]['createChild']>,
      place,
      operation: `${l.level}.create`,
      target: { type: l.type },
      work: (m) => m.save(m.create(l.read.entity, l.create(parentRow as P, input))) as Promise<E>,
      summary: l.createSummary(input),
    });
  }

  private async update<E extends Node, C, U extends UpdateInput, P>(l: Level<E, C, U, P>, actor: Actor, input: U) {
    const row = await this.get(l, actor.viewer, input.id);
    const place = l.place(row);
    authorize(actor.viewer, treePolicies[l.level], input.archived != null ? 'archive' : 'update', place);
    return auditedWrite(this.ds, this.audit, {
      actor,
      action: TREE_ACTIONS[l.level].manage,
      place,
      operation: `${l.level}.update`,
      target: { type: l.type, id: row.id },
      work: (m) => saveUpdate(m, l.type, row, input, (r) => l.apply(r, input)),
      summary: l.updateSummary(input),
    });
  }

  // ---- reads ------------------------------------------------------------------------------

  listStreets = (viewer: Viewer | null, args: I.TreeListArgs) => this.list(LEVELS.street, viewer, args);
  listCommunities = (viewer: Viewer | null, args: I.CommunityListArgs) => this.list(LEVELS.community, viewer, args);
  listEstates = (viewer: Viewer | null, args: I.EstateListArgs) => this.list(LEVELS.estate, viewer, args);
  listBuildings = (viewer: Viewer | null, args: I.BuildingListArgs) => this.list(LEVELS.building, viewer, args);
  listHouseholds = (viewer: Viewer | null, args: I.HouseholdListArgs) => this.list(LEVELS.household, viewer, args);

  /** One node by id, or NOT_FOUND when it does not exist or lies outside the viewer's reach. */
  getStreet = (viewer: Viewer | null, id: string) => this.get(LEVELS.street, viewer, id);
  getCommunity = (viewer: Viewer | null, id: string) => this.get(LEVELS.community, viewer, id);
  getEstate = (viewer: Viewer | null, id: string) => this.get(LEVELS.estate, viewer, id);
  getBuilding = (viewer: Viewer | null, id: string) => this.get(LEVELS.building, viewer, id);
  getHousehold = (viewer: Viewer | null, id: string) => this.get(LEVELS.household, viewer, id);

  /** Public directory for residents finding their home: active estates, whatever the scope. */
  estateDirectory(args: I.TreeListArgs) {
    const qb = unscoped(this.ds, 'the estate directory is public: residents find their home in it')
      .query(EstateEntity, 'e')
      .where('e.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('e.name', args.search));
    return paginate(qb, args, (r) => r, 'ASC');
  }

  /** Public directory: active buildings of an active estate. */
  buildingDirectory(args: I.BuildingListArgs) {
    const qb = unscoped(this.ds, 'the building directory is public: residents find their home in it')
      .query(BuildingEntity, 'b')
      .where('b.archivedAt IS NULL');
    qb.andWhere('b.estateId = :estateId', { estateId: args.estateId ?? '' });
    if (args.search) qb.andWhere(...contains('b.name', args.search));
    return paginate(qb, args, (r) => r, 'ASC');
  }

  // ---- writes -----------------------------------------------------------------------------

  createStreet = (actor: Actor, input: I.CreateStreetInput) => this.create(LEVELS.street, actor, input);
  updateStreet = (actor: Actor, input: I.UpdateStreetInput) => this.update(LEVELS.street, actor, input);
  createCommunity = (actor: Actor, input: I.CreateCommunityInput) => this.create(LEVELS.community, actor, input);
  updateCommunity = (actor: Actor, input: I.UpdateCommunityInput) => this.update(LEVELS.community, actor, input);
  createEstate = (actor: Actor, input: I.CreateEstateInput) => this.create(LEVELS.estate, actor, input);
  updateEstate = (actor: Actor, input: I.UpdateEstateInput) => this.update(LEVELS.estate, actor, input);
  createBuilding = (actor: Actor, input: I.CreateBuildingInput) => this.create(LEVELS.building, actor, input);
  updateBuilding = (actor: Actor, input: I.UpdateBuildingInput) => this.update(LEVELS.building, actor, input);
  createHousehold = (actor: Actor, input: I.CreateHouseholdInput) => this.create(LEVELS.household, actor, input);
  updateHousehold = (actor: Actor, input: I.UpdateHouseholdInput) => this.update(LEVELS.household, actor, input);
}
