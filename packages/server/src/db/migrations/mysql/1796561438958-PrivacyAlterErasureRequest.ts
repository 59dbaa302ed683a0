import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyAlterErasureRequest1796561438958 implements MigrationInterface {
  name = 'PrivacyAlterErasureRequest1796561438958';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `privacy_erasure_request` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `userId` varchar(36) NOT NULL, `streetId` varchar(36) NULL, `communityId` varchar(36) NULL, `status` varchar(16) NOT NULL, `dueAt` datetime(3) NOT NULL, `completedAt` datetime(3) NULL, `completedById` varchar(36) NULL, INDEX `ix_privacy_erasure_community` (`communityId`, `status`, `dueAt`), UNIQUE INDEX `uq_privacy_erasure_user` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_privacy_erasure_user` ON `privacy_erasure_request`");
    await queryRunner.query("DROP INDEX `ix_privacy_erasure_community` ON `privacy_erasure_request`");
    await queryRunner.query("DROP TABLE `privacy_erasure_request`");
  }
}
