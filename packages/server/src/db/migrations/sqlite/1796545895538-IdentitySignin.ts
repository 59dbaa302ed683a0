import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentitySignin1796545895538 implements MigrationInterface {
  name = 'IdentitySignin1796545895538';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"wechat_identity\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"openidHash\" varchar(64) NOT NULL, \"unionidHash\" varchar(64), \"userId\" varchar(36), \"linkedAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_wechat_identity_user\" ON \"wechat_identity\" (\"userId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_wechat_identity_openid\" ON \"wechat_identity\" (\"openidHash\") ");
    await queryRunner.query("CREATE TABLE \"sms_code\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"phoneHash\" varchar(64) NOT NULL, \"purpose\" varchar(20) NOT NULL, \"codeHash\" varchar(64) NOT NULL, \"expiresAt\" datetime NOT NULL, \"tries\" integer NOT NULL DEFAULT (0), \"usedAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_sms_code_expires\" ON \"sms_code\" (\"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_sms_code_phone_purpose\" ON \"sms_code\" (\"phoneHash\", \"purpose\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"ix_wechat_identity_user\"");
    await queryRunner.query("DROP INDEX \"uq_wechat_identity_openid\"");
    await queryRunner.query("CREATE TABLE \"temporary_wechat_identity\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"openidHash\" varchar(64) NOT NULL, \"unionidHash\" varchar(64), \"userId\" varchar(36), \"linkedAt\" datetime, CONSTRAINT \"FK_2219eafc24d370e6c8e0f4712cd\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_wechat_identity\"(\"id\", \"createdAt\", \"openidHash\", \"unionidHash\", \"userId\", \"linkedAt\") SELECT \"id\", \"createdAt\", \"openidHash\", \"unionidHash\", \"userId\", \"linkedAt\" FROM \"wechat_identity\"");
    await queryRunner.query("DROP TABLE \"wechat_identity\"");
    await queryRunner.query("ALTER TABLE \"temporary_wechat_identity\" RENAME TO \"wechat_identity\"");
    await queryRunner.query("CREATE INDEX \"ix_wechat_identity_user\" ON \"wechat_identity\" (\"userId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_wechat_identity_openid\" ON \"wechat_identity\" (\"openidHash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_wechat_identity_openid\"");
    await queryRunner.query("DROP INDEX \"ix_wechat_identity_user\"");
    await queryRunner.query("ALTER TABLE \"wechat_identity\" RENAME TO \"temporary_wechat_identity\"");
    await queryRunner.query("CREATE TABLE \"wechat_identity\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"openidHash\" varchar(64) NOT NULL, \"unionidHash\" varchar(64), \"userId\" varchar(36), \"linkedAt\" datetime)");
    await queryRunner.query("INSERT INTO \"wechat_identity\"(\"id\", \"createdAt\", \"openidHash\", \"unionidHash\", \"userId\", \"linkedAt\") SELECT \"id\", \"createdAt\", \"openidHash\", \"unionidHash\", \"userId\", \"linkedAt\" FROM \"temporary_wechat_identity\"");
    await queryRunner.query("DROP TABLE \"temporary_wechat_identity\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_wechat_identity_openid\" ON \"wechat_identity\" (\"openidHash\") ");
    await queryRunner.query("CREATE INDEX \"ix_wechat_identity_user\" ON \"wechat_identity\" (\"userId\") ");
    await queryRunner.query("DROP INDEX \"ix_sms_code_phone_purpose\"");
    await queryRunner.query("DROP INDEX \"ix_sms_code_expires\"");
    await queryRunner.query("DROP TABLE \"sms_code\"");
    await queryRunner.query("DROP INDEX \"uq_wechat_identity_openid\"");
    await queryRunner.query("DROP INDEX \"ix_wechat_identity_user\"");
    await queryRunner.query("DROP TABLE \"wechat_identity\"");
  }
}
