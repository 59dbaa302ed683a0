import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HardeningD1796524446779 implements MigrationInterface {
  name = 'HardeningD1796524446779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `household_binding` ADD `openHouseholdId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `membership` ADD `activeScopeKey` varchar(36) NULL");
    // Existing duplicates would fail the unique indexes: keep the first active membership and the
    // first open binding (an approved one before a pending one), close the rest, then fill the keys.
    await queryRunner.query("UPDATE `membership` m JOIN (SELECT DISTINCT d.`id` FROM `membership` d JOIN `membership` o ON o.`revokedAt` IS NULL AND o.`userId` = d.`userId` AND o.`role` = d.`role` AND o.`scopeKind` = d.`scopeKind` AND COALESCE(o.`scopeId`, '-') = COALESCE(d.`scopeId`, '-') AND o.`id` < d.`id` WHERE d.`revokedAt` IS NULL) dup ON dup.`id` = m.`id` SET m.`revokedAt` = NOW()");
    await queryRunner.query("UPDATE `household_binding` b JOIN (SELECT DISTINCT d.`id` FROM `household_binding` d JOIN `household_binding` o ON o.`status` IN ('PENDING', 'APPROVED') AND o.`userId` = d.`userId` AND o.`householdId` = d.`householdId` AND (CASE o.`status` WHEN 'APPROVED' THEN 0 ELSE 1 END < CASE d.`status` WHEN 'APPROVED' THEN 0 ELSE 1 END OR (CASE o.`status` WHEN 'APPROVED' THEN 0 ELSE 1 END = CASE d.`status` WHEN 'APPROVED' THEN 0 ELSE 1 END AND o.`id` < d.`id`)) WHERE d.`status` IN ('PENDING', 'APPROVED')) dup ON dup.`id` = b.`id` SET b.`status` = CASE b.`status` WHEN 'APPROVED' THEN 'REVOKED' ELSE 'REJECTED' END, b.`reason` = 'duplicate binding (removed by migration)'");
    await queryRunner.query("UPDATE `membership` SET `activeScopeKey` = COALESCE(`scopeId`, '-') WHERE `revokedAt` IS NULL");
    await queryRunner.query("UPDATE `household_binding` SET `openHouseholdId` = `householdId` WHERE `status` IN ('PENDING', 'APPROVED')");
    await queryRunner.query("CREATE UNIQUE INDEX `ux_binding_open` ON `household_binding` (`userId`, `openHouseholdId`)");
    await queryRunner.query("CREATE UNIQUE INDEX `ux_membership_active` ON `membership` (`userId`, `role`, `scopeKind`, `activeScopeKey`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_membership_active` ON `membership`");
    await queryRunner.query("DROP INDEX `ux_binding_open` ON `household_binding`");
    await queryRunner.query("ALTER TABLE `membership` DROP COLUMN `activeScopeKey`");
    await queryRunner.query("ALTER TABLE `household_binding` DROP COLUMN `openHouseholdId`");
  }
}
