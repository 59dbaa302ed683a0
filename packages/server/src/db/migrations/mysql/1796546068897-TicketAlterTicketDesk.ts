import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketAlterTicketDesk1796546068897 implements MigrationInterface {
  name = 'TicketAlterTicketDesk1796546068897';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket` ADD `source` varchar(16) NOT NULL DEFAULT 'APP'");
    await queryRunner.query("ALTER TABLE `ticket` ADD `externalRef` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `ticket` ADD `contactName` varchar(50) NULL");
    await queryRunner.query("ALTER TABLE `ticket` ADD `contactPhone` varchar(20) NULL");
    await queryRunner.query("ALTER TABLE `ticket` ADD `recordedById` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `ticket` ADD `escalatedToId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `ticket` ADD `imported` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("CREATE INDEX `ix_ticket_contact_phone` ON `ticket` (`contactPhone`)");
    // The department a ticket was last escalated to, from the timeline.
    await queryRunner.query(
      "UPDATE `ticket` t SET t.`escalatedToId` = (SELECT e.`organisationId` FROM `ticket_event` e WHERE e.`ticketId` = t.`id` AND e.`type` = 'ESCALATED' ORDER BY e.`id` DESC LIMIT 1) WHERE EXISTS (SELECT 1 FROM `ticket_event` e2 WHERE e2.`ticketId` = t.`id` AND e2.`type` = 'ESCALATED')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_ticket_contact_phone` ON `ticket`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `imported`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `escalatedToId`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `recordedById`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `contactPhone`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `contactName`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `externalRef`");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `source`");
  }
}
