import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Files1795891415743 implements MigrationInterface {
  name = 'Files1795891415743';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `file` (`id` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `ownerId` varchar(36) NOT NULL, `originalName` varchar(200) NOT NULL, `mime` varchar(40) NOT NULL, `size` int NOT NULL, `sha256` varchar(64) NOT NULL, `storageKey` varchar(100) NOT NULL, `attachedType` varchar(40) NULL, `attachedId` varchar(36) NULL, INDEX `ix_file_unattached_created` (`attachedId`, `createdAt`), INDEX `ix_file_attached` (`attachedType`, `attachedId`), INDEX `ix_file_owner` (`ownerId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `file` ADD CONSTRAINT `FK_34c5a7443f6f1ab14d73c5d0549` FOREIGN KEY (`ownerId`) REFERENCES `user`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `file` DROP FOREIGN KEY `FK_34c5a7443f6f1ab14d73c5d0549`");
    await queryRunner.query("DROP INDEX `ix_file_owner` ON `file`");
    await queryRunner.query("DROP INDEX `ix_file_attached` ON `file`");
    await queryRunner.query("DROP INDEX `ix_file_unattached_created` ON `file`");
    await queryRunner.query("DROP TABLE `file`");
  }
}
