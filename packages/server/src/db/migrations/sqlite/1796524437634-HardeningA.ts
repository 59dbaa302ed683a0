import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that gained an optimistic-lock `version` (tree nodes and ticket categories). */
const VERSIONED = ['street', 'community', 'estate', 'building', 'organisation', 'ticket_category'];

/**
 * Written by hand rather than generated: TypeORM would rebuild each table (copy, drop, rename) to
 * add a column, while SQLite adds a column with a constant default in place, keeping every row and
 * every foreign key untouched. Existing instants stored without milliseconds ('… HH:MM:SS', from
 * the `datetime('now')` default) are rewritten as '… HH:MM:SS.SSS', the form the application
 * writes, so that they compare and order as text correctly against new rows and bound parameters.
 */
export class HardeningA1796524437634 implements MigrationInterface {
  name = 'HardeningA1796524437634';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of VERSIONED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    }
    const tables: { name: string }[] = await queryRunner.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'",
    );
    for (const { name } of tables) {
      const columns: { name: string; type: string }[] = await queryRunner.query(`PRAGMA table_info("${name}")`);
      for (const column of columns.filter((c) => c.type.toLowerCase() === 'datetime')) {
        await queryRunner.query(
          `UPDATE "${name}" SET "${column.name}" = strftime('%Y-%m-%d %H:%M:%f', "${column.name}") WHERE length("${column.name}") = 19`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...VERSIONED].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "version"`);
    }
  }
}
