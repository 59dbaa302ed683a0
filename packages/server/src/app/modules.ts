import 'reflect-metadata';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { registerPermissions } from '../auth/permissions.js';
import { type Reason, registerReasons } from '../common/errors.js';
import { analysisModule } from '../modules/analysis/analysis.module.js';
import { apiClientModule } from '../modules/api-client/api-client.module.js';
import { auditModule } from '../modules/audit/audit.module.js';
import { registerAuditOperations } from '../modules/audit/audit.operations.js';
import { boardModule } from '../modules/board/board.module.js';
import { calendarModule } from '../modules/calendar/calendar.module.js';
import { fileModule } from '../modules/file/file.module.js';
import { identityModule } from '../modules/identity/identity.module.js';
import { jobModule } from '../modules/job/job.module.js';
import { shanghaiHour } from '../modules/job/job.service.js';
import { meetingModule } from '../modules/meeting/meeting.module.js';
import { type NoticeCatalog, registerNotificationKinds } from '../modules/notification/notification.kinds.js';
import { notificationModule } from '../modules/notification/notification.module.js';
import { orgModule } from '../modules/org/org.module.js';
import { pointsModule } from '../modules/points/points.module.js';
import { privacyModule } from '../modules/privacy/privacy.module.js';
import { propertyModule } from '../modules/property/property.module.js';
import { publicationModule } from '../modules/publication/publication.module.js';
import { systemModule } from '../modules/system/system.module.js';
import { ticketModule } from '../modules/ticket/ticket.module.js';
import { triageModule } from '../modules/triage/triage.module.js';
import { venueModule } from '../modules/venue/venue.module.js';
import { volunteerModule } from '../modules/volunteer/volunteer.module.js';
import { voteModule } from '../modules/vote/vote.module.js';
import { webhookModule } from '../modules/webhook/webhook.module.js';
import type { Services } from '../services.js';
import type { CoreServices, EnumRegistration, ModuleJob, ModuleManifest, RouteKit } from './module.js';

/**
 * THE COMPOSITION ROOT: every module of the server, one line each, in the order their services are
 * built (a module's dependencies come before it; `depsInOrder` below fails to compile otherwise).
 * Everything cross-cutting (db/entities.ts, services.ts, graphql/schema.ts, graphql/loaders.ts,
 * graphql/enums.ts, auth/permissions.ts, the job timer, HTTP routes) is built from this list, and
 * it is the only way those folders reach a module.
 */
export const modules = [
  auditModule,
  orgModule,
  identityModule,
  calendarModule,
  fileModule,
  notificationModule,
  jobModule,
  ticketModule,
  systemModule,
  publicationModule,
  meetingModule,
  venueModule,
  voteModule,
  triageModule,
  propertyModule,
  analysisModule,
  pointsModule,
  volunteerModule,
  boardModule,
  apiClientModule,
  webhookModule,
  privacyModule,
] as const;

// ---- types derived from the list ------------------------------------------------------------

type AnyModule = (typeof modules)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
// biome-ignore-start lint/suspicious/noExplicitAny: matching any instantiation of the manifest
type ServicesOf<M> = M extends ModuleManifest<any, infer S, any, any> ? S : never;
type PermissionsOf<M> = M extends ModuleManifest<any, any, infer P, any> ? P : never;
type LoadersOf<M> = M extends ModuleManifest<any, any, any, infer L> ? L : never;
/** `true` when each module's dependencies are met by the core and the modules listed before it. */
type DepsInOrder<Ms, Acc> = Ms extends readonly [infer H, ...infer T]
  ? H extends ModuleManifest<infer D, infer S, any, any>
    ? Acc extends D
      ? DepsInOrder<T, Acc & S>
      : { unmetDependencies: Exclude<keyof D, keyof Acc>; of: H }
    : never
  : true;
// biome-ignore-end lint/suspicious/noExplicitAny: matching any instantiation of the manifest

/** The services every module adds (services.ts adds the core). */
export type ModuleServices = UnionToIntersection<ServicesOf<AnyModule>>;
/** The whole permission table: every module's entries. */
export type Permissions = UnionToIntersection<PermissionsOf<AnyModule>>;
/** Every module's per-request loaders. */
export type ModuleLoaders = UnionToIntersection<LoadersOf<AnyModule>>;

const depsInOrder: DepsInOrder<typeof modules, CoreServices> = true;
void depsInOrder;

// ---- the cross-cutting lists -----------------------------------------------------------------

