import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookAlterDeliveryRequestId1796570199035 implements MigrationInterface {
  name = 'WebhookAlterDeliveryRequestId1796570199035';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_webhook_delivery_event\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_delivery_subscription\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_delivery_due\"");
    await queryRunner.query("CREATE TABLE \"temporary_webhook_delivery\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"subscriptionId\" varchar(36) NOT NULL, \"organisationId\" varchar(36) NOT NULL, \"eventType\" varchar(40) NOT NULL, \"eventKey\" varchar(80) NOT NULL, \"payload\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime, \"lockedUntil\" datetime, \"lastAttemptAt\" datetime, \"lastStatusCode\" integer, \"lastResponse\" varchar(500), \"deliveredAt\" datetime, \"requestId\" varchar(64))");
    await queryRunner.query("INSERT INTO \"temporary_webhook_delivery\"(\"id\", \"createdAt\", \"subscriptionId\", \"organisationId\", \"eventType\", \"eventKey\", \"payload\", \"status\", \"attempts\", \"nextAttemptAt\", \"lockedUntil\", \"lastAttemptAt\", \"lastStatusCode\", \"lastResponse\", \"deliveredAt\") SELECT \"id\", \"createdAt\", \"subscriptionId\", \"organisationId\", \"eventType\", \"eventKey\", \"payload\", \"status\", \"attempts\", \"nextAttemptAt\", \"lockedUntil\", \"lastAttemptAt\", \"lastStatusCode\", \"lastResponse\", \"deliveredAt\" FROM \"webhook_delivery\"");
    await queryRunner.query("DROP TABLE \"webhook_delivery\"");
    await queryRunner.query("ALTER TABLE \"temporary_webhook_delivery\" RENAME TO \"webhook_delivery\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_webhook_delivery_event\" ON \"webhook_delivery\" (\"subscriptionId\", \"eventKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_webhook_delivery_subscription\" ON \"webhook_delivery\" (\"subscriptionId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_webhook_delivery_due\" ON \"webhook_delivery\" (\"status\", \"nextAttemptAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_webhook_delivery_due\"");
    await queryRunner.query("DROP INDEX \"ix_webhook_delivery_subscription\"");
    await queryRunner.query("DROP INDEX \"ux_webhook_delivery_event\"");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" RENAME TO \"temporary_webhook_delivery\"");
    await queryRunner.query("CREATE TABLE \"webhook_delivery\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"subscriptionId\" varchar(36) NOT NULL, \"organisationId\" varchar(36) NOT NULL, \"eventType\" varchar(40) NOT NULL, \"eventKey\" varchar(80) NOT NULL, \"payload\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime, \"lockedUntil\" datetime, \"lastAttemptAt\" datetime, \"lastStatusCode\" integer, \"lastResponse\" varchar(500), \"deliveredAt\" datetime)");
    await queryRunner.query("INSERT INTO \"webhook_delivery\"(\"id\", \"createdAt\", \"subscriptionId\", \"organisationId\", \"eventType\", \"eventKey\", \"payload\", \"status\", \"attempts\", \"nextAttemptAt\", \"lockedUntil\", \"lastAttemptAt\", \"lastStatusCode\", \"lastResponse\", \"deliveredAt\") SELECT \"id\", \"createdAt\", \"subscriptionId\", \"organisationId\", \"eventType\", \"eventKey\", \"payload\", \"status\", \"attempts\", \"nextAttemptAt\", \"lockedUntil\", \"lastAttemptAt\", \"lastStatusCode\", \"lastResponse\", \"deliveredAt\" FROM \"temporary_webhook_delivery\"");
    await queryRunner.query("DROP TABLE \"temporary_webhook_delivery\"");
    await queryRunner.query("CREATE INDEX \"ix_webhook_delivery_due\" ON \"webhook_delivery\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_webhook_delivery_subscription\" ON \"webhook_delivery\" (\"subscriptionId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_webhook_delivery_event\" ON \"webhook_delivery\" (\"subscriptionId\", \"eventKey\") ");
  }
}
