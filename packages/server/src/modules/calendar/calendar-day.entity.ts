import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import type { CalendarDayKind } from './calendar.enums.js';

/**
 * A staff entry for one date of the working-day calendar (a holiday or a make-up working day);
 * it overrides the chinese-days package for that date. One table for the whole platform.
 */
@Entity('calendar_day')
export class CalendarDayEntity {
  /** 'YYYY-MM-DD' (Asia/Shanghai calendar date). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CalendarDayKind;

  /** e.g. 国庆节, 国庆调休. */
  @TextColumn(50)
  name: string;

  /** Who entered or last changed the day. */
  @RefColumn({ nullable: true })
  updatedById: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
