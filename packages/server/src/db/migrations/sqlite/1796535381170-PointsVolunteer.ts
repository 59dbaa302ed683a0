import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsVolunteer1796535381170 implements MigrationInterface {
  name = 'PointsVolunteer1796535381170';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"points_balance\" (\"userId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"balance\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"userId\", \"communityId\"))");
    await queryRunner.query("CREATE TABLE \"points_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36), \"userId\" varchar(36) NOT NULL, \"delta\" integer NOT NULL, \"balanceAfter\" integer NOT NULL, \"reason\" varchar(32) NOT NULL, \"note\" varchar(500), \"referenceType\" varchar(40), \"referenceId\" varchar(64), \"ruleId\" varchar(36), \"ruleVersion\" integer, \"actorId\" varchar(36), \"idempotencyKey\" varchar(191) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_points_entry_community\" ON \"points_entry\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_points_entry_user\" ON \"points_entry\" (\"communityId\", \"userId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_points_entry_key\" ON \"points_entry\" (\"idempotencyKey\") ");
    await queryRunner.query("CREATE TABLE \"points_rule\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"event\" varchar(32) NOT NULL, \"version\" integer NOT NULL, \"points\" integer NOT NULL, \"dailyCap\" integer, \"monthlyCap\" integer, \"enabled\" boolean NOT NULL DEFAULT (1), \"retiredAt\" datetime, \"note\" varchar(300), \"createdById\" varchar(36))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_points_rule_version\" ON \"points_rule\" (\"communityId\", \"event\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"points_reward\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"description\" varchar(500), \"cost\" integer NOT NULL, \"stock\" integer NOT NULL, \"perPersonLimit\" integer, \"active\" boolean NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE INDEX \"ix_points_reward_community\" ON \"points_reward\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"points_redemption\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"rewardId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"cost\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"pickupCode\" varchar(8) NOT NULL, \"handedOverAt\" datetime, \"handedOverById\" varchar(36), \"cancelledAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_points_redemption_user\" ON \"points_redemption\" (\"userId\", \"rewardId\") ");
    await queryRunner.query("CREATE INDEX \"ix_points_redemption_community\" ON \"points_redemption\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"points_preference\" (\"userId\" varchar(36) PRIMARY KEY NOT NULL, \"leaderboardOptOut\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE TABLE \"points_cursor\" (\"name\" varchar(64) PRIMARY KEY NOT NULL, \"readUntil\" datetime NOT NULL)");
    await queryRunner.query("CREATE TABLE \"volunteer_profile\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"skillTags\" varchar(1000) NOT NULL, \"availability\" varchar(300), \"partyMember\" boolean NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"sourceTicketId\" varchar(36), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_volunteer_profile_community\" ON \"volunteer_profile\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_volunteer_profile_user\" ON \"volunteer_profile\" (\"userId\", \"communityId\") ");
    await queryRunner.query("CREATE TABLE \"volunteer_activity\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"place\" varchar(200) NOT NULL, \"capacity\" integer NOT NULL, \"organiserOrganisationId\" varchar(36), \"skillsWanted\" varchar(1000) NOT NULL, \"pointsPerHour\" integer NOT NULL DEFAULT (0), \"signupDeadline\" datetime NOT NULL, \"checkCode\" varchar(8) NOT NULL, \"signedUpCount\" integer NOT NULL DEFAULT (0), \"lastPosition\" integer NOT NULL DEFAULT (0), \"createdById\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_volunteer_activity_community\" ON \"volunteer_activity\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"volunteer_signup\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"activityId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"status\" varchar(16) NOT NULL, \"position\" integer NOT NULL, \"checkedInAt\" datetime, \"checkedOutAt\" datetime, \"recordedMinutes\" integer, \"approvedMinutes\" integer, \"hoursStatus\" varchar(16) NOT NULL, \"correctionReason\" varchar(500), \"approvedById\" varchar(36), \"approvedAt\" datetime, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_volunteer_signup_user\" ON \"volunteer_signup\" (\"userId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_volunteer_signup_list\" ON \"volunteer_signup\" (\"activityId\", \"status\", \"position\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_volunteer_signup_user\" ON \"volunteer_signup\" (\"activityId\", \"userId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_volunteer_signup_user\"");
    await queryRunner.query("DROP INDEX \"ix_volunteer_signup_list\"");
    await queryRunner.query("DROP INDEX \"ix_volunteer_signup_user\"");
    await queryRunner.query("DROP TABLE \"volunteer_signup\"");
    await queryRunner.query("DROP INDEX \"ix_volunteer_activity_community\"");
    await queryRunner.query("DROP TABLE \"volunteer_activity\"");
    await queryRunner.query("DROP INDEX \"ux_volunteer_profile_user\"");
    await queryRunner.query("DROP INDEX \"ix_volunteer_profile_community\"");
    await queryRunner.query("DROP TABLE \"volunteer_profile\"");
    await queryRunner.query("DROP TABLE \"points_cursor\"");
    await queryRunner.query("DROP TABLE \"points_preference\"");
    await queryRunner.query("DROP INDEX \"ix_points_redemption_community\"");
    await queryRunner.query("DROP INDEX \"ix_points_redemption_user\"");
    await queryRunner.query("DROP TABLE \"points_redemption\"");
    await queryRunner.query("DROP INDEX \"ix_points_reward_community\"");
    await queryRunner.query("DROP TABLE \"points_reward\"");
    await queryRunner.query("DROP INDEX \"ux_points_rule_version\"");
    await queryRunner.query("DROP TABLE \"points_rule\"");
    await queryRunner.query("DROP INDEX \"ux_points_entry_key\"");
    await queryRunner.query("DROP INDEX \"ix_points_entry_user\"");
    await queryRunner.query("DROP INDEX \"ix_points_entry_community\"");
    await queryRunner.query("DROP TABLE \"points_entry\"");
    await queryRunner.query("DROP TABLE \"points_balance\"");
  }
}
