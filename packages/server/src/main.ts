import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { readyBlock } from './http/ready-block.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const testHooks = process.env.RT_TEST_HOOKS === '1' && config.nodeEnv !== 'production';
  const app = await createApp(config, { testHooks });
  const log = app.fastify.log;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: letting in-flight requests finish');
    const force = setTimeout(() => {
      log.warn({ graceMs: config.shutdownGraceMs }, 'grace period over: closing remaining connections');
      app.fastify.server.closeAllConnections();
    }, config.shutdownGraceMs);
    force.unref();
    app
      .close()
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        log.error({ err }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const address = await app.fastify.listen({ port: config.port, host: config.host });
  log.info({ address, database: config.database.dialect }, 'Roundtable API listening');
  const port = app.fastify.server.address();
  process.stdout.write(
    readyBlock({
      host: config.host,
      port: typeof port === 'object' && port ? port.port : config.port,
      consoleBuilt: app.consoleBuilt,
      database: config.database,
      seeded: app.seeded,
    }),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
