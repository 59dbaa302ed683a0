import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsVolunteer1796535381170 implements MigrationInterface {
  name = 'PointsVolunteer1796535381170';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `points_balance` (`userId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `balance` int NOT NULL DEFAULT '0', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), PRIMARY KEY (`userId`, `communityId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_entry` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NULL, `userId` varchar(36) NOT NULL, `delta` int NOT NULL, `balanceAfter` int NOT NULL, `reason` varchar(32) NOT NULL, `note` varchar(500) NULL, `referenceType` varchar(40) NULL, `referenceId` varchar(64) NULL, `ruleId` varchar(36) NULL, `ruleVersion` int NULL, `actorId` varchar(36) NULL, `idempotencyKey` varchar(191) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, INDEX `ix_points_entry_community` (`communityId`, `createdAt`), INDEX `ix_points_entry_user` (`communityId`, `userId`, `createdAt`), UNIQUE INDEX `ux_points_entry_key` (`idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_rule` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `event` varchar(32) NOT NULL, `version` int NOT NULL, `points` int NOT NULL, `dailyCap` int NULL, `monthlyCap` int NULL, `enabled` tinyint NOT NULL DEFAULT 1, `retiredAt` datetime(3) NULL, `note` varchar(300) NULL, `createdById` varchar(36) NULL, UNIQUE INDEX `ux_points_rule_version` (`communityId`, `event`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_reward` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `description` varchar(500) NULL, `cost` int NOT NULL, `stock` int NOT NULL, `perPersonLimit` int NULL, `active` tinyint NOT NULL DEFAULT 1, INDEX `ix_points_reward_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_redemption` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `rewardId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `cost` int NOT NULL, `status` varchar(16) NOT NULL, `pickupCode` varchar(8) NOT NULL, `handedOverAt` datetime(3) NULL, `handedOverById` varchar(36) NULL, `cancelledAt` datetime(3) NULL, INDEX `ix_points_redemption_user` (`userId`, `rewardId`), INDEX `ix_points_redemption_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_preference` (`userId` varchar(36) NOT NULL, `leaderboardOptOut` tinyint NOT NULL DEFAULT 0, PRIMARY KEY (`userId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_cursor` (`name` varchar(64) NOT NULL, `readUntil` datetime(3) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `volunteer_profile` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `userId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `skillTags` varchar(1000) NOT NULL, `availability` varchar(300) NULL, `partyMember` tinyint NOT NULL DEFAULT 0, `active` tinyint NOT NULL DEFAULT 1, `sourceTicketId` varchar(36) NULL, `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_volunteer_profile_community` (`communityId`, `createdAt`), UNIQUE INDEX `ux_volunteer_profile_user` (`userId`, `communityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `volunteer_activity` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `title` varchar(100) NOT NULL, `description` text NULL, `startsAt` datetime(3) NOT NULL, `endsAt` datetime(3) NOT NULL, `place` varchar(200) NOT NULL, `capacity` int NOT NULL, `organiserOrganisationId` varchar(36) NULL, `skillsWanted` varchar(1000) NOT NULL, `pointsPerHour` int NOT NULL DEFAULT '0', `signupDeadline` datetime(3) NOT NULL, `checkCode` varchar(8) NOT NULL, `signedUpCount` int NOT NULL DEFAULT '0', `lastPosition` int NOT NULL DEFAULT '0', `createdById` varchar(36) NULL, INDEX `ix_volunteer_activity_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `volunteer_signup` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `activityId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `position` int NOT NULL, `checkedInAt` datetime(3) NULL, `checkedOutAt` datetime(3) NULL, `recordedMinutes` int NULL, `approvedMinutes` int NULL, `hoursStatus` varchar(16) NOT NULL, `correctionReason` varchar(500) NULL, `approvedById` varchar(36) NULL, `approvedAt` datetime(3) NULL, `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_volunteer_signup_user` (`userId`, `createdAt`), INDEX `ix_volunteer_signup_list` (`activityId`, `status`, `position`), UNIQUE INDEX `ux_volunteer_signup_user` (`activityId`, `userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_volunteer_signup_user` ON `volunteer_signup`");
    await queryRunner.query("DROP INDEX `ix_volunteer_signup_list` ON `volunteer_signup`");
    await queryRunner.query("DROP INDEX `ix_volunteer_signup_user` ON `volunteer_signup`");
    await queryRunner.query("DROP TABLE `volunteer_signup`");
    await queryRunner.query("DROP INDEX `ix_volunteer_activity_community` ON `volunteer_activity`");
    await queryRunner.query("DROP TABLE `volunteer_activity`");
    await queryRunner.query("DROP INDEX `ux_volunteer_profile_user` ON `volunteer_profile`");
    await queryRunner.query("DROP INDEX `ix_volunteer_profile_community` ON `volunteer_profile`");
    await queryRunner.query("DROP TABLE `volunteer_profile`");
    await queryRunner.query("DROP TABLE `points_cursor`");
    await queryRunner.query("DROP TABLE `points_preference`");
    await queryRunner.query("DROP INDEX `ix_points_redemption_community` ON `points_redemption`");
    await queryRunner.query("DROP INDEX `ix_points_redemption_user` ON `points_redemption`");
    await queryRunner.query("DROP TABLE `points_redemption`");
    await queryRunner.query("DROP INDEX `ix_points_reward_community` ON `points_reward`");
    await queryRunner.query("DROP TABLE `points_reward`");
    await queryRunner.query("DROP INDEX `ux_points_rule_version` ON `points_rule`");
    await queryRunner.query("DROP TABLE `points_rule`");
    await queryRunner.query("DROP INDEX `ux_points_entry_key` ON `points_entry`");
    await queryRunner.query("DROP INDEX `ix_points_entry_user` ON `points_entry`");
    await queryRunner.query("DROP INDEX `ix_points_entry_community` ON `points_entry`");
    await queryRunner.query("DROP TABLE `points_entry`");
    await queryRunner.query("DROP TABLE `points_balance`");
  }
}
