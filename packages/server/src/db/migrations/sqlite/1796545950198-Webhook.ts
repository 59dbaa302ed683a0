import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhook1796545950198 implements MigrationInterface {
  name = 'Webhook1796545950198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"webhook_subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"organisationId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36), \"apiClientId\" varchar(36), \"name\" varchar(100) NOT NULL, \"url\" varchar(500) NOT NULL, \"events\" varchar(500) NOT NULL, \"secret\" varchar(64) NOT NULL, \"paused\" boolean NOT NULL DEFAULT (0), \"pausedReason\" varchar(16), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"failingSince\" datetime, \"createdById\" varchar(36), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_webhook_subscription_street\" ON \"webhook_subscription\" (\"streetId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_webhook_subscription_org\" ON \"webhook_subscription\" (\"organisationId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"webhook_delivery\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"subscriptionId\" varchar(36) NOT NULL, \"organisationId\" varchar(36) NOT NULL, \"eventType\" varchar(40) NOT NULL, \"eventKey\" varchar(80) NOT NULL, \"payload\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime, \"lockedUntil\" datetime, \"lastAttemptAt\" datetime, \"lastStatusCode\" integer, \"lastResponse\" varchar(500), \"deliveredAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_webhook_delivery_due\" ON \"webhook_delivery\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_webhook_delivery_subscription\" ON \"webhook_delivery\" (\"subscriptionId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_webhook_delivery_event\" ON \"webhook_delivery\" (\"subscriptionId\", \"eventKey\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_webhook_delivery_event\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_delivery_subscription\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_delivery_due\"");
    await queryRunner.query("DROP TABLE \"webhook_delivery\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_subscription_org\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_subscription_street\"");
    await queryRunner.query("DROP TABLE \"webhook_subscription\"");
  }
}
