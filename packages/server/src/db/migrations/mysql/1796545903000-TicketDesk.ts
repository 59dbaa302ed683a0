import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketDesk1796545903000 implements MigrationInterface {
  name = 'TicketDesk1796545903000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `ticket_routing_rule` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `categoryId` varchar(36) NOT NULL, `estateId` varchar(36) NULL, `organisationIds` text NOT NULL, `autoRoute` tinyint NOT NULL DEFAULT 0, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_ticket_routing_rule_community` (`communityId`, `categoryId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_supervision` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `ticketId` varchar(36) NOT NULL, `assignmentId` varchar(36) NOT NULL, `organisationId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `issuedById` varchar(36) NOT NULL, `note` text NOT NULL, `previousDueAt` datetime(3) NOT NULL, `newDueAt` datetime(3) NOT NULL, INDEX `ix_ticket_supervision_community` (`communityId`, `createdAt`), INDEX `ix_ticket_supervision_org` (`organisationId`, `createdAt`), INDEX `ix_ticket_supervision_ticket` (`ticketId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_desk_setting` (`communityId` varchar(36) NOT NULL, `emergencyHours` int NOT NULL DEFAULT '2', `acknowledgeHours` int NOT NULL DEFAULT '4', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), PRIMARY KEY (`communityId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `ticket_routing_rule` ADD CONSTRAINT `FK_7b59630601e6229ca43fb6b888c` FOREIGN KEY (`communityId`) REFERENCES `community`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket_routing_rule` ADD CONSTRAINT `FK_7e59dd80a03337e2555f2635b8b` FOREIGN KEY (`categoryId`) REFERENCES `ticket_category`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket_supervision` ADD CONSTRAINT `FK_20c8df471a7b0458f18d65e85c9` FOREIGN KEY (`ticketId`) REFERENCES `ticket`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket_supervision` DROP FOREIGN KEY `FK_20c8df471a7b0458f18d65e85c9`");
    await queryRunner.query("ALTER TABLE `ticket_routing_rule` DROP FOREIGN KEY `FK_7e59dd80a03337e2555f2635b8b`");
    await queryRunner.query("ALTER TABLE `ticket_routing_rule` DROP FOREIGN KEY `FK_7b59630601e6229ca43fb6b888c`");
    await queryRunner.query("DROP TABLE `ticket_desk_setting`");
    await queryRunner.query("DROP INDEX `ix_ticket_supervision_ticket` ON `ticket_supervision`");
    await queryRunner.query("DROP INDEX `ix_ticket_supervision_org` ON `ticket_supervision`");
    await queryRunner.query("DROP INDEX `ix_ticket_supervision_community` ON `ticket_supervision`");
    await queryRunner.query("DROP TABLE `ticket_supervision`");
    await queryRunner.query("DROP INDEX `ix_ticket_routing_rule_community` ON `ticket_routing_rule`");
    await queryRunner.query("DROP TABLE `ticket_routing_rule`");
  }
}
