import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalysisAlterUser1796534323206 implements MigrationInterface {
  name = 'AnalysisAlterUser1796534323206';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` ADD `lastSignInAt` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `lastSignInAt`");
  }
}
