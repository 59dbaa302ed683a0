import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HardeningC1796526280372 implements MigrationInterface {
  name = 'HardeningC1796526280372';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket_event` DROP COLUMN `isPublic`");
    await queryRunner.query("ALTER TABLE `community` ADD `ticketIntake` varchar(24) NOT NULL DEFAULT 'VERIFIED_RESIDENTS'");
    await queryRunner.query("ALTER TABLE `ticket` ADD `triageOverdueNotifiedAt` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `triageOverdueNotifiedAt`");
    await queryRunner.query("ALTER TABLE `community` DROP COLUMN `ticketIntake`");
    await queryRunner.query("ALTER TABLE `ticket_event` ADD `isPublic` tinyint NOT NULL DEFAULT 1");
  }
}
