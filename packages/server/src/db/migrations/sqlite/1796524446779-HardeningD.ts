import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HardeningD1796524446779 implements MigrationInterface {
  name = 'HardeningD1796524446779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_binding_user\"");
    await queryRunner.query("DROP INDEX \"ix_binding_household\"");
    await queryRunner.query("DROP INDEX \"ix_binding_community_status\"");
    await queryRunner.query("CREATE TABLE \"temporary_household_binding\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"householdId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36) NOT NULL, \"relation\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"reason\" varchar(200), \"reviewedById\" varchar(36), \"reviewedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"openHouseholdId\" varchar(36), CONSTRAINT \"FK_5467266eeeec2ad9e3eb385a502\" FOREIGN KEY (\"householdId\") REFERENCES \"household\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_2e5ea07c30483832971ea6d89b7\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_household_binding\"(\"id\", \"createdAt\", \"userId\", \"householdId\", \"streetId\", \"communityId\", \"estateId\", \"relation\", \"status\", \"reason\", \"reviewedById\", \"reviewedAt\", \"version\", \"updatedAt\") SELECT \"id\", \"createdAt\", \"userId\", \"householdId\", \"streetId\", \"communityId\", \"estateId\", \"relation\", \"status\", \"reason\", \"reviewedById\", \"reviewedAt\", \"version\", \"updatedAt\" FROM \"household_binding\"");
    await queryRunner.query("DROP TABLE \"household_binding\"");
    await queryRunner.query("ALTER TABLE \"temporary_household_binding\" RENAME TO \"household_binding\"");
    await queryRunner.query("CREATE INDEX \"ix_binding_user\" ON \"household_binding\" (\"userId\") ");
    await queryRunner.query("CREATE INDEX \"ix_binding_household\" ON \"household_binding\" (\"householdId\") ");
    await queryRunner.query("CREATE INDEX \"ix_binding_community_status\" ON \"household_binding\" (\"communityId\", \"status\") ");
    await queryRunner.query("DROP INDEX \"ix_membership_user\"");
    await queryRunner.query("DROP INDEX \"ix_membership_scope\"");
    await queryRunner.query("CREATE TABLE \"temporary_membership\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"role\" varchar(32) NOT NULL, \"scopeKind\" varchar(16) NOT NULL, \"scopeId\" varchar(36), \"streetId\" varchar(36), \"communityId\" varchar(36), \"estateId\" varchar(36), \"organisationId\" varchar(36), \"grantedById\" varchar(36), \"revokedAt\" datetime, \"revokedById\" varchar(36), \"activeScopeKey\" varchar(36), CONSTRAINT \"FK_eef2d9d9c70cd13bed868afedf4\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_membership\"(\"id\", \"createdAt\", \"userId\", \"role\", \"scopeKind\", \"scopeId\", \"streetId\", \"communityId\", \"estateId\", \"organisationId\", \"grantedById\", \"revokedAt\", \"revokedById\") SELECT \"id\", \"createdAt\", \"userId\", \"role\", \"scopeKind\", \"scopeId\", \"streetId\", \"communityId\", \"estateId\", \"organisationId\", \"grantedById\", \"revokedAt\", \"revokedById\" FROM \"membership\"");
    await queryRunner.query("DROP TABLE \"membership\"");
    await queryRunner.query("ALTER TABLE \"temporary_membership\" RENAME TO \"membership\"");
    await queryRunner.query("CREATE INDEX \"ix_membership_user\" ON \"membership\" (\"userId\") ");
    await queryRunner.query("CREATE INDEX \"ix_membership_scope\" ON \"membership\" (\"scopeKind\", \"scopeId\") ");
    // Existing duplicates would fail the unique indexes: keep the first active membership and the
    // first open binding (an approved one before a pending one), close the rest, then fill the keys.
    await queryRunner.query("UPDATE \"membership\" SET \"revokedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN (SELECT DISTINCT d.\"id\" FROM \"membership\" d JOIN \"membership\" o ON o.\"revokedAt\" IS NULL AND o.\"userId\" = d.\"userId\" AND o.\"role\" = d.\"role\" AND o.\"scopeKind\" = d.\"scopeKind\" AND COALESCE(o.\"scopeId\", '-') = COALESCE(d.\"scopeId\", '-') AND o.\"id\" < d.\"id\" WHERE d.\"revokedAt\" IS NULL)");
    await queryRunner.query("UPDATE \"household_binding\" SET \"status\" = CASE \"status\" WHEN 'APPROVED' THEN 'REVOKED' ELSE 'REJECTED' END, \"reason\" = 'duplicate binding (removed by migration)' WHERE \"id\" IN (SELECT DISTINCT d.\"id\" FROM \"household_binding\" d JOIN \"household_binding\" o ON o.\"status\" IN ('PENDING', 'APPROVED') AND o.\"userId\" = d.\"userId\" AND o.\"householdId\" = d.\"householdId\" AND (CASE o.\"status\" WHEN 'APPROVED' THEN 0 ELSE 1 END < CASE d.\"status\" WHEN 'APPROVED' THEN 0 ELSE 1 END OR (CASE o.\"status\" WHEN 'APPROVED' THEN 0 ELSE 1 END = CASE d.\"status\" WHEN 'APPROVED' THEN 0 ELSE 1 END AND o.\"id\" < d.\"id\")) WHERE d.\"status\" IN ('PENDING', 'APPROVED'))");
    await queryRunner.query("UPDATE \"membership\" SET \"activeScopeKey\" = COALESCE(\"scopeId\", '-') WHERE \"revokedAt\" IS NULL");
    await queryRunner.query("UPDATE \"household_binding\" SET \"openHouseholdId\" = \"householdId\" WHERE \"status\" IN ('PENDING', 'APPROVED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_binding_open\" ON \"household_binding\" (\"userId\", \"openHouseholdId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_membership_active\" ON \"membership\" (\"userId\", \"role\", \"scopeKind\", \"activeScopeKey\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_membership_active\"");
    await queryRunner.query("DROP INDEX \"ux_binding_open\"");
    await queryRunner.query("DROP INDEX \"ix_membership_scope\"");
    await queryRunner.query("DROP INDEX \"ix_membership_user\"");
    await queryRunner.query("ALTER TABLE \"membership\" RENAME TO \"temporary_membership\"");
    await queryRunner.query("CREATE TABLE \"membership\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"role\" varchar(32) NOT NULL, \"scopeKind\" varchar(16) NOT NULL, \"scopeId\" varchar(36), \"streetId\" varchar(36), \"communityId\" varchar(36), \"estateId\" varchar(36), \"organisationId\" varchar(36), \"grantedById\" varchar(36), \"revokedAt\" datetime, \"revokedById\" varchar(36), CONSTRAINT \"FK_eef2d9d9c70cd13bed868afedf4\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"membership\"(\"id\", \"createdAt\", \"userId\", \"role\", \"scopeKind\", \"scopeId\", \"streetId\", \"communityId\", \"estateId\", \"organisationId\", \"grantedById\", \"revokedAt\", \"revokedById\") SELECT \"id\", \"createdAt\", \"userId\", \"role\", \"scopeKind\", \"scopeId\", \"streetId\", \"communityId\", \"estateId\", \"organisationId\", \"grantedById\", \"revokedAt\", \"revokedById\" FROM \"temporary_membership\"");
    await queryRunner.query("DROP TABLE \"temporary_membership\"");
    await queryRunner.query("CREATE INDEX \"ix_membership_scope\" ON \"membership\" (\"scopeKind\", \"scopeId\") ");
    await queryRunner.query("CREATE INDEX \"ix_membership_user\" ON \"membership\" (\"userId\") ");
    await queryRunner.query("DROP INDEX \"ix_binding_community_status\"");
    await queryRunner.query("DROP INDEX \"ix_binding_household\"");
    await queryRunner.query("DROP INDEX \"ix_binding_user\"");
    await queryRunner.query("ALTER TABLE \"household_binding\" RENAME TO \"temporary_household_binding\"");
    await queryRunner.query("CREATE TABLE \"household_binding\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"householdId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36) NOT NULL, \"relation\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"reason\" varchar(200), \"reviewedById\" varchar(36), \"reviewedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_5467266eeeec2ad9e3eb385a502\" FOREIGN KEY (\"householdId\") REFERENCES \"household\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_2e5ea07c30483832971ea6d89b7\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"household_binding\"(\"id\", \"createdAt\", \"userId\", \"householdId\", \"streetId\", \"communityId\", \"estateId\", \"relation\", \"status\", \"reason\", \"reviewedById\", \"reviewedAt\", \"version\", \"updatedAt\") SELECT \"id\", \"createdAt\", \"userId\", \"householdId\", \"streetId\", \"communityId\", \"estateId\", \"relation\", \"status\", \"reason\", \"reviewedById\", \"reviewedAt\", \"version\", \"updatedAt\" FROM \"temporary_household_binding\"");
    await queryRunner.query("DROP TABLE \"temporary_household_binding\"");
    await queryRunner.query("CREATE INDEX \"ix_binding_community_status\" ON \"household_binding\" (\"communityId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_binding_household\" ON \"household_binding\" (\"householdId\") ");
    await queryRunner.query("CREATE INDEX \"ix_binding_user\" ON \"household_binding\" (\"userId\") ");
  }
}
