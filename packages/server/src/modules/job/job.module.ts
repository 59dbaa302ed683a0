import { type Deps, defineModule } from '../../app/module.js';
import { JobService } from './job.service.js';
import { JobRunEntity } from './job-run.entity.js';
import { RetentionPurge } from './retention.js';

/** Scheduled work that runs once per period across processes (job_run), and the retention purge. */
export const jobModule = defineModule({
  name: 'job',
  entities: [JobRunEntity],
  resolvers: [],
  jobs: [
    // Old sessions, throttle rows, job runs and read notifications (*_RETENTION_DAYS).
    { name: 'retention.purge', hourly: true, run: ({ retention }) => retention.purge() },
  ],
  services: ({ dataSource, config }: Deps) => ({
    jobs: new JobService(dataSource),
    retention: new RetentionPurge(dataSource, config.retention),
  }),
});
