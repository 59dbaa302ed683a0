import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';

/** `/healthz`: the process is alive. `/readyz`: the database answers and we are not shutting down. */
export function registerHealthRoutes(fastify: FastifyInstance, ds: DataSource, isClosing: () => boolean): void {
  fastify.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  fastify.get('/readyz', { logLevel: 'warn' }, async (_req, reply) => {
    if (isClosing()) return reply.code(503).send({ status: 'shutting-down' });
    try {
      await Promise.race([
        ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database-unavailable' });
    }
  });
}