/** Fails at start-up when two modules declare the same name (a loader, a service, an action …). */
function mergeUnique<T>(what: string, tables: readonly (Readonly<Record<string, T>> | undefined)[]): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const table of tables) {
    for (const [key, value] of Object.entries(table ?? {})) {
      if (key in merged) throw new Error(`Two modules declare the ${what} '${key}'`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Every entity (no globs: the same list works under tsx, vitest and node dist). */
export const entities = modules.flatMap((m) => m.entities);
/** Entity subscribers modules declare. */
export const subscribers = modules.flatMap((m) => m.subscribers ?? []);
/** Every resolver class of every module. */
export const resolvers = modules.flatMap((m) => m.resolvers);
/** Every GraphQL enum of every module, with its contract text. */
export const enums: readonly EnumRegistration[] = modules.flatMap((m) => m.enums ?? []);
/** The permission table, from every module's entries; auth/permissions.ts serves it. */
export const permissions = mergeUnique(
  'action',
  modules.map((m) => m.permissions),
) as unknown as Permissions;
registerPermissions(permissions);
/** Error reasons, notification kinds and audit operations each module declares. */
export const errorReasons = mergeUnique(
  'error reason',
  modules.map((m) => m.errors),
);
/** Each module's reason map (`<m>.errors.ts`), registered for `extensions.reason` and the `ErrorReason` enum. */
export const REASON_MAPS: readonly Readonly<Record<string, Reason>>[] = modules.flatMap((m) =>
  m.errors ? [m.errors] : [],
);
for (const map of REASON_MAPS) registerReasons(map);
export const ALL_REASONS: readonly Reason[] = REASON_MAPS.flatMap((m) => Object.values(m));
/** Every module's notification catalog, registered before the schema is built (the enum and the renderer read them). */
export const noticeCatalogs: readonly NoticeCatalog[] = modules.flatMap((m) =>
  m.notificationKinds ? [m.notificationKinds] : [],
);
for (const catalog of noticeCatalogs) registerNotificationKinds(catalog);
export const notificationKinds: readonly string[] = noticeCatalogs.flatMap((c) => Object.keys(c));
export const auditOperations: readonly string[] = modules.flatMap((m) => m.auditOperations ?? []);
for (const m of modules) registerAuditOperations(m.name, m.auditOperations ?? []);

/** Per data source: the prototype of every request's loaders (see createModuleLoaders). */
const loaderPrototypes = new WeakMap<DataSource, object>();

/**
 * Per-request DataLoaders of every module. The first call for a data source builds them all (the
 * name clash check; reference-table loaders register their tables); later calls return an object
 * whose getters build a module's loaders on its first use in that request (issue 21: a ticket
 * detail used four modules' loaders but built every module's, about 1 % of its CPU).
 */
export function createModuleLoaders(ds: DataSource): ModuleLoaders {
  const proto = loaderPrototypes.get(ds);
  if (proto) return Object.create(proto) as ModuleLoaders;
  const built = mergeUnique(
    'loader',
    modules.map((m) => m.loaders?.(ds)),
  );
  loaderPrototypes.set(ds, lazyLoaders(ds));
  return built as unknown as ModuleLoaders;
}

/** Getters per loader name; each builds its module's loaders on the request's object, once. */
function lazyLoaders(ds: DataSource): object {
  const proto = {};
  for (const m of modules) {
    const make = m.loaders as ((ds: DataSource) => Record<string, unknown>) | undefined;
    if (!make) continue;
    for (const name of Object.keys(make(ds))) {
      Object.defineProperty(proto, name, {
        enumerable: true,
        get(this: object) {
          const own = make(ds);
          for (const [key, loader] of Object.entries(own)) {
            Object.defineProperty(this, key, { value: loader, enumerable: true });
          }
          return own[name];
        },
      });
    }
  }
  return proto;
}

/** Builds every module's services on the core, in list order, then wires file read rules. */
export function composeServices<C extends CoreServices>(core: C): C & ModuleServices {
  const built = { ...core } as Record<string, unknown>;
  for (const m of modules) {
    const added = (m.services as ((deps: unknown) => object) | undefined)?.(built) ?? {};
    for (const key of Object.keys(added)) {
      if (key in built) throw new Error(`Module ${m.name} builds the service '${key}' a second time`);
    }
    Object.assign(built, added);
  }
  const services = built as unknown as C & ModuleServices;
  for (const m of modules) {
    const rules = (m.fileReadRules as ((s: unknown) => object) | undefined)?.(services) ?? {};
    for (const [type, rule] of Object.entries(rules)) services.files.registerReadRule(type, rule);
  }
  return services;
}

/** Every module's scheduled jobs. */
export const jobs: readonly ModuleJob<Services>[] = modules.flatMap(
  (m) => (m.jobs ?? []) as unknown as ModuleJob<Services>[],
);

/** Runs one job once: an hourly job once per Shanghai hour across processes (job_run). */
export function runJob(services: Services, job: ModuleJob<Services>): Promise<unknown> {
  return job.hourly
    ? services.jobs.runOnce(job.name, shanghaiHour(new Date()), () => job.run(services))
    : job.run(services);
}

/** Runs one tick of the in-process timer (no Redis): every job, each on its own. */
export function runJobs(services: Services, onError: (job: string, err: unknown) => void): void {
  for (const job of jobs) runJob(services, job).catch((err: unknown) => onError(job.name, err));
}

/** Registers every module's HTTP routes (besides /graphql); app.ts gives the kit. */
export async function registerModuleRoutes(fastify: FastifyInstance, services: Services, kit: RouteKit): Promise<void> {
  for (const m of modules) {
    await (m.routes as ((f: FastifyInstance, s: Services, k: RouteKit) => Promise<void>) | undefined)?.(
      fastify,
      services,
      kit,
    );
  }
}
