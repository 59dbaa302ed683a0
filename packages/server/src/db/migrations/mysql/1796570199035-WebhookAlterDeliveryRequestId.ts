import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookAlterDeliveryRequestId1796570199035 implements MigrationInterface {
  name = 'WebhookAlterDeliveryRequestId1796570199035';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `webhook_delivery` ADD `requestId` varchar(64) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `webhook_delivery` DROP COLUMN `requestId`");
  }
}
