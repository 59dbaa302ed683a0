import { Entity, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../db/columns.js';

/** One run of a scheduled job per period: the primary key makes a second trigger a no-op. */
@Entity('job_run')
export class JobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  job: string;

  /** e.g. '2026-11-28T14' for an hourly job (Asia/Shanghai). */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  period: string;

  @DateTimeColumn()
  startedAt: Date;
}
