import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketAlterTicketCategoryParent1796545902000 implements MigrationInterface {
  name = 'TicketAlterTicketCategoryParent1796545902000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket_category` ADD `parentId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `ticket_category` ADD `defaultPriority` varchar(16) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket_category` DROP COLUMN `defaultPriority`");
    await queryRunner.query("ALTER TABLE `ticket_category` DROP COLUMN `parentId`");
  }
}
