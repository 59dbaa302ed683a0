import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meeting1796534683024 implements MigrationInterface {
  name = 'Meeting1796534683024';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `meeting` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `title` varchar(100) NOT NULL, `kind` varchar(24) NOT NULL, `startsAt` datetime(3) NOT NULL, `endsAt` datetime(3) NOT NULL, `place` varchar(200) NULL, `onlineUrl` varchar(500) NULL, `state` varchar(16) NOT NULL, `cancelReason` varchar(500) NULL, `hostOrganisationId` varchar(36) NULL, `hostUserId` varchar(36) NULL, `openToResidents` tinyint NOT NULL DEFAULT 0, `residentCapacity` int NOT NULL DEFAULT '0', `registeredCount` int NOT NULL DEFAULT '0', `checkInCode` varchar(16) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `minutesHtml` text NULL, `minutesState` varchar(16) NOT NULL DEFAULT 'NONE', `minutesPublishedAt` datetime(3) NULL, `heldAt` datetime(3) NULL, `remindedAt` datetime(3) NULL, `createdById` varchar(36) NOT NULL, UNIQUE INDEX `uq_meeting_check_in_code` (`checkInCode`), INDEX `ix_meeting_starts` (`state`, `startsAt`), INDEX `ix_meeting_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `meeting_party` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `meetingId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `partyKey` varchar(48) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `organisationId` varchar(36) NULL, `userId` varchar(36) NULL, `attendance` varchar(16) NOT NULL DEFAULT 'UNKNOWN', `checkedInAt` datetime(3) NULL, `checkedInById` varchar(36) NULL, INDEX `ix_meeting_party_user` (`userId`), INDEX `ix_meeting_party_org` (`organisationId`), UNIQUE INDEX `uq_meeting_party` (`meetingId`, `partyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `meeting_agenda_item` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `meetingId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `position` int NOT NULL, `ticketId` varchar(36) NULL, `topic` varchar(200) NOT NULL, `resolutionText` text NULL, `agreedBy` varchar(500) NULL, `outcome` varchar(16) NULL, `resolvedAt` datetime(3) NULL, INDEX `ix_meeting_agenda_ticket` (`ticketId`), INDEX `ix_meeting_agenda` (`meetingId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `meeting_action_item` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `meetingId` varchar(36) NOT NULL, `agendaItemId` varchar(36) NULL, `ticketId` varchar(36) NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `title` varchar(200) NOT NULL, `ownerOrganisationId` varchar(36) NOT NULL, `dueDays` int NOT NULL, `dueAt` datetime(3) NOT NULL, `state` varchar(16) NOT NULL, `completionNote` varchar(1000) NULL, `completedAt` datetime(3) NULL, `overdueNotifiedAt` datetime(3) NULL, INDEX `ix_meeting_action_ticket` (`ticketId`), INDEX `ix_meeting_action_meeting` (`meetingId`), INDEX `ix_meeting_action_due` (`state`, `dueAt`), INDEX `ix_meeting_action_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_meeting_action_community` ON `meeting_action_item`");
    await queryRunner.query("DROP INDEX `ix_meeting_action_due` ON `meeting_action_item`");
    await queryRunner.query("DROP INDEX `ix_meeting_action_meeting` ON `meeting_action_item`");
    await queryRunner.query("DROP INDEX `ix_meeting_action_ticket` ON `meeting_action_item`");
    await queryRunner.query("DROP TABLE `meeting_action_item`");
    await queryRunner.query("DROP INDEX `ix_meeting_agenda` ON `meeting_agenda_item`");
    await queryRunner.query("DROP INDEX `ix_meeting_agenda_ticket` ON `meeting_agenda_item`");
    await queryRunner.query("DROP TABLE `meeting_agenda_item`");
    await queryRunner.query("DROP INDEX `uq_meeting_party` ON `meeting_party`");
    await queryRunner.query("DROP INDEX `ix_meeting_party_org` ON `meeting_party`");
    await queryRunner.query("DROP INDEX `ix_meeting_party_user` ON `meeting_party`");
    await queryRunner.query("DROP TABLE `meeting_party`");
    await queryRunner.query("DROP INDEX `ix_meeting_community` ON `meeting`");
    await queryRunner.query("DROP INDEX `ix_meeting_starts` ON `meeting`");
    await queryRunner.query("DROP INDEX `uq_meeting_check_in_code` ON `meeting`");
    await queryRunner.query("DROP TABLE `meeting`");
  }
}
