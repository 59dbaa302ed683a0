import { Entity } from 'typeorm';
import { BinaryTextColumn, DateTimeColumn, IntColumn } from '../../db/columns.js';

/**
 * Failed-login counters, one row per key (`phone:<HMAC of the number>`, `pair:…`, `ip:<address>`; never the number). Kept in the
 * database so that several server processes share them.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @BinaryTextColumn(100, { primary: true })
  key: string;

  @IntColumn({ default: 0 })
  failures: number;

  @DateTimeColumn()
  windowStartedAt: Date;

  /** Set once slowing down: no attempt before this instant (whole seconds, rounded up). */
  @DateTimeColumn({ nullable: true })
  nextAttemptAt: Date | null;

  @DateTimeColumn({ nullable: true })
  lockedUntil: Date | null;
}
