import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795891674586 implements MigrationInterface {
  name = 'Tickets1795891674586';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `job_run` (`job` varchar(60) NOT NULL, `period` varchar(20) NOT NULL, `startedAt` datetime NOT NULL, PRIMARY KEY (`job`, `period`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `userId` varchar(36) NOT NULL, `type` varchar(40) NOT NULL, `title` varchar(200) NOT NULL, `body` text NULL, `ticketId` varchar(36) NULL, `communityId` varchar(36) NULL, `readAt` datetime NULL, INDEX `ix_notification_user_read` (`userId`, `readAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_category` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `communityId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `code` varchar(40) NOT NULL, `nameZh` varchar(50) NOT NULL, `nameEn` varchar(80) NOT NULL, `defaultOrgKind` varchar(32) NOT NULL, `replyDays` int NOT NULL DEFAULT '3', `resolveDays` int NOT NULL DEFAULT '15', `active` tinyint NOT NULL DEFAULT 1, `sortOrder` int NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_ticket_category_code` (`communityId`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NULL, `buildingId` varchar(36) NULL, `categoryId` varchar(36) NOT NULL, `submitterId` varchar(36) NOT NULL, `title` varchar(100) NOT NULL, `body` text NOT NULL, `locationText` varchar(200) NULL, `anonymous` tinyint NOT NULL DEFAULT 0, `state` varchar(16) NOT NULL, `version` int NOT NULL DEFAULT '1', `idempotencyKey` varchar(64) NOT NULL, `mergedIntoId` varchar(36) NULL, `acceptedAt` datetime NULL, `firstRepliedAt` datetime NULL, `resolvedAt` datetime NULL, `replyDueAt` datetime NULL, `resolveDueAt` datetime NULL, `dueCovered` tinyint NOT NULL DEFAULT 1, `rating` int NULL, `ratingComment` varchar(500) NULL, `reopenCount` int NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_ticket_reply_due` (`state`, `replyDueAt`), INDEX `ix_ticket_submitter` (`submitterId`), INDEX `ix_ticket_estate` (`estateId`), INDEX `ix_ticket_community_state` (`communityId`, `state`), UNIQUE INDEX `uq_ticket_idempotency` (`submitterId`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_assignment` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `ticketId` varchar(36) NOT NULL, `organisationId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `replyDueAt` datetime NOT NULL, `dueCovered` tinyint NOT NULL DEFAULT 1, `repliedAt` datetime NULL, `nearDueNotifiedAt` datetime NULL, `overdueNotifiedAt` datetime NULL, INDEX `ix_ticket_assignment_due` (`state`, `replyDueAt`), INDEX `ix_ticket_assignment_org` (`organisationId`, `state`), UNIQUE INDEX `uq_ticket_assignment` (`ticketId`, `organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_event` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `ticketId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `type` varchar(32) NOT NULL, `fromState` varchar(16) NULL, `toState` varchar(16) NULL, `actorId` varchar(36) NULL, `actorRole` varchar(32) NULL, `organisationId` varchar(36) NULL, `note` text NULL, `isPublic` tinyint NOT NULL DEFAULT 1, `relatedTicketId` varchar(36) NULL, INDEX `ix_ticket_event_community_type` (`communityId`, `type`, `createdAt`), INDEX `ix_ticket_event_ticket` (`ticketId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `notification` ADD CONSTRAINT `FK_1ced25315eb974b73391fb1c81b` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket_category` ADD CONSTRAINT `FK_ec758b687ca1297837285813f57` FOREIGN KEY (`communityId`) REFERENCES `community`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket` ADD CONSTRAINT `FK_ad2017cbc1222629e86384a1929` FOREIGN KEY (`communityId`) REFERENCES `community`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket` ADD CONSTRAINT `FK_ffa1e18b27ae5dfb0988873354a` FOREIGN KEY (`categoryId`) REFERENCES `ticket_category`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket` ADD CONSTRAINT `FK_ff63989027d3b8a258b90ea4b96` FOREIGN KEY (`submitterId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket_assignment` ADD CONSTRAINT `FK_c9cf7aae8ec47e84c5f13693e1d` FOREIGN KEY (`ticketId`) REFERENCES `ticket`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket_assignment` ADD CONSTRAINT `FK_15fa8f2dac11ab8f869be86a90d` FOREIGN KEY (`organisationId`) REFERENCES `organisation`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ticket_event` ADD CONSTRAINT `FK_52ad15979fca7c3e0e008a51ba2` FOREIGN KEY (`ticketId`) REFERENCES `ticket`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ticket_event` DROP FOREIGN KEY `FK_52ad15979fca7c3e0e008a51ba2`");
    await queryRunner.query("ALTER TABLE `ticket_assignment` DROP FOREIGN KEY `FK_15fa8f2dac11ab8f869be86a90d`");
    await queryRunner.query("ALTER TABLE `ticket_assignment` DROP FOREIGN KEY `FK_c9cf7aae8ec47e84c5f13693e1d`");
    await queryRunner.query("ALTER TABLE `ticket` DROP FOREIGN KEY `FK_ff63989027d3b8a258b90ea4b96`");
    await queryRunner.query("ALTER TABLE `ticket` DROP FOREIGN KEY `FK_ffa1e18b27ae5dfb0988873354a`");
    await queryRunner.query("ALTER TABLE `ticket` DROP FOREIGN KEY `FK_ad2017cbc1222629e86384a1929`");
    await queryRunner.query("ALTER TABLE `ticket_category` DROP FOREIGN KEY `FK_ec758b687ca1297837285813f57`");
    await queryRunner.query("ALTER TABLE `notification` DROP FOREIGN KEY `FK_1ced25315eb974b73391fb1c81b`");
    await queryRunner.query("DROP INDEX `ix_ticket_event_ticket` ON `ticket_event`");
    await queryRunner.query("DROP INDEX `ix_ticket_event_community_type` ON `ticket_event`");
    await queryRunner.query("DROP TABLE `ticket_event`");
    await queryRunner.query("DROP INDEX `uq_ticket_assignment` ON `ticket_assignment`");
    await queryRunner.query("DROP INDEX `ix_ticket_assignment_org` ON `ticket_assignment`");
    await queryRunner.query("DROP INDEX `ix_ticket_assignment_due` ON `ticket_assignment`");
    await queryRunner.query("DROP TABLE `ticket_assignment`");
    await queryRunner.query("DROP INDEX `uq_ticket_idempotency` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_community_state` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_estate` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_submitter` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_reply_due` ON `ticket`");
    await queryRunner.query("DROP TABLE `ticket`");
    await queryRunner.query("DROP INDEX `uq_ticket_category_code` ON `ticket_category`");
    await queryRunner.query("DROP TABLE `ticket_category`");
    await queryRunner.query("DROP INDEX `ix_notification_user_read` ON `notification`");
    await queryRunner.query("DROP TABLE `notification`");
    await queryRunner.query("DROP TABLE `job_run`");
  }
}
