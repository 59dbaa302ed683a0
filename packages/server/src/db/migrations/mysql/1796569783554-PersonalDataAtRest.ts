import type { MigrationInterface, QueryRunner } from 'typeorm';
import { convertRows } from '../../../crypto/convert-rows.js';
import { decryptPhones, encryptPhones, PHONE_COLUMNS } from '../personal-data-at-rest.js';

/**
 * Phone numbers encrypted at rest (AES-256-GCM) with a blind index (HMAC-SHA256) for lookup: the
 * columns are widened and the index columns added, every clear phone is encrypted with the
 * configured key (DATA_KEYS), then uniqueness moves to the index. Hand-written: the generator drops
 * and re-adds the phone columns (their data with them).
 */
export class PersonalDataAtRest1796569783554 implements MigrationInterface {
  name = 'PersonalDataAtRest1796569783554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_8e1f623798118e629b46a9e629` ON `user`");
    await queryRunner.query("DROP INDEX `ix_ticket_contact_phone` ON `ticket`");
    await queryRunner.query(
      'ALTER TABLE `user` MODIFY `phone` varchar(160) NOT NULL, ADD `phoneIndex` varchar(64) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL',
    );
    await queryRunner.query(
      'ALTER TABLE `ticket` MODIFY `contactPhone` varchar(160) NULL, ADD `contactPhoneIndex` varchar(64) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL',
    );
    for (const ref of PHONE_COLUMNS) await convertRows(queryRunner, ref, encryptPhones);
    await queryRunner.query(
      'ALTER TABLE `user` MODIFY `phoneIndex` varchar(64) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL',
    );
    await queryRunner.query("ALTER TABLE `user` ADD UNIQUE INDEX `IDX_d3441ad3aeca486e12c62cd838` (`phoneIndex`)");
    await queryRunner.query("CREATE INDEX `ix_ticket_contact_phone_index` ON `ticket` (`contactPhoneIndex`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_ticket_contact_phone_index` ON `ticket`");
    await queryRunner.query("ALTER TABLE `user` DROP INDEX `IDX_d3441ad3aeca486e12c62cd838`");
    for (const ref of PHONE_COLUMNS) await convertRows(queryRunner, ref, decryptPhones);
    await queryRunner.query("ALTER TABLE `user` MODIFY `phone` varchar(20) NOT NULL");
    await queryRunner.query("ALTER TABLE `ticket` MODIFY `contactPhone` varchar(20) NULL");
    await queryRunner.query("ALTER TABLE `ticket` DROP COLUMN `contactPhoneIndex`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `phoneIndex`");
    await queryRunner.query("CREATE INDEX `ix_ticket_contact_phone` ON `ticket` (`contactPhone`)");
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_8e1f623798118e629b46a9e629` ON `user` (`phone`)");
  }
}
