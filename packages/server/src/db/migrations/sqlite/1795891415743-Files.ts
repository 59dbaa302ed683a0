import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Files1795891415743 implements MigrationInterface {
  name = 'Files1795891415743';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"file\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ownerId\" varchar(36) NOT NULL, \"originalName\" varchar(200) NOT NULL, \"mime\" varchar(40) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"storageKey\" varchar(100) NOT NULL, \"attachedType\" varchar(40), \"attachedId\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_file_unattached_created\" ON \"file\" (\"attachedId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_file_attached\" ON \"file\" (\"attachedType\", \"attachedId\") ");
    await queryRunner.query("CREATE INDEX \"ix_file_owner\" ON \"file\" (\"ownerId\") ");
    await queryRunner.query("DROP INDEX \"ix_file_unattached_created\"");
    await queryRunner.query("DROP INDEX \"ix_file_attached\"");
    await queryRunner.query("DROP INDEX \"ix_file_owner\"");
    await queryRunner.query("CREATE TABLE \"temporary_file\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ownerId\" varchar(36) NOT NULL, \"originalName\" varchar(200) NOT NULL, \"mime\" varchar(40) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"storageKey\" varchar(100) NOT NULL, \"attachedType\" varchar(40), \"attachedId\" varchar(36), CONSTRAINT \"FK_34c5a7443f6f1ab14d73c5d0549\" FOREIGN KEY (\"ownerId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_file\"(\"id\", \"createdAt\", \"ownerId\", \"originalName\", \"mime\", \"size\", \"sha256\", \"storageKey\", \"attachedType\", \"attachedId\") SELECT \"id\", \"createdAt\", \"ownerId\", \"originalName\", \"mime\", \"size\", \"sha256\", \"storageKey\", \"attachedType\", \"attachedId\" FROM \"file\"");
    await queryRunner.query("DROP TABLE \"file\"");
    await queryRunner.query("ALTER TABLE \"temporary_file\" RENAME TO \"file\"");
    await queryRunner.query("CREATE INDEX \"ix_file_unattached_created\" ON \"file\" (\"attachedId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_file_attached\" ON \"file\" (\"attachedType\", \"attachedId\") ");
    await queryRunner.query("CREATE INDEX \"ix_file_owner\" ON \"file\" (\"ownerId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_file_owner\"");
    await queryRunner.query("DROP INDEX \"ix_file_attached\"");
    await queryRunner.query("DROP INDEX \"ix_file_unattached_created\"");
    await queryRunner.query("ALTER TABLE \"file\" RENAME TO \"temporary_file\"");
    await queryRunner.query("CREATE TABLE \"file\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ownerId\" varchar(36) NOT NULL, \"originalName\" varchar(200) NOT NULL, \"mime\" varchar(40) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"storageKey\" varchar(100) NOT NULL, \"attachedType\" varchar(40), \"attachedId\" varchar(36))");
    await queryRunner.query("INSERT INTO \"file\"(\"id\", \"createdAt\", \"ownerId\", \"originalName\", \"mime\", \"size\", \"sha256\", \"storageKey\", \"attachedType\", \"attachedId\") SELECT \"id\", \"createdAt\", \"ownerId\", \"originalName\", \"mime\", \"size\", \"sha256\", \"storageKey\", \"attachedType\", \"attachedId\" FROM \"temporary_file\"");
    await queryRunner.query("DROP TABLE \"temporary_file\"");
    await queryRunner.query("CREATE INDEX \"ix_file_owner\" ON \"file\" (\"ownerId\") ");
    await queryRunner.query("CREATE INDEX \"ix_file_attached\" ON \"file\" (\"attachedType\", \"attachedId\") ");
    await queryRunner.query("CREATE INDEX \"ix_file_unattached_created\" ON \"file\" (\"attachedId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"ix_file_owner\"");
    await queryRunner.query("DROP INDEX \"ix_file_attached\"");
    await queryRunner.query("DROP INDEX \"ix_file_unattached_created\"");
    await queryRunner.query("DROP TABLE \"file\"");
  }
}
