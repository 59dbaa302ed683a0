import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Publication1796534664009 implements MigrationInterface {
  name = 'Publication1796534664009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `committee_member` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `organisationId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `name` varchar(50) NOT NULL, `term` int NOT NULL, `post` varchar(20) NOT NULL, `startOn` varchar(10) NOT NULL, `endOn` varchar(10) NULL, `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_committee_member_org` (`organisationId`, `term`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `committee_resolution` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `organisationId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `meetingOn` varchar(10) NOT NULL, `subject` varchar(200) NOT NULL, `body` text NOT NULL, `votesFor` int NOT NULL, `votesAgainst` int NOT NULL, `votesAbstain` int NOT NULL, `areaFor` int NOT NULL, `areaAgainst` int NOT NULL, `areaAbstain` int NOT NULL, `attachmentFileIds` text NOT NULL, `publicationId` varchar(36) NULL, `createdById` varchar(36) NULL, INDEX `ix_committee_resolution_org` (`organisationId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `publication` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `channel` varchar(24) NOT NULL, `kind` varchar(24) NULL, `scope` varchar(12) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NULL, `estateId` varchar(36) NULL, `publisherKind` varchar(16) NOT NULL, `publisherOrganisationId` varchar(36) NULL, `title` varchar(200) NOT NULL, `body` text NOT NULL, `coverFileId` varchar(36) NULL, `attachmentFileIds` text NOT NULL, `pinned` tinyint NOT NULL DEFAULT 0, `status` varchar(12) NOT NULL, `publishAt` datetime(3) NULL, `publishedAt` datetime(3) NULL, `sortAt` datetime(3) NOT NULL, `revisionNumber` int NOT NULL DEFAULT '0', `withdrawnAt` datetime(3) NULL, `withdrawnById` varchar(36) NULL, `withdrawalReason` varchar(500) NULL, `viewCount` int NOT NULL DEFAULT '0', `authorId` varchar(36) NULL, `sourceType` varchar(40) NULL, `sourceId` varchar(36) NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_publication_source` (`sourceType`, `sourceId`), INDEX `ix_publication_due` (`status`, `publishAt`), INDEX `ix_publication_estate` (`estateId`, `status`, `sortAt`), INDEX `ix_publication_community` (`communityId`, `status`, `sortAt`), INDEX `ix_publication_street` (`streetId`, `status`, `sortAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `publication_revision` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `publicationId` varchar(36) NOT NULL, `number` int NOT NULL, `title` varchar(200) NOT NULL, `body` text NOT NULL, `changeNote` varchar(500) NULL, `coverFileId` varchar(36) NULL, `attachmentFileIds` text NOT NULL, `publishedById` varchar(36) NULL, UNIQUE INDEX `uq_publication_revision` (`publicationId`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `publication_view` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `publicationId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, UNIQUE INDEX `uq_publication_view` (`publicationId`, `userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `publication_visit` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `userId` varchar(36) NOT NULL, `channel` varchar(24) NOT NULL, `visitedAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_publication_visit` (`userId`, `channel`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_publication_visit` ON `publication_visit`");
    await queryRunner.query("DROP TABLE `publication_visit`");
    await queryRunner.query("DROP INDEX `uq_publication_view` ON `publication_view`");
    await queryRunner.query("DROP TABLE `publication_view`");
    await queryRunner.query("DROP INDEX `uq_publication_revision` ON `publication_revision`");
    await queryRunner.query("DROP TABLE `publication_revision`");
    await queryRunner.query("DROP INDEX `ix_publication_street` ON `publication`");
    await queryRunner.query("DROP INDEX `ix_publication_community` ON `publication`");
    await queryRunner.query("DROP INDEX `ix_publication_estate` ON `publication`");
    await queryRunner.query("DROP INDEX `ix_publication_due` ON `publication`");
    await queryRunner.query("DROP INDEX `uq_publication_source` ON `publication`");
    await queryRunner.query("DROP TABLE `publication`");
    await queryRunner.query("DROP INDEX `ix_committee_resolution_org` ON `committee_resolution`");
    await queryRunner.query("DROP TABLE `committee_resolution`");
    await queryRunner.query("DROP INDEX `ix_committee_member_org` ON `committee_member`");
    await queryRunner.query("DROP TABLE `committee_member`");
  }
}
