import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Hashed build output (`assets/<name>-<hash>.<ext>`): a changed file gets a new name, so it never changes. */
const HASHED = /[\\/]assets[\\/][^\\/]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files (index.html, explorer.html, favicon): kept, but asked again each time (304 when unchanged). */
const REVALIDATE = 'no-cache';
/** Source maps: in the build for decoding a reported stack; never sent to browsers in production. */
const SOURCE_MAP = /\.map$/;

const cacheControl = (reply: FastifyReply, path: string) =>
  reply.header('cache-control', HASHED.test(path) ? IMMUTABLE : REVALIDATE);

/**
 * The built console at `/`, with the SPA fallback to index.html for client-side routes (STACK trap 22):
 * - the `.br` / `.gz` files the build writes next to each text file (vite-plugins/precompress.ts) are
 *   sent as they are to a browser that accepts them (`preCompressed`, with `Vary: Accept-Encoding`);
 * - hashed assets are cached for a year as immutable, everything else is revalidated;
 * - source maps are not routed in production (404), and the compressed copies are not routed at all.
 */
export async function registerConsole(
  fastify: FastifyInstance,
  adminDir: string,
  opts: { production: boolean },
): Promise<void> {
  await fastify.register(fastifyStatic, {
    root: adminDir,
    // One route per file found at start (no wildcard): an unknown path reaches the SPA fallback below.
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    globIgnore: ['**/*.br', '**/*.gz', '.vite/**', ...(opts.production ? ['**/*.map'] : [])],
    // `path` is the file sent (index.html for the SPA fallback too, `.br`/`.gz` for a compressed copy).
    setHeaders: (reply, path) => cacheControl(reply, path),
  });
  fastify.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // A missing asset or map is a 404, never the SPA page (a browser asks for maps with Accept: */*
    // but a stale tab may ask for an old hashed chunk with text/html in its Accept list).
    const isFile = path.startsWith('/assets/') || SOURCE_MAP.test(path);
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET' && !isFile && accept.includes('text/html') && !path.startsWith('/graphql')) {
      return reply.sendFile('index.html');
    }
    return reply.code(404).send({ error: 'NOT_FOUND', message: 'No such route' });
  });
}

/**
 * The resident H5 (packages/resident, hash-routed: no fallback needed) at `/m/`: its pages are
 * revalidated, its other files cached for an hour (Taro's H5 build does not hash every file name).
 */
export async function registerResidentApp(fastify: FastifyInstance, residentDir: string): Promise<void> {
  await fastify.register(fastifyStatic, {
    root: residentDir,
    prefix: '/m/',
    decorateReply: false,
    maxAge: '1h',
    setHeaders: (reply, path) => {
      if (path.endsWith('.html')) reply.header('cache-control', REVALIDATE);
    },
  });
  fastify.get('/m', (_req, reply) => reply.redirect('/m/'));
}
