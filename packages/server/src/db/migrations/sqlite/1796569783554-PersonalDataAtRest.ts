import type { MigrationInterface, QueryRunner } from 'typeorm';
import { convertRows } from '../../../crypto/convert-rows.js';
import { decryptPhones, encryptPhones, PHONE_COLUMNS } from '../personal-data-at-rest.js';

/**
 * Phone numbers encrypted at rest (AES-256-GCM) with a blind index (HMAC-SHA256) for lookup: the
 * index columns are added, every clear phone is encrypted with the configured key (DATA_KEYS), then
 * the tables are rebuilt to their final form (wider phone columns, uniqueness on the index).
 * Hand-written: the generator would rebuild the tables before the index could be filled.
 */
export class PersonalDataAtRest1796569783554 implements MigrationInterface {
  name = 'PersonalDataAtRest1796569783554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_ticket_contact_phone"');
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "phoneIndex" varchar(64)');
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "contactPhoneIndex" varchar(64)');
    for (const ref of PHONE_COLUMNS) await convertRows(queryRunner, ref, encryptPhones);
    await queryRunner.query("CREATE TABLE \"temporary_user\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"phone\" varchar(160) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"isPartyMember\" boolean NOT NULL DEFAULT (0), \"disabledAt\" datetime, \"tokenVersion\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"lastSignInAt\" datetime, \"phoneIndex\" varchar(64) NOT NULL, CONSTRAINT \"UQ_7c11332fd9ea9516f6e4a098c29\" UNIQUE (\"phoneIndex\"))");
    await queryRunner.query("INSERT INTO \"temporary_user\"(\"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\", \"lastSignInAt\", \"phoneIndex\") SELECT \"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\", \"lastSignInAt\", \"phoneIndex\" FROM \"user\"");
    await queryRunner.query("DROP TABLE \"user\"");
    await queryRunner.query("ALTER TABLE \"temporary_user\" RENAME TO \"user\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_priority\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_created\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_street_created\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_reply_due\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_submitter\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_estate\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_state\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_idempotency\"");
    await queryRunner.query("CREATE TABLE \"temporary_ticket\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36), \"buildingId\" varchar(36), \"categoryId\" varchar(36) NOT NULL, \"submitterId\" varchar(36) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" text NOT NULL, \"locationText\" varchar(200), \"anonymous\" boolean NOT NULL DEFAULT (0), \"state\" varchar(16) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"idempotencyKey\" varchar(64) NOT NULL, \"mergedIntoId\" varchar(36), \"acceptedAt\" datetime, \"firstRepliedAt\" datetime, \"resolvedAt\" datetime, \"replyDueAt\" datetime, \"resolveDueAt\" datetime, \"dueCovered\" boolean NOT NULL DEFAULT (1), \"rating\" integer, \"ratingComment\" varchar(500), \"reopenCount\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"triageOverdueNotifiedAt\" datetime, \"priority\" varchar(16) NOT NULL DEFAULT ('NORMAL'), \"emergencyAt\" datetime, \"acknowledgedAt\" datetime, \"source\" varchar(16) NOT NULL DEFAULT ('APP'), \"externalRef\" varchar(40), \"contactName\" varchar(50), \"contactPhone\" varchar(160), \"recordedById\" varchar(36), \"escalatedToId\" varchar(36), \"imported\" boolean NOT NULL DEFAULT (0), \"contactPhoneIndex\" varchar(64), \"pinned\" integer AS (CASE WHEN priority = 'EMERGENCY' AND acknowledgedAt IS NULL AND state IN ('SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING') THEN 1 ELSE 0 END) VIRTUAL, CONSTRAINT \"FK_ad2017cbc1222629e86384a1929\" FOREIGN KEY (\"communityId\") REFERENCES \"community\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ffa1e18b27ae5dfb0988873354a\" FOREIGN KEY (\"categoryId\") REFERENCES \"ticket_category\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ff63989027d3b8a258b90ea4b96\" FOREIGN KEY (\"submitterId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_ticket\"(\"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\", \"triageOverdueNotifiedAt\", \"priority\", \"emergencyAt\", \"acknowledgedAt\", \"source\", \"externalRef\", \"contactName\", \"contactPhone\", \"recordedById\", \"escalatedToId\", \"imported\", \"contactPhoneIndex\") SELECT \"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\", \"triageOverdueNotifiedAt\", \"priority\", \"emergencyAt\", \"acknowledgedAt\", \"source\", \"externalRef\", \"contactName\", \"contactPhone\", \"recordedById\", \"escalatedToId\", \"imported\", \"contactPhoneIndex\" FROM \"ticket\"");
    await queryRunner.query("DROP TABLE \"ticket\"");
    await queryRunner.query("ALTER TABLE \"temporary_ticket\" RENAME TO \"ticket\"");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_priority\" ON \"ticket\" (\"communityId\", \"priority\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_created\" ON \"ticket\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_street_created\" ON \"ticket\" (\"streetId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_reply_due\" ON \"ticket\" (\"state\", \"replyDueAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_submitter\" ON \"ticket\" (\"submitterId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_estate\" ON \"ticket\" (\"estateId\") ");
    // The list indexes of TicketListPin (which ran before) made again after the rebuild.
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_state\" ON \"ticket\" (\"communityId\", \"state\", \"pinned\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_street_list\" ON \"ticket\" (\"streetId\", \"pinned\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_list\" ON \"ticket\" (\"communityId\", \"pinned\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_idempotency\" ON \"ticket\" (\"submitterId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_contact_phone_index\" ON \"ticket\" (\"contactPhoneIndex\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to clear numbers first.
    for (const ref of PHONE_COLUMNS) await convertRows(queryRunner, ref, decryptPhones);
    await queryRunner.query("DROP INDEX \"ix_ticket_contact_phone_index\"");
    // The user table rebuilt in its old form: copy, drop, rename, which SQLite allows only with
    // foreign keys off (17 tables point at "user"), and that pragma is ignored inside a transaction,
    // where TypeORM runs a revert. So the revert commits the decrypted numbers first, rebuilds
    // in a transaction of its own with foreign keys off (checked before it commits), and hands
    // TypeORM a new transaction for its bookkeeping.
    const inTransaction = queryRunner.isTransactionActive;
    if (inTransaction) await queryRunner.commitTransaction();
    await queryRunner.query('PRAGMA foreign_keys = OFF');
    await queryRunner.startTransaction();
    try {
      await queryRunner.query("CREATE TABLE \"temporary_user\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"phone\" varchar(20) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"isPartyMember\" boolean NOT NULL DEFAULT (0), \"disabledAt\" datetime, \"tokenVersion\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"lastSignInAt\" datetime, CONSTRAINT \"UQ_8e1f623798118e629b46a9e6299\" UNIQUE (\"phone\"))");
      await queryRunner.query("INSERT INTO \"temporary_user\"(\"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\", \"lastSignInAt\") SELECT \"id\", \"createdAt\", \"phone\", \"passwordHash\", \"displayName\", \"isPartyMember\", \"disabledAt\", \"tokenVersion\", \"updatedAt\", \"lastSignInAt\" FROM \"user\"");
      await queryRunner.query('DROP TABLE "user"');
      await queryRunner.query('ALTER TABLE "temporary_user" RENAME TO "user"');
      const broken = await queryRunner.query('PRAGMA foreign_key_check');
      if (broken.length > 0) throw new Error(`foreign keys broken by the rebuild: ${JSON.stringify(broken[0])}`);
      await queryRunner.commitTransaction();
    } catch (err) {
      await queryRunner.rollbackTransaction();
      throw err;
    } finally {
      await queryRunner.query('PRAGMA foreign_keys = ON');
      if (inTransaction) await queryRunner.startTransaction();
    }
    // The ticket table is not rebuilt: contactPhone keeps its varchar(160) declaration (SQLite
    // does not enforce lengths).
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "contactPhoneIndex"');
    await queryRunner.query("CREATE INDEX \"ix_ticket_contact_phone\" ON \"ticket\" (\"contactPhone\") ");
  }
}
