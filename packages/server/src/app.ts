import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { DocumentNode } from 'graphql';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import type { DataSource } from 'typeorm';
import { jobs, registerModuleRoutes, runJob, runJobs } from './app/modules.js';
import { unauthenticated } from './common/errors.js';
import { redactedErrorSerializer } from './common/log-redact.js';
import { type RequestScope, readFromPrimary, requestScope, SANE_REQUEST_ID } from './common/request-scope.js';
import type { Config } from './config.js';
import { setDataKeyring } from './crypto/data-keys.js';
import { verifyDataKeys } from './crypto/rekey.js';
import { createDataSource, ensureDatabaseExists, withoutQueryTimeout } from './db/data-source.js';
import { newId } from './db/ids.js';
import { seedAll } from './db/seed/index.js';
import { createArmor, MAX_TOKENS } from './graphql/armor.js';
import { appOf, buildContext } from './graphql/build-context.js';
import type { RequestContext } from './graphql/context.js';
import { makeFormatError, serviceUnavailablePlugin } from './graphql/format-error.js';
import { type BudgetStore, chargeOperation, limitsPlugin } from './graphql/limits.js';
import { createLoaders } from './graphql/loaders.js';
import { loadPersistedDocuments, type PersistedDocuments, resolvePersisted } from './graphql/persisted.js';
import { buildGraphQLSchema } from './graphql/schema.js';
import { watchSession } from './graphql/ws-session.js';
import { explorerHook } from './http/explorer.js';
import { registerHealthRoutes } from './http/health.js';
import { Metrics } from './http/metrics.js';
import { registerRequestLog } from './http/ready-block.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerConsole, registerResidentApp } from './http/static-console.js';
import { registerTestHooks } from './http/test-hooks.js';
import { shareCacheInvalidation } from './redis/cache-notices.js';
import { type QueuedJobs, startQueuedJobs } from './redis/jobs.js';
import { createServices, type Services } from './services.js';

/**
 * graphql as type-graphql, Apollo and graphql-ws load it (its CommonJS entry). Importing it here
 * through a bundler-aware loader (vitest) can pick its ESM entry instead: a second copy whose
 * `validate` rejects our schema as "from another realm". require() always gets the shared one.
 */
const { GraphQLError, parse, specifiedRules, validate } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/** A parse error or a token-limit breach as a GraphQL error body, or null when the document parses. */
function parseRejection(source: string): { message: string; extensions: { code: string } } | null {
  try {
    parse(source, { maxTokens: MAX_TOKENS });
    return null;
  } catch (err) {
    const message = err instanceof Error ? err.message : 'Invalid document';
    if (/more tha[nt] \d+ tokens/.test(message)) {
      return {
        message: `The document exceeds ${MAX_TOKENS} tokens`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      };
    }
    return { message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
  }
}

/** Marks a mutation's request as reading from the primary once the operation is known. */
const mutationsOnPrimary: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'mutation') readFromPrimary();
      },
    };
  },
};

/** One value of a request header (the first when repeated). */
const headerOf = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** The app key of a graphql-ws connection: `connectionParams['x-api-key']`, else the upgrade request's header. */
const wsApiKey = (ctx: {
  connectionParams?: Readonly<Record<string, unknown>> | undefined;
  extra: { request: { headers: Record<string, string | string[] | undefined> } };
}): string | undefined => {
  const given = ctx.connectionParams?.['x-api-key'];
  return typeof given === 'string' ? given : headerOf(ctx.extra.request.headers['x-api-key']);
};

export interface App {
  fastify: FastifyInstance;
  dataSource: DataSource;
  services: Services;
  /** Whether demo data was written at this start (null: seeding switched off or a given data source). */
  seeded: boolean | null;
  /** Whether the built console is served at `/`. */
  consoleBuilt: boolean;
  /** Stop accepting, let in-flight requests finish, close sockets and the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  /** An initialised data source to use instead of opening one from the config (tests). */
  dataSource?: DataSource;
  /** Register the routes tests use to exercise shutdown (never in production). */
  testHooks?: boolean;
  /** Where the log goes instead of stdout (tests capture it). */
  logStream?: NodeJS.WritableStream;
  /** Where cost budgets live (default: in this process); tests pass one with a controlled clock. */
  budgetStore?: BudgetStore;
  /** Clock of the cost budgets, in milliseconds (tests control it). */
  budgetClock?: () => number;
  /** The registered (persisted) documents: hash → document (default: packages/schema/persisted-operations.json). */
  persistedDocuments?: PersistedDocuments;
}

