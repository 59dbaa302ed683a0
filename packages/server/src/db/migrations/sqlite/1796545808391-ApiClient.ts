import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiClient1796545808391 implements MigrationInterface {
  name = 'ApiClient1796545808391';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_client\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"organisationId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"keyId\" varchar(40) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"previousKeyId\" varchar(40), \"previousSecretHash\" varchar(64), \"previousValidUntil\" datetime, \"allowedOrigins\" text NOT NULL, \"budgetPerMinute\" integer NOT NULL DEFAULT (6000), \"revokedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_api_client_previous_key\" ON \"api_client\" (\"previousKeyId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ix_api_client_key\" ON \"api_client\" (\"keyId\") ");
    await queryRunner.query("CREATE INDEX \"ix_api_client_street\" ON \"api_client\" (\"streetId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_api_client_street\"");
    await queryRunner.query("DROP INDEX \"ix_api_client_key\"");
    await queryRunner.query("DROP INDEX \"ix_api_client_previous_key\"");
    await queryRunner.query("DROP TABLE \"api_client\"");
  }
}
