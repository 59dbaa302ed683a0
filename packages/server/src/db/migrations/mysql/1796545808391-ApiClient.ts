import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiClient1796545808391 implements MigrationInterface {
  name = 'ApiClient1796545808391';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `api_client` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `organisationId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `keyId` varchar(40) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `secretHash` varchar(64) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `previousKeyId` varchar(40) NULL, `previousSecretHash` varchar(64) NULL, `previousValidUntil` datetime(3) NULL, `allowedOrigins` text NOT NULL, `budgetPerMinute` int NOT NULL DEFAULT '6000', `revokedAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_api_client_previous_key` (`previousKeyId`), UNIQUE INDEX `ix_api_client_key` (`keyId`), INDEX `ix_api_client_street` (`streetId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_api_client_street` ON `api_client`");
    await queryRunner.query("DROP INDEX `ix_api_client_key` ON `api_client`");
    await queryRunner.query("DROP INDEX `ix_api_client_previous_key` ON `api_client`");
    await queryRunner.query("DROP TABLE `api_client`");
  }
}
