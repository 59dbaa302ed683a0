import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Calendar1795891465226 implements MigrationInterface {
  name = 'Calendar1795891465226';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"calendar_day\" (\"date\" varchar(10) PRIMARY KEY NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(50) NOT NULL, \"updatedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"calendar_year\" (\"year\" integer PRIMARY KEY NOT NULL, \"complete\" boolean NOT NULL DEFAULT (0), \"note\" varchar(200), \"updatedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"calendar_year\"");
    await queryRunner.query("DROP TABLE \"calendar_day\"");
  }
}