/** Opens the database, applies migrations (unless switched off), seeds an empty embedded database. */
export async function openDatabase(config: Config): Promise<{ dataSource: DataSource; seeded: boolean | null }> {
  setDataKeyring(config.dataKeys);
  await ensureDatabaseExists(config.database);
  const ds = createDataSource(config.database);
  await ds.initialize();
  return withoutQueryTimeout(ds, async () => {
    if (config.migrateOnStart) await ds.runMigrations({ transaction: 'each' });
    const seeded = config.seedDemo ? (await seedAll(ds, config)).created : null;
    return { dataSource: ds, seeded };
  });
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  // Before anything reads a row: the phone columns decrypt with these keys (crypto/columns.ts).
  setDataKeyring(config.dataKeys);
  const opened = options.dataSource ? { dataSource: options.dataSource, seeded: null } : await openDatabase(config);
  const { dataSource } = opened;
  await verifyDataKeys(dataSource, config.dataKeys);
  const services = createServices(dataSource, config);
  // With REDIS_URL, a Redis that does not answer fails the start (events, budgets and jobs need it).
  await services.redis?.ready().catch(async (err: unknown) => {
    await services.redis?.close();
    throw err;
  });
  if (services.redis) {
    // The viewer and reference caches hear of other processes' writes. The loaders are built once
    // so that every reference table is known before this process writes to one.
    createLoaders(dataSource);
    await shareCacheInvalidation(services.redis, dataSource, (err) => services.redis?.onError(err));
  }
  // Warm the working-day calendar so the first deadlines see staff entries (a database without
  // its tables still starts: the calendar then answers from the built-in schedule and retries).
  await services.calendar.ready().catch(() => undefined);

  // Scheduled jobs (each module's manifest `jobs`: the overdue watch, purges, …). With Redis they
  // go through one BullMQ queue (each occurrence runs once across processes); without it every
  // process runs the timer and job_run makes each hourly period's work happen once.
  const metrics = new Metrics(dataSource);
  const timers: NodeJS.Timeout[] = [];
  let queuedJobs: QueuedJobs | null = null;
  if (config.jobsEnabled && services.redis) {
    const byName = new Map(jobs.map((j) => [j.name, j]));
    queuedJobs = await startQueuedJobs(
      services.redis,
      [...byName.keys()],
      (name) => {
        const job = byName.get(name);
        return job ? runJob(services, job) : Promise.resolve(null);
      },
      config.jobIntervalMs,
      { info: (o, m) => fastify.log.info(o, m), error: (o, m) => fastify.log.error(o, m) },
      (job) => metrics.jobFailures.inc({ job }),
    );
    metrics.watchQueue(queuedJobs.counts);
  } else if (config.jobsEnabled) {
    const tick = () =>
      runJobs(services, (job, err) => {
        metrics.jobFailures.inc({ job });
        fastify.log.error({ err, job }, `${job} failed`);
      });
    timers.push(setInterval(tick, config.jobIntervalMs), setTimeout(tick, Math.min(10_000, config.jobIntervalMs)));
    for (const t of timers) t.unref();
  }
  let closing = false;

  const fastify = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // No personal data in logs: a failed query's values (phones, names) are dropped.
      serializers: { err: redactedErrorSerializer, error: redactedErrorSerializer },
      // Every line written while a request is served names it, also lines from code that logs
      // through the root logger (services, the error pipeline); a request's own logger has it already.
      mixin(_merge: object, _level: number, logger?: { bindings?: () => Record<string, unknown> }) {
        const requestId = requestScope.getStore()?.requestId;
        if (!requestId || logger?.bindings?.().reqId !== undefined) return {};
        return { reqId: requestId };
      },
      // Pretty only for a person at a terminal in development, and then one line per entry.
      ...(options.logStream
        ? { stream: options.logStream }
        : config.nodeEnv === 'development' && process.stdout.isTTY
          ? { transport: { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname' } } }
          : {}),
    },
    // Fastify's own request logging writes two entries per request; registerRequestLog writes one.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : newId();
    },
    bodyLimit: 2 * 1024 * 1024,
    // A hop count or the proxies' addresses (validated in config.ts); never "trust everyone".
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
  });
  // The request's scope (its id, primary-or-replica reads) for the code below it, entered when the
  // request arrives and again before its handler (reading a body can lose the async context).
  const scopes = new WeakMap<object, RequestScope>();
  fastify.addHook('onRequest', (req, reply, next) => {
    reply.header('x-request-id', req.id);
    const scope: RequestScope = { requestId: String(req.id), primary: false };
    scopes.set(req, scope);
    requestScope.run(scope, next);
  });
  fastify.addHook('preHandler', (req, _reply, next) => {
    const scope = scopes.get(req);
    if (scope) requestScope.run(scope, next);
    else next();
  });
  registerRequestLog(fastify);
  await registerSecurityHeaders(fastify);
  if (services.redis) services.redis.onError = (err) => fastify.log.warn({ err }, 'redis: error');
  metrics.register(fastify, config.metricsToken);
  // Requests in progress. Once closing and none is left, every remaining connection is idle or
  // stuck (e.g. an upload refused before its body was read) and may be cut: fastify.close() would
  // otherwise wait for it until the grace period ends.
  const inFlight = new Set<object>();
  const reapIfDrained = () => {
    if (closing && inFlight.size === 0) fastify.server.closeAllConnections();
  };
  const done = (req: object) => {
    inFlight.delete(req);
    setImmediate(reapIfDrained);
  };
  fastify.addHook('onRequest', async (req) => {
    inFlight.add(req);
  });
  fastify.addHook('onResponse', async (req) => done(req));
  fastify.addHook('onRequestAbort', async (req) => done(req));
  fastify.addHook('onSend', async (_req, reply, payload) => {
    // While shutting down, tell keep-alive clients to go: fastify.close() waits for their
    // connections otherwise (STACK trap 13). Checked when the response leaves, so requests that
    // were in flight at SIGTERM get it too.
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  const schema = await buildGraphQLSchema(services.pubSub);
  const suggestions = config.nodeEnv === 'development';
  const armor = createArmor({ suggestions });
  if (options.budgetStore) services.apiClient.budgets = options.budgetStore;
  if (options.budgetClock) services.apiClient.budgetClock = options.budgetClock;
  const persisted = options.persistedDocuments ?? loadPersistedDocuments();
  const formatError = makeFormatError(fastify.log, config.nodeEnv === 'development');
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // A browser may not send a simple (form-like) request: every POST needs a JSON content type
    // or a header a form cannot set (Apollo's CSRF prevention).
    csrfPrevention: true,
    // Registered documents are resolved before Apollo (graphql/persisted.ts); no open APQ cache.
    persistedQueries: false,
    validationRules: armor.validationRules,
    // graphql-armor ships CommonJS types of Apollo's plugin interface (STACK): same shape, other
    // declaration. No drain plugin: close() closes Fastify (which waits for in-flight requests)
    // and Fastify's onClose stops Apollo; the drain plugin would call fastify.close() again.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      serviceUnavailablePlugin<RequestContext>(),
      limitsPlugin(),
      metrics.apolloPlugin<RequestContext>(),
      // With read replicas, a mutation reads from the primary from its first statement on.
      ...(config.database.replicaUrls?.length ? [mutationsOnPrimary] : []),
      // Apollo's landing pages load Sandbox from a CDN (STACK trap 23); a browser at GET /graphql gets
      // the bundled explorer instead (http/explorer.ts), and a GET with a query its JSON answer.
      ApolloServerPluginLandingPageDisabled(),
      // No per-field instrumentation (issue 21, STACK trap 21): the cache-control plugin is on by default
      // and wraps every field resolver though we set no cache hints (HTTP caching of API answers is not
      // wanted: they depend on the viewer) — off, CPU per list request fell 16 %. Tracing and usage
      // reporting would wrap every field too if an APOLLO_KEY were ever set in the environment.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
  await apollo.start();

  // Credentials only with an explicit list of origins: never with a reflected or wildcard origin
  // (the API authenticates with a bearer header, so other origins need no credentials). Besides
  // CORS_ORIGINS, the origins of active apps (their `allowedOrigins`) may call.
  const listedOrigins = Array.isArray(config.corsOrigins);
  const listed = new Set(Array.isArray(config.corsOrigins) ? config.corsOrigins : []);
  await fastify.register(fastifyCors, {
    origin: listedOrigins
      ? async (origin: string | undefined) =>
          !origin || listed.has(origin) || (await services.apiClient.knowsOrigin(origin).catch(() => false))
      : '*',
    credentials: listedOrigins,
  });
  await fastify.register(fastifyWebsocket, { options: { maxPayload: 1024 * 1024 } });

  const httpContext = async (req: import('fastify').FastifyRequest) =>
    buildContext(services, {
      requestId: String(req.id),
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      authorization: req.headers.authorization,
      apiKey: headerOf(req.headers['x-api-key']),
      origin: headerOf(req.headers.origin),
      languages: [req.headers['accept-language']],
    });
  const apolloHandler = fastifyApolloHandler(apollo, { context: httpContext });

  const wsRules = [...specifiedRules, ...armor.validationRules];
  const wsHandler = makeHandler(
    {
      schema,
      onConnect: async (ctx) => {
        // An app key (connectionParams['x-api-key'] or the upgrade's header) must be valid to connect.
        try {
          await appOf(services, wsApiKey(ctx), headerOf(ctx.extra.request.headers.origin));
        } catch {
          return false;
        }
        metrics.wsOpened(ctx);
        // Tie the connection to its session: it closes when the session ends (logout, password
        // change, account disabled, refresh family revoked).
        await watchSession(
          services,
          ctx.extra.socket,
          typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined,
          config.wsSessionCheckMs,
        ).catch((err: unknown) => fastify.log.warn({ err }, 'session watch failed'));
        return true;
      },
      onClose: (ctx) => metrics.wsClosed(ctx),
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-armor does not cover graphql-ws (STACK trap 14): validate with its rules here too.
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Invalid query')];
        }
        const errors = validate(schema, document, wsRules);
        if (errors.length > 0) return errors;
        // The same context and the same cost limits and budgets as over HTTP.
        let contextValue: RequestContext;
        try {
          contextValue = await buildContext(services, {
            requestId: newId(),
            ip: ctx.extra.request.ip,
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
            authorization: String(ctx.connectionParams?.authorization ?? ''),
            apiKey: wsApiKey(ctx),
            origin: headerOf(ctx.extra.request.headers.origin),
            languages: [
              typeof ctx.connectionParams?.locale === 'string' ? ctx.connectionParams.locale : null,
              ctx.extra.request.headers['accept-language'],
            ],
          });
          await chargeOperation(contextValue, schema, document, payload.operationName, payload.variables);
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Internal server error')];
        }
        return {
          schema,
          document,
          contextValue,
          variableValues: payload.variables,
          operationName: payload.operationName,
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        return errors.map((e) => {
          const f = formatError(e.toJSON(), e);
          // Field suggestions only in development (graphql-armor's mask covers HTTP only).
          const message = suggestions ? f.message : f.message.replace(/Did you mean .+\?/, '[Suggestion hidden]');
          return new GraphQLError(message, { extensions: f.extensions });
        });
      },
      // Execution errors (a refused subscribe, a failing resolver) go through the same pipeline
      // as over HTTP, so they carry extensions.code too.
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) };
      },
    },
    15_000,
  );

  // Parse failures and documents over the token limit are the client's fault: HTTP 400 before
  // Apollo (graphql-armor's max-tokens rule throws inside Apollo's parse → 500, STACK trap 16).
  const preParse = async (req: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    // Registered documents: a known `extensions.persistedQuery.sha256Hash` stands for its document;
    // TRUSTED_DOCUMENTS makes the console (or every keyless client) send only registered ones.
    const refusal = resolvePersisted(req, persisted, config.limits.trustedDocuments);
    if (refusal) return reply.code(refusal.status).send({ errors: [refusal.error] });
    const source =
      req.method === 'GET'
        ? (req.query as { query?: unknown } | undefined)?.query
        : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof source !== 'string') return;
    const rejection = parseRejection(source);
    if (rejection) return reply.code(400).send({ errors: [rejection] });
  };
  // A browser opening /graphql (Accept: text/html, no operation) gets the bundled GraphiQL explorer.
  fastify.route({
    method: 'GET',
    url: '/graphql',
    handler: apolloHandler,
    wsHandler,
    onRequest: explorerHook(config.adminDir),
    preHandler: preParse,
  });
  fastify.route({ method: ['POST', 'OPTIONS'], url: '/graphql', handler: apolloHandler, preHandler: preParse });

  registerHealthRoutes(fastify, dataSource, () => closing, config.readyTimeoutMs);
  // Each module's HTTP routes; their viewer is found the way /graphql finds it (Authorization: Bearer).
  await registerModuleRoutes(fastify, services, {
    async viewerOf(req) {
      const ctx = await buildContext(services, {
        requestId: String(req.id),
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        authorization: req.headers.authorization,
      });
      if (!ctx.viewer) throw ctx.authError ?? unauthenticated();
      return ctx.viewer;
    },
  });
  if (options.testHooks) registerTestHooks(fastify);

  // The built console, with SPA fallback to index.html for client-side routes.
  const consoleBuilt = Boolean(config.adminDir && existsSync(join(config.adminDir, 'index.html')));
  if (config.adminDir && consoleBuilt)
    await registerConsole(fastify, config.adminDir, { production: config.nodeEnv === 'production' });

  // The resident H5 (packages/resident) at /m/.
  if (config.residentDir && existsSync(join(config.residentDir, 'index.html')))
    await registerResidentApp(fastify, config.residentDir);

  fastify.addHook('onClose', async () => {
    for (const t of timers) clearTimeout(t);
    await queuedJobs?.close();
    await apollo.stop();
    await services.redis?.close();
    if (!options.dataSource && dataSource.isInitialized) await dataSource.destroy();
  });

  return {
    fastify,
    dataSource,
    services,
    seeded: opened.seeded,
    consoleBuilt,
    async close() {
      closing = true;
      setImmediate(reapIfDrained);
      await fastify.close();
    },
  };
}
