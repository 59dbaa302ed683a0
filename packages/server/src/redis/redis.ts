import { Redis, type RedisOptions } from 'ioredis';

/**
 * The Redis connections of one process (REDIS_URL set): `command` for ordinary commands (budgets,
 * publishing), `subscriber` for pub/sub (a subscribed connection can run nothing else), and
 * `duplicate()` for the queue (BullMQ's blocking worker wants its own connection). All keys and
 * channels start with `prefix`, so several deployments or test runs can share one Redis.
 */
export interface RedisClients {
  readonly url: string;
  readonly prefix: string;
  readonly command: Redis;
  readonly subscriber: Redis;
  /** Where connection errors and failed publishes are reported (the app sets its logger). */
  onError: (err: unknown) => void;
  /** A further connection (closed with the others); BullMQ needs `maxRetriesPerRequest: null`. */
  duplicate(options?: RedisOptions): Redis;
  /** Resolves once Redis answers PING; rejects after `timeoutMs` (a wrong REDIS_URL fails the start). */
  ready(timeoutMs?: number): Promise<void>;
  /** Closes every connection (QUIT, then disconnect if Redis does not answer). */
  close(): Promise<void>;
}

export function createRedis(url: string, prefix: string): RedisClients {
  const base: RedisOptions = {
    // Fail fast on a dead Redis at start instead of queueing commands forever.
    connectTimeout: 5_000,
    // Reconnect with a capped back-off; commands wait while reconnecting.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  const opened: Redis[] = [];
  const open = (options: RedisOptions = {}) => {
    const client = new Redis(url, { ...base, ...options });
    // ioredis emits 'error' on every failed reconnect (asynchronously, once `clients` exists);
    // without a listener Node would throw.
    client.on('error', (err) => clients.onError(err));
    opened.push(client);
    return client;
  };
  const command = open();
  const subscriber = open();
  const clients: RedisClients = {
    url,
    prefix,
    command,
    subscriber,
    onError: () => undefined,
    duplicate: (options) => open(options),
    async ready(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`REDIS_URL: Redis does not answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([command.ping(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await Promise.all(
        opened.map(async (c) => {
          if (c.status === 'end') return;
          await Promise.race([c.quit().catch(() => undefined), new Promise((r) => setTimeout(r, 1_000).unref())]);
          c.disconnect();
        }),
      );
    },
  };
  return clients;
}
