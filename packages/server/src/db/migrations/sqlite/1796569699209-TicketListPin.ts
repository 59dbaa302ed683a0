import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff workbench sorts on a generated `pinned` column (open emergencies nobody
 * acknowledged) instead of a CASE no index serves, with indexes in its order (issue 21). SQLite
 * rebuilds the table (TypeORM's way of adding a column).
 */
export class TicketListPin1796569699209 implements MigrationInterface {
  name = 'TicketListPin1796569699209';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM keeps the expression of a generated column in its metadata table (the schema diff
    // reads it); the same definition as TypeORM's own, created here when no migration made it yet.
    await queryRunner.query("CREATE TABLE IF NOT EXISTS \"typeorm_metadata\" (\"type\" varchar NOT NULL, \"database\" varchar, \"schema\" varchar, \"table\" varchar, \"name\" varchar, \"value\" text)");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_state\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_contact_phone\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_priority\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_created\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_street_created\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_reply_due\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_submitter\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_estate\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_idempotency\"");
    await queryRunner.query("CREATE TABLE \"temporary_ticket\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36), \"buildingId\" varchar(36), \"categoryId\" varchar(36) NOT NULL, \"submitterId\" varchar(36) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" text NOT NULL, \"locationText\" varchar(200), \"anonymous\" boolean NOT NULL DEFAULT (0), \"state\" varchar(16) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"idempotencyKey\" varchar(64) NOT NULL, \"mergedIntoId\" varchar(36), \"acceptedAt\" datetime, \"firstRepliedAt\" datetime, \"resolvedAt\" datetime, \"replyDueAt\" datetime, \"resolveDueAt\" datetime, \"dueCovered\" boolean NOT NULL DEFAULT (1), \"rating\" integer, \"ratingComment\" varchar(500), \"reopenCount\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"triageOverdueNotifiedAt\" datetime, \"priority\" varchar(16) NOT NULL DEFAULT ('NORMAL'), \"emergencyAt\" datetime, \"acknowledgedAt\" datetime, \"source\" varchar(16) NOT NULL DEFAULT ('APP'), \"externalRef\" varchar(40), \"contactName\" varchar(50), \"contactPhone\" varchar(20), \"recordedById\" varchar(36), \"escalatedToId\" varchar(36), \"imported\" boolean NOT NULL DEFAULT (0), \"pinned\" integer AS (CASE WHEN priority = 'EMERGENCY' AND acknowledgedAt IS NULL AND state IN ('SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING') THEN 1 ELSE 0 END) VIRTUAL, CONSTRAINT \"FK_ad2017cbc1222629e86384a1929\" FOREIGN KEY (\"communityId\") REFERENCES \"community\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ffa1e18b27ae5dfb0988873354a\" FOREIGN KEY (\"categoryId\") REFERENCES \"ticket_category\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ff63989027d3b8a258b90ea4b96\" FOREIGN KEY (\"submitterId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_ticket\"(\"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\", \"triageOverdueNotifiedAt\", \"priority\", \"emergencyAt\", \"acknowledgedAt\", \"source\", \"externalRef\", \"contactName\", \"contactPhone\", \"recordedById\", \"escalatedToId\", \"imported\") SELECT \"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\", \"triageOverdueNotifiedAt\", \"priority\", \"emergencyAt\", \"acknowledgedAt\", \"source\", \"externalRef\", \"contactName\", \"contactPhone\", \"recordedById\", \"escalatedToId\", \"imported\" FROM \"ticket\"");
    await queryRunner.query("DROP TABLE \"ticket\"");
    await queryRunner.query("ALTER TABLE \"temporary_ticket\" RENAME TO \"ticket\"");
    await queryRunner.query("CREATE INDEX \"ix_ticket_contact_phone\" ON \"ticket\" (\"contactPhone\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_priority\" ON \"ticket\" (\"communityId\", \"priority\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_created\" ON \"ticket\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_street_created\" ON \"ticket\" (\"streetId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_reply_due\" ON \"ticket\" (\"state\", \"replyDueAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_submitter\" ON \"ticket\" (\"submitterId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_estate\" ON \"ticket\" (\"estateId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_idempotency\" ON \"ticket\" (\"submitterId\", \"idempotencyKey\") ");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (NULL, NULL, ?, ?, ?, ?)", ["ticket","GENERATED_COLUMN","pinned","CASE WHEN priority = 'EMERGENCY' AND acknowledgedAt IS NULL AND state IN ('SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING') THEN 1 ELSE 0 END"]);
    await queryRunner.query("CREATE INDEX \"ix_ticket_street_list\" ON \"ticket\" (\"streetId\", \"pinned\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_list\" ON \"ticket\" (\"communityId\", \"pinned\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_state\" ON \"ticket\" (\"communityId\", \"state\", \"pinned\", \"createdAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Not a rebuild: a revert runs with foreign keys on, and renaming "ticket" away would carry the
    // child tables' references with it (then dropping it fails on their rows). The generated column
    // is VIRTUAL, so SQLite drops it in place once no index names it.
    await queryRunner.query('DROP INDEX "ix_ticket_community_state"');
    await queryRunner.query('DROP INDEX "ix_ticket_community_list"');
    await queryRunner.query('DROP INDEX "ix_ticket_street_list"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "pinned"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = ? AND "name" = ? AND "table" = ?',
      ['GENERATED_COLUMN', 'pinned', 'ticket'],
    );
    await queryRunner.query('CREATE INDEX "ix_ticket_community_state" ON "ticket" ("communityId", "state") ');
  }
}
