import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhook1796545950198 implements MigrationInterface {
  name = 'Webhook1796545950198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `webhook_subscription` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `organisationId` varchar(36) NOT NULL, `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NULL, `apiClientId` varchar(36) NULL, `name` varchar(100) NOT NULL, `url` varchar(500) NOT NULL, `events` varchar(500) NOT NULL, `secret` varchar(64) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `paused` tinyint NOT NULL DEFAULT 0, `pausedReason` varchar(16) NULL, `consecutiveFailures` int NOT NULL DEFAULT '0', `failingSince` datetime(3) NULL, `createdById` varchar(36) NULL, `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_webhook_subscription_street` (`streetId`, `createdAt`), INDEX `ix_webhook_subscription_org` (`organisationId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `webhook_delivery` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `subscriptionId` varchar(36) NOT NULL, `organisationId` varchar(36) NOT NULL, `eventType` varchar(40) NOT NULL, `eventKey` varchar(80) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `payload` text NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NULL, `lockedUntil` datetime(3) NULL, `lastAttemptAt` datetime(3) NULL, `lastStatusCode` int NULL, `lastResponse` varchar(500) NULL, `deliveredAt` datetime(3) NULL, INDEX `ix_webhook_delivery_due` (`status`, `nextAttemptAt`), INDEX `ix_webhook_delivery_subscription` (`subscriptionId`, `createdAt`), UNIQUE INDEX `ux_webhook_delivery_event` (`subscriptionId`, `eventKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_webhook_delivery_event` ON `webhook_delivery`");
    await queryRunner.query("DROP INDEX `ix_webhook_delivery_subscription` ON `webhook_delivery`");
    await queryRunner.query("DROP INDEX `ix_webhook_delivery_due` ON `webhook_delivery`");
    await queryRunner.query("DROP TABLE `webhook_delivery`");
    await queryRunner.query("DROP INDEX `ix_webhook_subscription_org` ON `webhook_subscription`");
    await queryRunner.query("DROP INDEX `ix_webhook_subscription_street` ON `webhook_subscription`");
    await queryRunner.query("DROP TABLE `webhook_subscription`");
  }
}
