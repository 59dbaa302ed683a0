import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Analysis1796534335539 implements MigrationInterface {
  name = 'Analysis1796534335539';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"analysis_setting\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"publishFigures\" boolean NOT NULL DEFAULT (0), \"minSample\" integer NOT NULL DEFAULT (5), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_analysis_setting_community\" ON \"analysis_setting\" (\"communityId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_analysis_setting_community\"");
    await queryRunner.query("DROP TABLE \"analysis_setting\"");
  }
}
