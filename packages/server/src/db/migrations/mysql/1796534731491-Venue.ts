import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Venue1796534731491 implements MigrationInterface {
  name = 'Venue1796534731491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `venue` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `description` varchar(2000) NULL, `photoFileIds` text NOT NULL, `capacity` int NOT NULL, `facilities` text NOT NULL, `openingHours` text NOT NULL, `closedDates` text NOT NULL, `closedOnHolidays` tinyint NOT NULL DEFAULT 0, `slotMinutes` int NOT NULL, `minMinutes` int NOT NULL, `maxMinutes` int NOT NULL, `horizonDays` int NOT NULL, `leadMinutes` int NOT NULL, `approvalRequired` tinyint NOT NULL DEFAULT 0, `pendingHoldHours` int NOT NULL DEFAULT '48', `noShowGraceMinutes` int NOT NULL DEFAULT '15', `residentsEligible` tinyint NOT NULL DEFAULT 1, `eligibleEstateIds` text NOT NULL, `organisationsEligible` tinyint NOT NULL DEFAULT 0, `staffEligible` tinyint NOT NULL DEFAULT 1, `weeklyQuota` int NULL, `monthlyQuota` int NULL, `archivedAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_venue_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `venue_booking` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `venueId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `requesterId` varchar(36) NOT NULL, `bookerKind` varchar(16) NOT NULL, `householdId` varchar(36) NULL, `organisationId` varchar(36) NULL, `startsAt` datetime(3) NOT NULL, `endsAt` datetime(3) NOT NULL, `purpose` varchar(200) NOT NULL, `attendees` int NOT NULL, `status` varchar(16) NOT NULL, `reason` varchar(200) NULL, `idempotencyKey` varchar(80) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `checkInCode` varchar(8) NOT NULL, `expiresAt` datetime(3) NULL, `seriesId` varchar(36) NULL, `decidedById` varchar(36) NULL, `decidedAt` datetime(3) NULL, `cancelledById` varchar(36) NULL, `cancelledAt` datetime(3) NULL, `checkedInById` varchar(36) NULL, `checkedInAt` datetime(3) NULL, `reminderSentAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_venue_booking_status_start` (`status`, `startsAt`), INDEX `ix_venue_booking_requester` (`requesterId`, `createdAt`), INDEX `ix_venue_booking_household` (`householdId`, `venueId`, `startsAt`), INDEX `ix_venue_booking_community` (`communityId`, `status`, `createdAt`), INDEX `ix_venue_booking_venue_start` (`venueId`, `startsAt`), UNIQUE INDEX `ux_venue_booking_idempotency` (`requesterId`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `venue_slot` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `venueId` varchar(36) NOT NULL, `slotStart` datetime(3) NOT NULL, `bookingId` varchar(36) NOT NULL, INDEX `ix_venue_slot_booking` (`bookingId`), UNIQUE INDEX `ux_venue_slot` (`venueId`, `slotStart`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `venue_booking_event` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `bookingId` varchar(36) NOT NULL, `venueId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `actorId` varchar(36) NULL, `requesterId` varchar(36) NOT NULL, `householdId` varchar(36) NULL, `reason` varchar(200) NULL, `pointsSettledAt` datetime(3) NULL, INDEX `ix_venue_booking_event_kind` (`kind`, `pointsSettledAt`), UNIQUE INDEX `ux_venue_booking_event` (`bookingId`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_venue_booking_event` ON `venue_booking_event`");
    await queryRunner.query("DROP INDEX `ix_venue_booking_event_kind` ON `venue_booking_event`");
    await queryRunner.query("DROP TABLE `venue_booking_event`");
    await queryRunner.query("DROP INDEX `ux_venue_slot` ON `venue_slot`");
    await queryRunner.query("DROP INDEX `ix_venue_slot_booking` ON `venue_slot`");
    await queryRunner.query("DROP TABLE `venue_slot`");
    await queryRunner.query("DROP INDEX `ux_venue_booking_idempotency` ON `venue_booking`");
    await queryRunner.query("DROP INDEX `ix_venue_booking_venue_start` ON `venue_booking`");
    await queryRunner.query("DROP INDEX `ix_venue_booking_community` ON `venue_booking`");
    await queryRunner.query("DROP INDEX `ix_venue_booking_household` ON `venue_booking`");
    await queryRunner.query("DROP INDEX `ix_venue_booking_requester` ON `venue_booking`");
    await queryRunner.query("DROP INDEX `ix_venue_booking_status_start` ON `venue_booking`");
    await queryRunner.query("DROP TABLE `venue_booking`");
    await queryRunner.query("DROP INDEX `ix_venue_community` ON `venue`");
    await queryRunner.query("DROP TABLE `venue`");
  }
}
