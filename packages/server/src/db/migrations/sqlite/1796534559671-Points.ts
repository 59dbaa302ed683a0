import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Points1796534559671 implements MigrationInterface {
  name = 'Points1796534559671';

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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
