import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Board1796546140137 implements MigrationInterface {
  name = 'Board1796546140137';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `board_setting` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `blockedWords` text NOT NULL, `dailyTicketLimit` int NULL, `autoCloseDays` int NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_board_setting_community` (`communityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_me_too` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `ticketId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, UNIQUE INDEX `uq_ticket_me_too` (`ticketId`, `userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_follow` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `ticketId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, UNIQUE INDEX `uq_ticket_follow` (`ticketId`, `userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_report` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `ticketId` varchar(36) NOT NULL, `reporterId` varchar(36) NOT NULL, `reason` varchar(500) NOT NULL, `state` varchar(16) NOT NULL, `handledAt` datetime(3) NULL, `handledById` varchar(36) NULL, INDEX `ix_ticket_report_community` (`communityId`, `state`, `createdAt`), UNIQUE INDEX `uq_ticket_report` (`ticketId`, `reporterId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_hidden_part` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `ticketId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `part` varchar(16) NOT NULL, `reason` varchar(500) NOT NULL, `hiddenById` varchar(36) NOT NULL, UNIQUE INDEX `uq_ticket_hidden_part` (`ticketId`, `part`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_callback` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `ticketId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `reached` tinyint NOT NULL DEFAULT 0, `satisfaction` varchar(24) NULL, `note` varchar(500) NULL, `reopened` tinyint NOT NULL DEFAULT 0, `staffId` varchar(36) NOT NULL, INDEX `ix_ticket_callback_ticket` (`ticketId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ticket_closure` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `ticketId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, UNIQUE INDEX `uq_ticket_closure` (`ticketId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reply_template` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `categoryId` varchar(36) NULL, `title` varchar(100) NOT NULL, `body` varchar(2000) NOT NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_reply_template_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_reply_template_community` ON `reply_template`");
    await queryRunner.query("DROP TABLE `reply_template`");
    await queryRunner.query("DROP INDEX `uq_ticket_closure` ON `ticket_closure`");
    await queryRunner.query("DROP TABLE `ticket_closure`");
    await queryRunner.query("DROP INDEX `ix_ticket_callback_ticket` ON `ticket_callback`");
    await queryRunner.query("DROP TABLE `ticket_callback`");
    await queryRunner.query("DROP INDEX `uq_ticket_hidden_part` ON `ticket_hidden_part`");
    await queryRunner.query("DROP TABLE `ticket_hidden_part`");
    await queryRunner.query("DROP INDEX `uq_ticket_report` ON `ticket_report`");
    await queryRunner.query("DROP INDEX `ix_ticket_report_community` ON `ticket_report`");
    await queryRunner.query("DROP TABLE `ticket_report`");
    await queryRunner.query("DROP INDEX `uq_ticket_follow` ON `ticket_follow`");
    await queryRunner.query("DROP TABLE `ticket_follow`");
    await queryRunner.query("DROP INDEX `uq_ticket_me_too` ON `ticket_me_too`");
    await queryRunner.query("DROP TABLE `ticket_me_too`");
    await queryRunner.query("DROP INDEX `uq_board_setting_community` ON `board_setting`");
    await queryRunner.query("DROP TABLE `board_setting`");
  }
}
