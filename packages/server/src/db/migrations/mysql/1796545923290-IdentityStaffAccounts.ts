import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityStaffAccounts1796545923290 implements MigrationInterface {
  name = 'IdentityStaffAccounts1796545923290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `password_reset_code` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `userId` varchar(36) NOT NULL, `codeHash` varchar(64) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `purpose` varchar(16) NOT NULL, `expiresAt` datetime(3) NOT NULL, `usedAt` datetime(3) NULL, `createdById` varchar(36) NOT NULL, INDEX `ix_password_reset_code_user` (`userId`), UNIQUE INDEX `uq_password_reset_code_hash` (`codeHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `password_reset_code` ADD CONSTRAINT `FK_c31d813e3a8a9aa9f9fac0663fd` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `password_reset_code` DROP FOREIGN KEY `FK_c31d813e3a8a9aa9f9fac0663fd`");
    await queryRunner.query("DROP INDEX `uq_password_reset_code_hash` ON `password_reset_code`");
    await queryRunner.query("DROP INDEX `ix_password_reset_code_user` ON `password_reset_code`");
    await queryRunner.query("DROP TABLE `password_reset_code`");
  }
}
