import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Vote1796534864956 implements MigrationInterface {
  name = 'Vote1796534864956';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `vote_unit` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `householdId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `areaCentiM2` int NOT NULL, `ownerUserId` varchar(36) NULL, `ownerRef` varchar(64) NULL, `ownerName` varchar(50) NULL, `developerHeld` tinyint NOT NULL DEFAULT 0, `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_vote_unit_estate` (`estateId`), UNIQUE INDEX `uq_vote_unit_household` (`householdId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `vote` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `title` varchar(100) NOT NULL, `organiser` varchar(20) NOT NULL, `status` varchar(10) NOT NULL, `opensAt` datetime(3) NOT NULL, `closesAt` datetime(3) NOT NULL, `openBallots` tinyint NOT NULL DEFAULT 0, `totalArea` int NULL, `totalOwners` int NULL, `openedAt` datetime(3) NULL, `closedAt` datetime(3) NULL, `result` text NULL, `publishedAt` datetime(3) NULL, `createdById` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_vote_status_closes` (`status`, `closesAt`), INDEX `ix_vote_estate` (`estateId`, `createdAt`), INDEX `ix_vote_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `vote_matter` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `voteId` varchar(36) NOT NULL, `position` int NOT NULL, `kind` varchar(10) NOT NULL, `title` varchar(100) NOT NULL, `text` text NOT NULL, `attachmentFileIds` text NOT NULL, INDEX `ix_vote_matter_vote` (`voteId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `vote_voter` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `voteId` varchar(36) NOT NULL, `ownerKey` varchar(80) NOT NULL, `userId` varchar(36) NULL, `ownerName` varchar(50) NULL, `developer` tinyint NOT NULL DEFAULT 0, `areaCentiM2` int NOT NULL, `unitCount` int NOT NULL, `householdIds` text NOT NULL, `position` int NOT NULL, INDEX `ix_vote_voter_user` (`userId`, `voteId`), UNIQUE INDEX `uq_vote_voter_owner` (`voteId`, `ownerKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `vote_ballot` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `voteId` varchar(36) NOT NULL, `voterId` varchar(36) NOT NULL, `channel` varchar(10) NOT NULL, `enteredById` varchar(36) NULL, `scanFileId` varchar(36) NULL, `revision` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_vote_ballot_voter` (`voteId`, `voterId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `vote_choice` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `voteId` varchar(36) NOT NULL, `ballotId` varchar(36) NOT NULL, `voterId` varchar(36) NOT NULL, `matterId` varchar(36) NOT NULL, `choice` varchar(10) NOT NULL, INDEX `ix_vote_choice_vote` (`voteId`, `matterId`), UNIQUE INDEX `uq_vote_choice_ballot_matter` (`ballotId`, `matterId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `vote_ballot_revision` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `voteId` varchar(36) NOT NULL, `ballotId` varchar(36) NOT NULL, `voterId` varchar(36) NOT NULL, `revision` int NOT NULL, `choices` text NOT NULL, `channel` varchar(10) NOT NULL, `enteredById` varchar(36) NULL, `scanFileId` varchar(36) NULL, UNIQUE INDEX `uq_vote_ballot_revision` (`ballotId`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `vote_unit` ADD CONSTRAINT `FK_2da31be0c64c281af81e6006cec` FOREIGN KEY (`householdId`) REFERENCES `household`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `vote_matter` ADD CONSTRAINT `FK_5314a356f7c588a3ba1fa3efa3d` FOREIGN KEY (`voteId`) REFERENCES `vote`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `vote_voter` ADD CONSTRAINT `FK_1093e64c3067d0ce01eaed149d2` FOREIGN KEY (`voteId`) REFERENCES `vote`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `vote_ballot` ADD CONSTRAINT `FK_19ecd0e3356f05de8379ea6732a` FOREIGN KEY (`voteId`) REFERENCES `vote`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `vote_ballot` ADD CONSTRAINT `FK_2c09c86652dc3eac560279f4069` FOREIGN KEY (`voterId`) REFERENCES `vote_voter`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `vote_choice` ADD CONSTRAINT `FK_f7272c8d67eec90d400b8ec1700` FOREIGN KEY (`ballotId`) REFERENCES `vote_ballot`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `vote_ballot_revision` ADD CONSTRAINT `FK_a459c6ac514e71ffe5268cea2d7` FOREIGN KEY (`ballotId`) REFERENCES `vote_ballot`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `vote_ballot_revision` DROP FOREIGN KEY `FK_a459c6ac514e71ffe5268cea2d7`");
    await queryRunner.query("ALTER TABLE `vote_choice` DROP FOREIGN KEY `FK_f7272c8d67eec90d400b8ec1700`");
    await queryRunner.query("ALTER TABLE `vote_ballot` DROP FOREIGN KEY `FK_2c09c86652dc3eac560279f4069`");
    await queryRunner.query("ALTER TABLE `vote_ballot` DROP FOREIGN KEY `FK_19ecd0e3356f05de8379ea6732a`");
    await queryRunner.query("ALTER TABLE `vote_voter` DROP FOREIGN KEY `FK_1093e64c3067d0ce01eaed149d2`");
    await queryRunner.query("ALTER TABLE `vote_matter` DROP FOREIGN KEY `FK_5314a356f7c588a3ba1fa3efa3d`");
    await queryRunner.query("ALTER TABLE `vote_unit` DROP FOREIGN KEY `FK_2da31be0c64c281af81e6006cec`");
    await queryRunner.query("DROP INDEX `uq_vote_ballot_revision` ON `vote_ballot_revision`");
    await queryRunner.query("DROP TABLE `vote_ballot_revision`");
    await queryRunner.query("DROP INDEX `uq_vote_choice_ballot_matter` ON `vote_choice`");
    await queryRunner.query("DROP INDEX `ix_vote_choice_vote` ON `vote_choice`");
    await queryRunner.query("DROP TABLE `vote_choice`");
    await queryRunner.query("DROP INDEX `uq_vote_ballot_voter` ON `vote_ballot`");
    await queryRunner.query("DROP TABLE `vote_ballot`");
    await queryRunner.query("DROP INDEX `uq_vote_voter_owner` ON `vote_voter`");
    await queryRunner.query("DROP INDEX `ix_vote_voter_user` ON `vote_voter`");
    await queryRunner.query("DROP TABLE `vote_voter`");
    await queryRunner.query("DROP INDEX `ix_vote_matter_vote` ON `vote_matter`");
    await queryRunner.query("DROP TABLE `vote_matter`");
    await queryRunner.query("DROP INDEX `ix_vote_community` ON `vote`");
    await queryRunner.query("DROP INDEX `ix_vote_estate` ON `vote`");
    await queryRunner.query("DROP INDEX `ix_vote_status_closes` ON `vote`");
    await queryRunner.query("DROP TABLE `vote`");
    await queryRunner.query("DROP INDEX `uq_vote_unit_household` ON `vote_unit`");
    await queryRunner.query("DROP INDEX `ix_vote_unit_estate` ON `vote_unit`");
    await queryRunner.query("DROP TABLE `vote_unit`");
  }
}
