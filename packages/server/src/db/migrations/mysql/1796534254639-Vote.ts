import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Vote1796534254639 implements MigrationInterface {
  name = 'Vote1796534254639';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `vote` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, INDEX `ix_vote_community` (`communityId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_vote_community` ON `vote`");
    await queryRunner.query("DROP TABLE `vote`");
  }
}
