import { Entity, PrimaryColumn } from 'typeorm';
import { BoolColumn, CreatedAt, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';

/**
 * Staff's declaration that a year's holidays and make-up working days are fully entered. A year
 * is covered when the package has it (2004-2026) or it is marked complete here; deadlines counted
 * over an uncovered year are flagged.
 */
@Entity('calendar_year')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @BoolColumn(false)
  complete: boolean;

  /** e.g. 国办发明电〔2026〕X号. */
  @TextColumn(200, { nullable: true })
  note: string | null;

  @RefColumn({ nullable: true })
  updatedById: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
