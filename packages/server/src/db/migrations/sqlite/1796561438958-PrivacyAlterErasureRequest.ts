import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyAlterErasureRequest1796561438958 implements MigrationInterface {
  name = 'PrivacyAlterErasureRequest1796561438958';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"privacy_erasure_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"streetId\" varchar(36), \"communityId\" varchar(36), \"status\" varchar(16) NOT NULL, \"dueAt\" datetime NOT NULL, \"completedAt\" datetime, \"completedById\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_privacy_erasure_community\" ON \"privacy_erasure_request\" (\"communityId\", \"status\", \"dueAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_privacy_erasure_user\" ON \"privacy_erasure_request\" (\"userId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_privacy_erasure_user\"");
    await queryRunner.query("DROP INDEX \"ix_privacy_erasure_community\"");
    await queryRunner.query("DROP TABLE \"privacy_erasure_request\"");
  }
}
