import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Venue1796534731491 implements MigrationInterface {
  name = 'Venue1796534731491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"venue\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"description\" varchar(2000), \"photoFileIds\" text NOT NULL, \"capacity\" integer NOT NULL, \"facilities\" text NOT NULL, \"openingHours\" text NOT NULL, \"closedDates\" text NOT NULL, \"closedOnHolidays\" boolean NOT NULL DEFAULT (0), \"slotMinutes\" integer NOT NULL, \"minMinutes\" integer NOT NULL, \"maxMinutes\" integer NOT NULL, \"horizonDays\" integer NOT NULL, \"leadMinutes\" integer NOT NULL, \"approvalRequired\" boolean NOT NULL DEFAULT (0), \"pendingHoldHours\" integer NOT NULL DEFAULT (48), \"noShowGraceMinutes\" integer NOT NULL DEFAULT (15), \"residentsEligible\" boolean NOT NULL DEFAULT (1), \"eligibleEstateIds\" text NOT NULL, \"organisationsEligible\" boolean NOT NULL DEFAULT (0), \"staffEligible\" boolean NOT NULL DEFAULT (1), \"weeklyQuota\" integer, \"monthlyQuota\" integer, \"archivedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_venue_community\" ON \"venue\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"venue_booking\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"venueId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"requesterId\" varchar(36) NOT NULL, \"bookerKind\" varchar(16) NOT NULL, \"householdId\" varchar(36), \"organisationId\" varchar(36), \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"purpose\" varchar(200) NOT NULL, \"attendees\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"reason\" varchar(200), \"idempotencyKey\" varchar(80) NOT NULL, \"checkInCode\" varchar(8) NOT NULL, \"expiresAt\" datetime, \"seriesId\" varchar(36), \"decidedById\" varchar(36), \"decidedAt\" datetime, \"cancelledById\" varchar(36), \"cancelledAt\" datetime, \"checkedInById\" varchar(36), \"checkedInAt\" datetime, \"reminderSentAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_venue_booking_status_start\" ON \"venue_booking\" (\"status\", \"startsAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_venue_booking_requester\" ON \"venue_booking\" (\"requesterId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_venue_booking_household\" ON \"venue_booking\" (\"householdId\", \"venueId\", \"startsAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_venue_booking_community\" ON \"venue_booking\" (\"communityId\", \"status\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_venue_booking_venue_start\" ON \"venue_booking\" (\"venueId\", \"startsAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_venue_booking_idempotency\" ON \"venue_booking\" (\"requesterId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE TABLE \"venue_slot\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"venueId\" varchar(36) NOT NULL, \"slotStart\" datetime NOT NULL, \"bookingId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_venue_slot_booking\" ON \"venue_slot\" (\"bookingId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_venue_slot\" ON \"venue_slot\" (\"venueId\", \"slotStart\") ");
    await queryRunner.query("CREATE TABLE \"venue_booking_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"bookingId\" varchar(36) NOT NULL, \"venueId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"kind\" varchar(16) NOT NULL, \"actorId\" varchar(36), \"requesterId\" varchar(36) NOT NULL, \"householdId\" varchar(36), \"reason\" varchar(200), \"pointsSettledAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_venue_booking_event_kind\" ON \"venue_booking_event\" (\"kind\", \"pointsSettledAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_venue_booking_event\" ON \"venue_booking_event\" (\"bookingId\", \"kind\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_venue_booking_event\"");
    await queryRunner.query("DROP INDEX \"ix_venue_booking_event_kind\"");
    await queryRunner.query("DROP TABLE \"venue_booking_event\"");
    await queryRunner.query("DROP INDEX \"ux_venue_slot\"");
    await queryRunner.query("DROP INDEX \"ix_venue_slot_booking\"");
    await queryRunner.query("DROP TABLE \"venue_slot\"");
    await queryRunner.query("DROP INDEX \"ux_venue_booking_idempotency\"");
    await queryRunner.query("DROP INDEX \"ix_venue_booking_venue_start\"");
    await queryRunner.query("DROP INDEX \"ix_venue_booking_community\"");
    await queryRunner.query("DROP INDEX \"ix_venue_booking_household\"");
    await queryRunner.query("DROP INDEX \"ix_venue_booking_requester\"");
    await queryRunner.query("DROP INDEX \"ix_venue_booking_status_start\"");
    await queryRunner.query("DROP TABLE \"venue_booking\"");
    await queryRunner.query("DROP INDEX \"ix_venue_community\"");
    await queryRunner.query("DROP TABLE \"venue\"");
  }
}
