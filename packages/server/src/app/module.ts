import type { PubSub } from '@graphql-yoga/subscription';
import type DataLoader from 'dataloader';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/roles.js';
import type { TokenService } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { Reason } from '../common/errors.js';
import type { Config } from '../config.js';
import type { NoticeCatalog } from '../modules/notification/notification.kinds.js';
import type { RedisClients } from '../redis/redis.js';

/**
 * The module grammar: what one module (`src/modules/<m>/<m>.module.ts`) declares. The composition
 * root (app/modules.ts) lists the manifests; the cross-cutting lists (db/entities.ts, services.ts,
 * graphql/resolvers, loaders, enums, auth/permissions.ts, the job timer, HTTP routes) are built
 * from them, so adding a module touches its own folder and one line of the root.
 *
 * `D` is what the module's services need from the modules listed before it; `S` what they add.
 */
export interface ModuleManifest<
  D extends object = object,
  S extends object = Empty,
  P extends PermissionTable = Empty,
  L extends LoaderTable = Empty,
> {
  /** Short name, the folder's (`ticket`). */
  readonly name: string;
  /** TypeORM entity classes (tables) the module owns; migrations are generated from all of them. */
  readonly entities: readonly EntityClass[];
  /** TypeORM entity subscribers (e.g. unique-key columns filled on insert). */
  readonly subscribers?: readonly EntityClass[];
  /** type-graphql resolver classes: root fields and the field resolvers of the module's types. */
  readonly resolvers: readonly ResolverClass[];
  /** Per-request DataLoaders, merged into `ctx.loaders` (one name space: names must not clash). */
  readonly loaders?: (ds: DataSource) => L;
  /** Its entries of the permission table: an action and the roles whose memberships count for it. */
  readonly permissions?: P;
  /** Error reasons the module throws under a generic code (`extensions.reason`), with a description. */
  readonly errors?: Readonly<Record<string, Reason>>;
  /** GraphQL enums the module registers, each value described. */
  readonly enums?: readonly EnumRegistration[];
  /** Who may read a file attached to one of the module's records, by attached type (`Ticket`). */
  readonly fileReadRules?: (services: CoreServices & D & S) => Readonly<Record<string, FileReadRule>>;
  /** Kinds of notification the module sends, each with its texts in every language (rendered per reader). */
  readonly notificationKinds?: NoticeCatalog;
  /** Audit-log operation names the module writes (`ticket.accept`). */
  readonly auditOperations?: readonly string[];
  /** Scheduled work, run by every process's timer (see `ModuleJob`). */
  readonly jobs?: readonly ModuleJob<CoreServices & D & S>[];
  /** HTTP routes besides /graphql (uploads and downloads). */
  readonly routes?: (fastify: FastifyInstance, services: CoreServices & D & S, kit: RouteKit) => Promise<void>;
  /** Builds the module's services from the core and the services of modules listed before it. */
  readonly services?: (deps: CoreServices & D) => S;
}

/** What every module's services may take: built by the root before any module. */
export interface CoreServices {
  dataSource: DataSource;
  config: Config;
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
  pubSub: PubSub<any>;
  tokens: TokenService;
  /** The shared Redis (REDIS_URL), or null: everything then stays in this process. */
  redis: RedisClients | null;
}

/** The parameter of a module's `services` factory: the core plus what it takes from earlier modules. */
export type Deps<D extends object = object> = CoreServices & D;

/**
 * A job of the timer (every 5 minutes, first 10 s after start). `hourly`: run through the job
 * table once per Shanghai hour across processes; otherwise every tick (the job limits itself).
 */
export interface ModuleJob<S> {
  readonly name: string;
  readonly hourly?: boolean;
  readonly run: (services: S) => Promise<unknown>;
}

/** A GraphQL enum and its contract text (type-graphql's registerEnumType arguments). */
export interface EnumRegistration {
  readonly enum: object;
  readonly name: string;
  readonly description: string;
  readonly valuesConfig: Readonly<Record<string, { description: string; deprecationReason?: string }>>;
}

/** What the app gives a module's HTTP routes. */
export interface RouteKit {
  /** The signed-in user of a request, found the way /graphql finds it (Authorization: Bearer); else throws. */
  viewerOf(req: FastifyRequest): Promise<Viewer>;
}

/** Whether a viewer may read the files attached to one record of a type. */
export type FileReadRule = (viewer: Viewer, attachedId: string) => Promise<boolean>;

export type EntityClass = Function;
export type ResolverClass = Function;
// biome-ignore lint/suspicious/noExplicitAny: each module's loaders have their own keys and values
export type AnyLoader = DataLoader<any, any, any>;

export type Empty = {};
export type PermissionTable = Readonly<Record<string, readonly Role[]>>;
export type LoaderTable = Record<string, AnyLoader>;

/** Declares a manifest with its types inferred (`D` from the services factory's parameter). */
export function defineModule<
  D extends object = object,
  S extends object = Empty,
  P extends PermissionTable = Empty,
  L extends LoaderTable = Empty,
>(manifest: ModuleManifest<D, S, P, L>): ModuleManifest<D, S, P, L> {
  return manifest;
}
