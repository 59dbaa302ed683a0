import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalysisAlterUser1796534323206 implements MigrationInterface {
  name = 'AnalysisAlterUser1796534323206';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_user\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"phone\" varchar(20) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"isPartyMember\" boolean NOT NULL DEFAULT (0), \"disabledAt\" datetime, \"tokenVersion\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"lastSignInAt\" datetime, CONSTRAINT \"UQ_8e1f623798118e629b46a9e6299\" UNIQUE (\"phone\"))");
    await queryRunner.query("INSERT INTO \"temporary_user\"(\"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\") SELECT \"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\" FROM \"user\"");
    await queryRunner.query("DROP TABLE \"user\"");
    await queryRunner.query("ALTER TABLE \"temporary_user\" RENAME TO \"user\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user\" RENAME TO \"temporary_user\"");
    await queryRunner.query("CREATE TABLE \"user\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"phone\" varchar(20) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"isPartyMember\" boolean NOT NULL DEFAULT (0), \"disabledAt\" datetime, \"tokenVersion\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_8e1f623798118e629b46a9e6299\" UNIQUE (\"phone\"))");
    await queryRunner.query("INSERT INTO \"user\"(\"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\") SELECT \"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\" FROM \"temporary_user\"");
    await queryRunner.query("DROP TABLE \"temporary_user\"");
  }
}
