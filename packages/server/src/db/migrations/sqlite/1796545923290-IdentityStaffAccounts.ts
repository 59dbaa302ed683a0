import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityStaffAccounts1796545923290 implements MigrationInterface {
  name = 'IdentityStaffAccounts1796545923290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"password_reset_code\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"codeHash\" varchar(64) NOT NULL, \"purpose\" varchar(16) NOT NULL, \"expiresAt\" datetime NOT NULL, \"usedAt\" datetime, \"createdById\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_password_reset_code_user\" ON \"password_reset_code\" (\"userId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_password_reset_code_hash\" ON \"password_reset_code\" (\"codeHash\") ");
    await queryRunner.query("DROP INDEX \"ix_password_reset_code_user\"");
    await queryRunner.query("DROP INDEX \"uq_password_reset_code_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_password_reset_code\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"codeHash\" varchar(64) NOT NULL, \"purpose\" varchar(16) NOT NULL, \"expiresAt\" datetime NOT NULL, \"usedAt\" datetime, \"createdById\" varchar(36) NOT NULL, CONSTRAINT \"FK_c31d813e3a8a9aa9f9fac0663fd\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_password_reset_code\"(\"id\", \"createdAt\", \"userId\", \"codeHash\", \"purpose\", \"expiresAt\", \"usedAt\", \"createdById\") SELECT \"id\", \"createdAt\", \"userId\", \"codeHash\", \"purpose\", \"expiresAt\", \"usedAt\", \"createdById\" FROM \"password_reset_code\"");
    await queryRunner.query("DROP TABLE \"password_reset_code\"");
    await queryRunner.query("ALTER TABLE \"temporary_password_reset_code\" RENAME TO \"password_reset_code\"");
    await queryRunner.query("CREATE INDEX \"ix_password_reset_code_user\" ON \"password_reset_code\" (\"userId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_password_reset_code_hash\" ON \"password_reset_code\" (\"codeHash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_password_reset_code_hash\"");
    await queryRunner.query("DROP INDEX \"ix_password_reset_code_user\"");
    await queryRunner.query("ALTER TABLE \"password_reset_code\" RENAME TO \"temporary_password_reset_code\"");
    await queryRunner.query("CREATE TABLE \"password_reset_code\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"codeHash\" varchar(64) NOT NULL, \"purpose\" varchar(16) NOT NULL, \"expiresAt\" datetime NOT NULL, \"usedAt\" datetime, \"createdById\" varchar(36) NOT NULL)");
    await queryRunner.query("INSERT INTO \"password_reset_code\"(\"id\", \"createdAt\", \"userId\", \"codeHash\", \"purpose\", \"expiresAt\", \"usedAt\", \"createdById\") SELECT \"id\", \"createdAt\", \"userId\", \"codeHash\", \"purpose\", \"expiresAt\", \"usedAt\", \"createdById\" FROM \"temporary_password_reset_code\"");
    await queryRunner.query("DROP TABLE \"temporary_password_reset_code\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_password_reset_code_hash\" ON \"password_reset_code\" (\"codeHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_password_reset_code_user\" ON \"password_reset_code\" (\"userId\") ");
    await queryRunner.query("DROP INDEX \"uq_password_reset_code_hash\"");
    await queryRunner.query("DROP INDEX \"ix_password_reset_code_user\"");
    await queryRunner.query("DROP TABLE \"password_reset_code\"");
  }
}
