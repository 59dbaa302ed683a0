import type { FastifyInstance } from 'fastify';

/**
 * Routes only registered when RT_TEST_HOOKS=1 outside production: a request that takes a given
 * time, so the shutdown test can send SIGTERM while it is in flight. It prints a line when it
 * starts so the test knows the request is inside the server.
 */
export function registerTestHooks(fastify: FastifyInstance): void {
  fastify.get<{ Querystring: { ms?: string } }>('/__test/slow', async (req) => {
    const ms = Math.min(Number(req.query.ms ?? 500) || 500, 10_000);
    process.stdout.write('test-hook: slow request started\n');
    await new Promise((r) => setTimeout(r, ms));
    return { slept: ms };
  });
}
