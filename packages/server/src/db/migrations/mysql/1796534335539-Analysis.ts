import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Analysis1796534335539 implements MigrationInterface {
  name = 'Analysis1796534335539';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `analysis_setting` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `publishFigures` tinyint NOT NULL DEFAULT 0, `minSample` int NOT NULL DEFAULT '5', `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_analysis_setting_community` (`communityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_analysis_setting_community` ON `analysis_setting`");
    await queryRunner.query("DROP TABLE `analysis_setting`");
  }
}
