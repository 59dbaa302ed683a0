import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Property1796534649331 implements MigrationInterface {
  name = 'Property1796534649331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `property_contract` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `organisationId` varchar(36) NOT NULL, `title` varchar(100) NOT NULL, `termStart` varchar(10) NOT NULL, `termEnd` varchar(10) NOT NULL, `serviceLevel` varchar(40) NOT NULL, `feeFenPerSqmMonth` int NOT NULL, `createdById` varchar(36) NOT NULL, INDEX `ix_property_contract_estate` (`estateId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `property_fee_standard` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `organisationId` varchar(36) NOT NULL, `item` varchar(100) NOT NULL, `amountFen` int NOT NULL, `unit` varchar(40) NOT NULL, `effectiveFrom` varchar(10) NOT NULL, `note` varchar(500) NULL, `createdById` varchar(36) NOT NULL, INDEX `ix_property_fee_standard_estate` (`estateId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `revenue_period` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `period` varchar(7) NOT NULL, `entryCount` int NOT NULL DEFAULT '0', `closedAt` datetime(3) NULL, `closedById` varchar(36) NULL, UNIQUE INDEX `ux_revenue_period` (`estateId`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `revenue_entry` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `period` varchar(7) NOT NULL, `item` varchar(100) NOT NULL, `direction` varchar(8) NOT NULL, `amountFen` int NOT NULL, `note` varchar(500) NULL, `correctsId` varchar(36) NULL, `recordedById` varchar(36) NOT NULL, INDEX `ix_revenue_entry_period` (`estateId`, `period`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `equipment` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `buildingId` varchar(36) NULL, `kind` varchar(32) NOT NULL, `name` varchar(100) NOT NULL, `registrationNo` varchar(64) NOT NULL, `installedOn` varchar(10) NOT NULL, `dueOn` varchar(10) NULL, `soonFrom` varchar(10) NULL, `dueRequirement` varchar(32) NULL, `overdueNotifiedAt` datetime(3) NULL, UNIQUE INDEX `ux_equipment_registration` (`estateId`, `registrationNo`), INDEX `ix_equipment_community_due` (`communityId`, `dueOn`), INDEX `ix_equipment_estate` (`estateId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `maintenance_rule` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `equipmentKind` varchar(32) NOT NULL, `requirement` varchar(32) NOT NULL, `intervalDays` int NOT NULL, UNIQUE INDEX `ux_maintenance_rule` (`communityId`, `equipmentKind`, `requirement`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `maintenance_record` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `estateId` varchar(36) NOT NULL, `equipmentId` varchar(36) NOT NULL, `performedOn` varchar(10) NOT NULL, `kind` varchar(16) NOT NULL, `contractor` varchar(100) NOT NULL, `result` varchar(8) NOT NULL, `defects` varchar(500) NULL, `fix` varchar(500) NULL, `nextDueOn` varchar(10) NULL, `recordedById` varchar(36) NOT NULL, INDEX `ix_maintenance_record_kind` (`equipmentId`, `kind`, `performedOn`), INDEX `ix_maintenance_record_equipment` (`equipmentId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_maintenance_record_equipment` ON `maintenance_record`");
    await queryRunner.query("DROP INDEX `ix_maintenance_record_kind` ON `maintenance_record`");
    await queryRunner.query("DROP TABLE `maintenance_record`");
    await queryRunner.query("DROP INDEX `ux_maintenance_rule` ON `maintenance_rule`");
    await queryRunner.query("DROP TABLE `maintenance_rule`");
    await queryRunner.query("DROP INDEX `ix_equipment_estate` ON `equipment`");
    await queryRunner.query("DROP INDEX `ix_equipment_community_due` ON `equipment`");
    await queryRunner.query("DROP INDEX `ux_equipment_registration` ON `equipment`");
    await queryRunner.query("DROP TABLE `equipment`");
    await queryRunner.query("DROP INDEX `ix_revenue_entry_period` ON `revenue_entry`");
    await queryRunner.query("DROP TABLE `revenue_entry`");
    await queryRunner.query("DROP INDEX `ux_revenue_period` ON `revenue_period`");
    await queryRunner.query("DROP TABLE `revenue_period`");
    await queryRunner.query("DROP INDEX `ix_property_fee_standard_estate` ON `property_fee_standard`");
    await queryRunner.query("DROP TABLE `property_fee_standard`");
    await queryRunner.query("DROP INDEX `ix_property_contract_estate` ON `property_contract`");
    await queryRunner.query("DROP TABLE `property_contract`");
  }
}
