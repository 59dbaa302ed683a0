import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `user.lastSignInAt` for the active-users figure. Written as ADD/DROP COLUMN rather than the
 * generator's table rebuild: the rebuild's `down` renames `user` away, which makes SQLite repoint
 * every foreign key at the temporary table and then refuse to drop it.
 */
export class AnalysisAlterUser1796534323206 implements MigrationInterface {
  name = 'AnalysisAlterUser1796534323206';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "lastSignInAt" datetime');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "lastSignInAt"');
  }
}
