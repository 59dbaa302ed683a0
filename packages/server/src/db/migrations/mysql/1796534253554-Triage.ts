import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Triage1796534253554 implements MigrationInterface {
  name = 'Triage1796534253554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `triage` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, INDEX `ix_triage_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_triage_community` ON `triage`");
    await queryRunner.query("DROP TABLE `triage`");
  }
}
