import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Triage1796534253554 implements MigrationInterface {
  name = 'Triage1796534253554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"triage\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_triage_community\" ON \"triage\" (\"communityId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_triage_community\"");
    await queryRunner.query("DROP TABLE \"triage\"");
  }
}
