import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Vote1796534254639 implements MigrationInterface {
  name = 'Vote1796534254639';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"vote\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_vote_community\" ON \"vote\" (\"communityId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_vote_community\"");
    await queryRunner.query("DROP TABLE \"vote\"");
  }
}
