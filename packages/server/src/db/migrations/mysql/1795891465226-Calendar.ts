import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Calendar1795891465226 implements MigrationInterface {
  name = 'Calendar1795891465226';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `calendar_day` (`date` varchar(10) NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(50) NOT NULL, `updatedById` varchar(36) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`date`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `calendar_year` (`year` int NOT NULL, `complete` tinyint NOT NULL DEFAULT 0, `note` varchar(200) NULL, `updatedById` varchar(36) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`year`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `calendar_year`");
    await queryRunner.query("DROP TABLE `calendar_day`");
  }
}
