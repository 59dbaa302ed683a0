import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795890912994 implements MigrationInterface {
  name = 'Init1795890912994';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_log` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `actorId` varchar(36) NULL, `actorRole` varchar(32) NULL, `scopeKind` varchar(16) NULL, `scopeId` varchar(36) NULL, `streetId` varchar(36) NULL, `communityId` varchar(36) NULL, `operation` varchar(80) NOT NULL, `targetType` varchar(40) NOT NULL, `targetId` varchar(36) NULL, `summary` text NOT NULL, `requestId` varchar(64) NULL, `ip` varchar(64) NULL, INDEX `ix_audit_target` (`targetType`, `targetId`), INDEX `ix_audit_actor` (`actorId`), INDEX `ix_audit_community_created` (`communityId`, `createdAt`), INDEX `ix_audit_street_created` (`streetId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `street` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `name` varchar(100) NOT NULL, `district` varchar(100) NOT NULL, `archivedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_street_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `community` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `streetId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `address` varchar(200) NULL, `archivedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_community_street_name` (`streetId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `estate` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `address` varchar(200) NULL, `archivedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_estate_street` (`streetId`), UNIQUE INDEX `uq_estate_community_name` (`communityId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `building` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `name` varchar(50) NOT NULL, `archivedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_building_community` (`communityId`), UNIQUE INDEX `uq_building_estate_name` (`estateId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `household` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `buildingId` varchar(36) NOT NULL, `unit` varchar(20) NOT NULL, `room` varchar(20) NOT NULL, `archivedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_household_community` (`communityId`), INDEX `ix_household_estate` (`estateId`), UNIQUE INDEX `uq_household_building_unit_room` (`buildingId`, `unit`, `room`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `phone` varchar(20) NOT NULL, `passwordHash` varchar(255) NOT NULL, `displayName` varchar(50) NOT NULL, `isPartyMember` tinyint NOT NULL DEFAULT 0, `disabledAt` datetime NULL, `tokenVersion` int NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_8e1f623798118e629b46a9e629` (`phone`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `household_binding` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `userId` varchar(36) NOT NULL, `householdId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `relation` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `reason` varchar(200) NULL, `reviewedById` varchar(36) NULL, `reviewedAt` datetime NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_binding_community_status` (`communityId`, `status`), INDEX `ix_binding_household` (`householdId`), INDEX `ix_binding_user` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `login_throttle` (`key` varchar(100) NOT NULL, `failures` int NOT NULL DEFAULT '0', `windowStartedAt` datetime NOT NULL, `nextAttemptAt` datetime NULL, `lockedUntil` datetime NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `membership` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `userId` varchar(36) NOT NULL, `role` varchar(32) NOT NULL, `scopeKind` varchar(16) NOT NULL, `scopeId` varchar(36) NULL, `streetId` varchar(36) NULL, `communityId` varchar(36) NULL, `estateId` varchar(36) NULL, `organisationId` varchar(36) NULL, `grantedById` varchar(36) NULL, `revokedAt` datetime NULL, `revokedById` varchar(36) NULL, INDEX `ix_membership_scope` (`scopeKind`, `scopeId`), INDEX `ix_membership_user` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `userId` varchar(36) NOT NULL, `familyId` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `expiresAt` datetime NOT NULL, `usedAt` datetime NULL, `revokedAt` datetime NULL, `userAgent` varchar(200) NULL, `ip` varchar(64) NULL, INDEX `ix_session_user` (`userId`), INDEX `ix_session_family` (`familyId`), UNIQUE INDEX `uq_session_token_hash` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `organisation` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `kind` varchar(32) NOT NULL, `name` varchar(100) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NULL, `estateId` varchar(36) NULL, `contact` varchar(200) NULL, `archivedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_organisation_community` (`communityId`), INDEX `ix_organisation_street` (`streetId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `organisation_estate` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `organisationId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, INDEX `ix_organisation_estate_estate` (`estateId`), UNIQUE INDEX `uq_organisation_estate` (`organisationId`, `estateId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `community` ADD CONSTRAINT `FK_3b34cbe8c7e759e88af1266a2e6` FOREIGN KEY (`streetId`) REFERENCES `street`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `estate` ADD CONSTRAINT `FK_05464db04c3211c1870045cbb1d` FOREIGN KEY (`streetId`) REFERENCES `street`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `estate` ADD CONSTRAINT `FK_870b760e4bee2472ef5e4ad807a` FOREIGN KEY (`communityId`) REFERENCES `community`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `building` ADD CONSTRAINT `FK_dd32095f57225ebc4c62372da97` FOREIGN KEY (`estateId`) REFERENCES `estate`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `household` ADD CONSTRAINT `FK_ac264dc16fbcde0c4958d315d02` FOREIGN KEY (`buildingId`) REFERENCES `building`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `household_binding` ADD CONSTRAINT `FK_2e5ea07c30483832971ea6d89b7` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `household_binding` ADD CONSTRAINT `FK_5467266eeeec2ad9e3eb385a502` FOREIGN KEY (`householdId`) REFERENCES `household`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `membership` ADD CONSTRAINT `FK_eef2d9d9c70cd13bed868afedf4` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session` ADD CONSTRAINT `FK_3d2f174ef04fb312fdebd0ddc53` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organisation` ADD CONSTRAINT `FK_c3313ccb5550e405425da2f3682` FOREIGN KEY (`streetId`) REFERENCES `street`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organisation` ADD CONSTRAINT `FK_7b8be28418d5d1dde96b6e12726` FOREIGN KEY (`communityId`) REFERENCES `community`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organisation` ADD CONSTRAINT `FK_a0a044baf0cea5d2742e0daefcf` FOREIGN KEY (`estateId`) REFERENCES `estate`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organisation_estate` ADD CONSTRAINT `FK_19f33e61a53ed8c431576bc4575` FOREIGN KEY (`organisationId`) REFERENCES `organisation`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organisation_estate` ADD CONSTRAINT `FK_21c7f33787b266b08b8fcb51279` FOREIGN KEY (`estateId`) REFERENCES `estate`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `organisation_estate` DROP FOREIGN KEY `FK_21c7f33787b266b08b8fcb51279`");
    await queryRunner.query("ALTER TABLE `organisation_estate` DROP FOREIGN KEY `FK_19f33e61a53ed8c431576bc4575`");
    await queryRunner.query("ALTER TABLE `organisation` DROP FOREIGN KEY `FK_a0a044baf0cea5d2742e0daefcf`");
    await queryRunner.query("ALTER TABLE `organisation` DROP FOREIGN KEY `FK_7b8be28418d5d1dde96b6e12726`");
    await queryRunner.query("ALTER TABLE `organisation` DROP FOREIGN KEY `FK_c3313ccb5550e405425da2f3682`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_3d2f174ef04fb312fdebd0ddc53`");
    await queryRunner.query("ALTER TABLE `membership` DROP FOREIGN KEY `FK_eef2d9d9c70cd13bed868afedf4`");
    await queryRunner.query("ALTER TABLE `household_binding` DROP FOREIGN KEY `FK_5467266eeeec2ad9e3eb385a502`");
    await queryRunner.query("ALTER TABLE `household_binding` DROP FOREIGN KEY `FK_2e5ea07c30483832971ea6d89b7`");
    await queryRunner.query("ALTER TABLE `household` DROP FOREIGN KEY `FK_ac264dc16fbcde0c4958d315d02`");
    await queryRunner.query("ALTER TABLE `building` DROP FOREIGN KEY `FK_dd32095f57225ebc4c62372da97`");
    await queryRunner.query("ALTER TABLE `estate` DROP FOREIGN KEY `FK_870b760e4bee2472ef5e4ad807a`");
    await queryRunner.query("ALTER TABLE `estate` DROP FOREIGN KEY `FK_05464db04c3211c1870045cbb1d`");
    await queryRunner.query("ALTER TABLE `community` DROP FOREIGN KEY `FK_3b34cbe8c7e759e88af1266a2e6`");
    await queryRunner.query("DROP INDEX `uq_organisation_estate` ON `organisation_estate`");
    await queryRunner.query("DROP INDEX `ix_organisation_estate_estate` ON `organisation_estate`");
    await queryRunner.query("DROP TABLE `organisation_estate`");
    await queryRunner.query("DROP INDEX `ix_organisation_street` ON `organisation`");
    await queryRunner.query("DROP INDEX `ix_organisation_community` ON `organisation`");
    await queryRunner.query("DROP TABLE `organisation`");
    await queryRunner.query("DROP INDEX `uq_session_token_hash` ON `session`");
    await queryRunner.query("DROP INDEX `ix_session_family` ON `session`");
    await queryRunner.query("DROP INDEX `ix_session_user` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP INDEX `ix_membership_user` ON `membership`");
    await queryRunner.query("DROP INDEX `ix_membership_scope` ON `membership`");
    await queryRunner.query("DROP TABLE `membership`");
    await queryRunner.query("DROP TABLE `login_throttle`");
    await queryRunner.query("DROP INDEX `ix_binding_user` ON `household_binding`");
    await queryRunner.query("DROP INDEX `ix_binding_household` ON `household_binding`");
    await queryRunner.query("DROP INDEX `ix_binding_community_status` ON `household_binding`");
    await queryRunner.query("DROP TABLE `household_binding`");
    await queryRunner.query("DROP INDEX `IDX_8e1f623798118e629b46a9e629` ON `user`");
    await queryRunner.query("DROP TABLE `user`");
    await queryRunner.query("DROP INDEX `uq_household_building_unit_room` ON `household`");
    await queryRunner.query("DROP INDEX `ix_household_estate` ON `household`");
    await queryRunner.query("DROP INDEX `ix_household_community` ON `household`");
    await queryRunner.query("DROP TABLE `household`");
    await queryRunner.query("DROP INDEX `uq_building_estate_name` ON `building`");
    await queryRunner.query("DROP INDEX `ix_building_community` ON `building`");
    await queryRunner.query("DROP TABLE `building`");
    await queryRunner.query("DROP INDEX `uq_estate_community_name` ON `estate`");
    await queryRunner.query("DROP INDEX `ix_estate_street` ON `estate`");
    await queryRunner.query("DROP TABLE `estate`");
    await queryRunner.query("DROP INDEX `uq_community_street_name` ON `community`");
    await queryRunner.query("DROP TABLE `community`");
    await queryRunner.query("DROP INDEX `uq_street_name` ON `street`");
    await queryRunner.query("DROP TABLE `street`");
    await queryRunner.query("DROP INDEX `ix_audit_street_created` ON `audit_log`");
    await queryRunner.query("DROP INDEX `ix_audit_community_created` ON `audit_log`");
    await queryRunner.query("DROP INDEX `ix_audit_actor` ON `audit_log`");
    await queryRunner.query("DROP INDEX `ix_audit_target` ON `audit_log`");
    await queryRunner.query("DROP TABLE `audit_log`");
  }
}
