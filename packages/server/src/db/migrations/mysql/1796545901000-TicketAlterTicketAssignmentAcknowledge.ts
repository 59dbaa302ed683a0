import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketAlterTicketAssignmentAcknowledge1796545901000 implements MigrationInterface {
  name = 'TicketAlterTicketAssignmentAcknowledge1796545901000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket_assignment` ADD `assignedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `ticket_assignment` ADD `acknowledgedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `ticket_assignment` ADD `acknowledgedById` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `ticket_assignment` ADD `ackFlaggedAt` datetime(3) NULL");
    await queryRunner.query("CREATE INDEX `ix_ticket_assignment_ack` ON `ticket_assignment` (`state`, `acknowledgedAt`, `ackFlaggedAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_ticket_assignment_ack` ON `ticket_assignment`");
    await queryRunner.query("ALTER TABLE `ticket_assignment` DROP COLUMN `ackFlaggedAt`");
    await queryRunner.query("ALTER TABLE `ticket_assignment` DROP COLUMN `acknowledgedById`");
    await queryRunner.query("ALTER TABLE `ticket_assignment` DROP COLUMN `acknowledgedAt`");
    await queryRunner.query("ALTER TABLE `ticket_assignment` DROP COLUMN `assignedAt`");
  }
}
