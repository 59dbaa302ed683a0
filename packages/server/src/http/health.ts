import type { FastifyInstance } from 'fastify';

/**
 * `/healthz`: the process is alive. `/readyz`: the database answers within `timeoutMs` and we are
 * not shutting down. The probe is a real `SELECT 1` through the pool: when the database stops (or
 * stops answering) it fails or times out and a load balancer takes this process out (issue 19).
 */
export function registerHealthRoutes(
  fastify: FastifyInstance,
  ds: { query(sql: string): Promise<unknown> },
  isClosing: () => boolean,
  timeoutMs = 1000,
): void {
  fastify.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  fastify.get('/readyz', { logLevel: 'warn' }, async (_req, reply) => {
    if (isClosing()) return reply.code(503).send({ status: 'shutting-down' });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ds.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database-unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });
}
