import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff workbench sorts on a generated `pinned` column (open emergencies nobody
 * acknowledged) instead of a CASE no index serves, with indexes in its order (issue 21). The column is
 * virtual (added in place, no copy of the table); its indexes hold it for every existing ticket.
 */
export class TicketListPin1796569699209 implements MigrationInterface {
  name = 'TicketListPin1796569699209';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM keeps the expression of a generated column in its metadata table (the schema diff
    // reads it); the same definition as TypeORM's own, created here when no migration made it yet.
    await queryRunner.query("CREATE TABLE IF NOT EXISTS `typeorm_metadata` (`type` varchar(255) NOT NULL, `database` varchar(255) NULL, `schema` varchar(255) NULL, `table` varchar(255) NULL, `name` varchar(255) NULL, `value` text NULL) ENGINE=InnoDB");
    await queryRunner.query("DROP INDEX `ix_ticket_community_state` ON `ticket`");
    await queryRunner.query("ALTER TABLE `ticket` ADD `pinned` int AS (CASE WHEN priority = 'EMERGENCY' AND acknowledgedAt IS NULL AND state IN ('SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING') THEN 1 ELSE 0 END) VIRTUAL");
    await queryRunner.query("INSERT INTO `typeorm_metadata`(`database`, `schema`, `table`, `type`, `name`, `value`) VALUES (DEFAULT, DATABASE(), ?, ?, ?, ?)", ["ticket","GENERATED_COLUMN","pinned","CASE WHEN priority = 'EMERGENCY' AND acknowledgedAt IS NULL AND state IN ('SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING') THEN 1 ELSE 0 END"]);
    await queryRunner.query("CREATE INDEX `ix_ticket_street_list` ON `ticket` (`streetId`, `pinned`, `createdAt`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_ticket_community_list` ON `ticket` (`communityId`, `pinned`, `createdAt`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_ticket_community_state` ON `ticket` (`communityId`, `state`, `pinned`, `createdAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_ticket_community_state` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_community_list` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_street_list` ON `ticket`");
    await queryRunner.query("DELETE FROM `typeorm_metadata` WHERE `type` = ? AND `name` = ? AND `schema` = DATABASE() AND `table` = ?", ["GENERATED_COLUMN","pinned","ticket"]);
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `pinned`");
    await queryRunner.query("CREATE INDEX `ix_ticket_community_state` ON `ticket` (`communityId`, `state`)");
  }
}
