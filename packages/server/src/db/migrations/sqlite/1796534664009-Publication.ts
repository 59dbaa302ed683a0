import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Publication1796534664009 implements MigrationInterface {
  name = 'Publication1796534664009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"committee_member\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"organisationId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36) NOT NULL, \"name\" varchar(50) NOT NULL, \"term\" integer NOT NULL, \"post\" varchar(20) NOT NULL, \"startOn\" varchar(10) NOT NULL, \"endOn\" varchar(10), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_committee_member_org\" ON \"committee_member\" (\"organisationId\", \"term\") ");
    await queryRunner.query("CREATE TABLE \"committee_resolution\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"organisationId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36) NOT NULL, \"meetingOn\" varchar(10) NOT NULL, \"subject\" varchar(200) NOT NULL, \"body\" text NOT NULL, \"votesFor\" integer NOT NULL, \"votesAgainst\" integer NOT NULL, \"votesAbstain\" integer NOT NULL, \"areaFor\" integer NOT NULL, \"areaAgainst\" integer NOT NULL, \"areaAbstain\" integer NOT NULL, \"attachmentFileIds\" text NOT NULL, \"publicationId\" varchar(36), \"createdById\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_committee_resolution_org\" ON \"committee_resolution\" (\"organisationId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"publication\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"channel\" varchar(24) NOT NULL, \"kind\" varchar(24), \"scope\" varchar(12) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36), \"estateId\" varchar(36), \"publisherKind\" varchar(16) NOT NULL, \"publisherOrganisationId\" varchar(36), \"title\" varchar(200) NOT NULL, \"body\" text NOT NULL, \"coverFileId\" varchar(36), \"attachmentFileIds\" text NOT NULL, \"pinned\" boolean NOT NULL DEFAULT (0), \"status\" varchar(12) NOT NULL, \"publishAt\" datetime, \"publishedAt\" datetime, \"sortAt\" datetime NOT NULL, \"revisionNumber\" integer NOT NULL DEFAULT (0), \"withdrawnAt\" datetime, \"withdrawnById\" varchar(36), \"withdrawalReason\" varchar(500), \"viewCount\" integer NOT NULL DEFAULT (0), \"authorId\" varchar(36), \"sourceType\" varchar(40), \"sourceId\" varchar(36), \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_publication_source\" ON \"publication\" (\"sourceType\", \"sourceId\") ");
    await queryRunner.query("CREATE INDEX \"ix_publication_due\" ON \"publication\" (\"status\", \"publishAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_publication_estate\" ON \"publication\" (\"estateId\", \"status\", \"sortAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_publication_community\" ON \"publication\" (\"communityId\", \"status\", \"sortAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_publication_street\" ON \"publication\" (\"streetId\", \"status\", \"sortAt\") ");
    await queryRunner.query("CREATE TABLE \"publication_revision\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"publicationId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"body\" text NOT NULL, \"changeNote\" varchar(500), \"coverFileId\" varchar(36), \"attachmentFileIds\" text NOT NULL, \"publishedById\" varchar(36))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_publication_revision\" ON \"publication_revision\" (\"publicationId\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"publication_view\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"publicationId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_publication_view\" ON \"publication_view\" (\"publicationId\", \"userId\") ");
    await queryRunner.query("CREATE TABLE \"publication_visit\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"channel\" varchar(24) NOT NULL, \"visitedAt\" datetime NOT NULL, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_publication_visit\" ON \"publication_visit\" (\"userId\", \"channel\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_publication_visit\"");
    await queryRunner.query("DROP TABLE \"publication_visit\"");
    await queryRunner.query("DROP INDEX \"uq_publication_view\"");
    await queryRunner.query("DROP TABLE \"publication_view\"");
    await queryRunner.query("DROP INDEX \"uq_publication_revision\"");
    await queryRunner.query("DROP TABLE \"publication_revision\"");
    await queryRunner.query("DROP INDEX \"ix_publication_street\"");
    await queryRunner.query("DROP INDEX \"ix_publication_community\"");
    await queryRunner.query("DROP INDEX \"ix_publication_estate\"");
    await queryRunner.query("DROP INDEX \"ix_publication_due\"");
    await queryRunner.query("DROP INDEX \"uq_publication_source\"");
    await queryRunner.query("DROP TABLE \"publication\"");
    await queryRunner.query("DROP INDEX \"ix_committee_resolution_org\"");
    await queryRunner.query("DROP TABLE \"committee_resolution\"");
    await queryRunner.query("DROP INDEX \"ix_committee_member_org\"");
    await queryRunner.query("DROP TABLE \"committee_member\"");
  }
}
