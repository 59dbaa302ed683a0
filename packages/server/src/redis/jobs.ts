import { Queue, Worker } from 'bullmq';
import type { RedisClients } from './redis.js';

/** The log the queue writes to (Fastify's pino logger fits). */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The scheduled jobs as one BullMQ queue: its depth for /metrics, and close() for shutdown. */
export interface QueuedJobs {
  readonly queue: Queue;
  /** Jobs waiting, delayed, active and failed (kept), by state. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export const JOB_QUEUE = 'jobs';

/**
 * Scheduled work through BullMQ (REDIS_URL set, JOBS_ENABLED): one job scheduler per module job,
 * every `intervalMs`. Every process upserts the same schedulers (idempotent) and runs a worker;
 * BullMQ makes one job per occurrence and hands it to exactly one worker, so each occurrence runs
 * once across all processes. A failed run is retried (3 attempts, exponential back-off from 5 s);
 * a run whose process died is taken over by another worker once it is seen stalled (30 s).
 * Schedulers of jobs that no longer exist are removed.
 */
export async function startQueuedJobs(
  redis: RedisClients,
  names: readonly string[],
  run: (name: string) => Promise<unknown>,
  intervalMs: number,
  log: JobLog,
  onFailed: (job: string) => void = () => undefined,
): Promise<QueuedJobs> {
  const prefix = `${redis.prefix}bull`;
  // BullMQ wants its own connections with no per-command retry limit (blocking commands).
  const queue = new Queue(JOB_QUEUE, { connection: redis.duplicate({ maxRetriesPerRequest: null }), prefix });
  const known = new Set(names);
  for (const name of names) {
    await queue.upsertJobScheduler(
      name,
      { every: intervalMs },
      {
        name,
        opts: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 5_000 },
          removeOnComplete: { count: 100 },
          removeOnFail: { count: 500 },
        },
      },
    );
  }
  for (const s of await queue.getJobSchedulers()) {
    if (s.key && !known.has(s.key)) await queue.removeJobScheduler(s.key);
  }
  const worker = new Worker(
    JOB_QUEUE,
    async (job) => {
      const started = Date.now();
      const result = await run(job.name);
      log.info({ job: job.name, occurrence: job.id, ms: Date.now() - started }, 'job done');
      return result === undefined ? null : result;
    },
    {
      connection: redis.duplicate({ maxRetriesPerRequest: null }),
      prefix,
      // The jobs ran side by side on the timer; a few at once keeps one slow job from holding the rest.
      concurrency: 4,
    },
  );
  worker.on('failed', (job, err) => {
    onFailed(job?.name ?? 'unknown');
    log.error({ err, job: job?.name, occurrence: job?.id, attempt: job?.attemptsMade }, `${job?.name} failed`);
  });
  worker.on('error', (err) => log.error({ err }, 'job worker error'));
  return {
    queue,
    counts: () => queue.getJobCounts('waiting', 'delayed', 'active', 'failed', 'prioritized'),
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
