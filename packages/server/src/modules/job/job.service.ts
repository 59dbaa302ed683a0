import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors.js';
import { JobRunEntity } from './job-run.entity.js';

/**
 * Runs a job at most once per period, across every server process: the first to insert the
 * (job, period) row runs it; a second trigger — a timer in another process, a retry — is a no-op
 * once the run succeeded. A failed run gives its claim back, so the period is retried.
 */
export class JobService {
  constructor(private readonly ds: DataSource) {}

  async runOnce<T>(job: string, period: string, work: () => Promise<T>): Promise<{ ran: boolean; result?: T }> {
    try {
      await this.ds.getRepository(JobRunEntity).insert({ job, period, startedAt: new Date() });
    } catch (err) {
      if (isUniqueViolation(err)) return { ran: false };
      throw err;
    }
    try {
      return { ran: true, result: await work() };
    } catch (err) {
      // Release the claim: the next trigger in this period (a timer, a retry) runs the work again,
      // instead of the period being skipped for good.
      await this.ds.getRepository(JobRunEntity).delete({ job, period });
      throw err;
    }
  }
}

/** The hour of `now` in Asia/Shanghai, e.g. 2026-11-28T14: the period of hourly jobs. */
export function shanghaiHour(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}`;
}
