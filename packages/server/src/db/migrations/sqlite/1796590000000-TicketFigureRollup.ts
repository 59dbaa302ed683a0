import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollupDown, rollupMigrate } from '../ticket-figure-rollup.js';

/**
 * The dashboard's ticket counts kept per community, Shanghai day, estate, category and source
 * (issue 21): the table `ticket_figure_day`, the triggers on `ticket` and `ticket_event` that keep it
 * exact on every write, and its backfill from the tickets there (one grouped statement per community).
 */
export class TicketFigureRollup1796590000000 implements MigrationInterface {
  name = 'TicketFigureRollup1796590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rollupMigrate('sqlite', queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of rollupDown()) await queryRunner.query(sql);
  }
}
