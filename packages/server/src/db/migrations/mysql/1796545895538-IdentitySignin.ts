import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentitySignin1796545895538 implements MigrationInterface {
  name = 'IdentitySignin1796545895538';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `wechat_identity` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `openidHash` varchar(64) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `unionidHash` varchar(64) NULL, `userId` varchar(36) NULL, `linkedAt` datetime(3) NULL, INDEX `ix_wechat_identity_user` (`userId`), UNIQUE INDEX `uq_wechat_identity_openid` (`openidHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sms_code` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `phoneHash` varchar(64) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `purpose` varchar(20) NOT NULL, `codeHash` varchar(64) CHARACTER SET \"utf8mb4\" COLLATE \"utf8mb4_bin\" NOT NULL, `expiresAt` datetime(3) NOT NULL, `tries` int NOT NULL DEFAULT '0', `usedAt` datetime(3) NULL, INDEX `ix_sms_code_expires` (`expiresAt`), INDEX `ix_sms_code_phone_purpose` (`phoneHash`, `purpose`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `wechat_identity` ADD CONSTRAINT `FK_2219eafc24d370e6c8e0f4712cd` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `wechat_identity` DROP FOREIGN KEY `FK_2219eafc24d370e6c8e0f4712cd`");
    await queryRunner.query("DROP INDEX `ix_sms_code_phone_purpose` ON `sms_code`");
    await queryRunner.query("DROP INDEX `ix_sms_code_expires` ON `sms_code`");
    await queryRunner.query("DROP TABLE `sms_code`");
    await queryRunner.query("DROP INDEX `uq_wechat_identity_openid` ON `wechat_identity`");
    await queryRunner.query("DROP INDEX `ix_wechat_identity_user` ON `wechat_identity`");
    await queryRunner.query("DROP TABLE `wechat_identity`");
  }
}
