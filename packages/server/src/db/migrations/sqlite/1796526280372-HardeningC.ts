import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HardeningC1796526280372 implements MigrationInterface {
  name = 'HardeningC1796526280372';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_ticket_event_ticket\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_event_community_type\"");
    await queryRunner.query("CREATE TABLE \"temporary_ticket_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"type\" varchar(32) NOT NULL, \"fromState\" varchar(16), \"toState\" varchar(16), \"actorId\" varchar(36), \"actorRole\" varchar(32), \"organisationId\" varchar(36), \"note\" text, \"relatedTicketId\" varchar(36), CONSTRAINT \"FK_52ad15979fca7c3e0e008a51ba2\" FOREIGN KEY (\"ticketId\") REFERENCES \"ticket\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_ticket_event\"(\"id\", \"createdAt\", \"ticketId\", \"communityId\", \"type\", \"fromState\", \"toState\", \"actorId\", \"actorRole\", \"organisationId\", \"note\", \"relatedTicketId\") SELECT \"id\", \"createdAt\", \"ticketId\", \"communityId\", \"type\", \"fromState\", \"toState\", \"actorId\", \"actorRole\", \"organisationId\", \"note\", \"relatedTicketId\" FROM \"ticket_event\"");
    await queryRunner.query("DROP TABLE \"ticket_event\"");
    await queryRunner.query("ALTER TABLE \"temporary_ticket_event\" RENAME TO \"ticket_event\"");
    await queryRunner.query("CREATE INDEX \"ix_ticket_event_ticket\" ON \"ticket_event\" (\"ticketId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_event_community_type\" ON \"ticket_event\" (\"communityId\", \"type\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"uq_community_street_name\"");
    await queryRunner.query("CREATE TABLE \"temporary_community\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"address\" varchar(200), \"archivedAt\" datetime, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), \"ticketIntake\" varchar(24) NOT NULL DEFAULT ('VERIFIED_RESIDENTS'), CONSTRAINT \"FK_3b34cbe8c7e759e88af1266a2e6\" FOREIGN KEY (\"streetId\") REFERENCES \"street\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_community\"(\"id\", \"createdAt\", \"streetId\", \"name\", \"address\", \"archivedAt\", \"updatedAt\", \"version\") SELECT \"id\", \"createdAt\", \"streetId\", \"name\", \"address\", \"archivedAt\", \"updatedAt\", \"version\" FROM \"community\"");
    await queryRunner.query("DROP TABLE \"community\"");
    await queryRunner.query("ALTER TABLE \"temporary_community\" RENAME TO \"community\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_community_street_name\" ON \"community\" (\"streetId\", \"name\") ");
    await queryRunner.query("DROP INDEX \"uq_ticket_idempotency\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_state\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_estate\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_submitter\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_reply_due\"");
    await queryRunner.query("CREATE TABLE \"temporary_ticket\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36), \"buildingId\" varchar(36), \"categoryId\" varchar(36) NOT NULL, \"submitterId\" varchar(36) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" text NOT NULL, \"locationText\" varchar(200), \"anonymous\" boolean NOT NULL DEFAULT (0), \"state\" varchar(16) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"idempotencyKey\" varchar(64) NOT NULL, \"mergedIntoId\" varchar(36), \"acceptedAt\" datetime, \"firstRepliedAt\" datetime, \"resolvedAt\" datetime, \"replyDueAt\" datetime, \"resolveDueAt\" datetime, \"dueCovered\" boolean NOT NULL DEFAULT (1), \"rating\" integer, \"ratingComment\" varchar(500), \"reopenCount\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"triageOverdueNotifiedAt\" datetime, CONSTRAINT \"FK_ff63989027d3b8a258b90ea4b96\" FOREIGN KEY (\"submitterId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ffa1e18b27ae5dfb0988873354a\" FOREIGN KEY (\"categoryId\") REFERENCES \"ticket_category\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ad2017cbc1222629e86384a1929\" FOREIGN KEY (\"communityId\") REFERENCES \"community\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_ticket\"(\"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\") SELECT \"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\" FROM \"ticket\"");
    await queryRunner.query("DROP TABLE \"ticket\"");
    await queryRunner.query("ALTER TABLE \"temporary_ticket\" RENAME TO \"ticket\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_idempotency\" ON \"ticket\" (\"submitterId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_state\" ON \"ticket\" (\"communityId\", \"state\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_estate\" ON \"ticket\" (\"estateId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_submitter\" ON \"ticket\" (\"submitterId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_reply_due\" ON \"ticket\" (\"state\", \"replyDueAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_ticket_reply_due\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_submitter\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_estate\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_community_state\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_idempotency\"");
    await queryRunner.query("ALTER TABLE \"ticket\" RENAME TO \"temporary_ticket\"");
    await queryRunner.query("CREATE TABLE \"ticket\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"estateId\" varchar(36), \"buildingId\" varchar(36), \"categoryId\" varchar(36) NOT NULL, \"submitterId\" varchar(36) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" text NOT NULL, \"locationText\" varchar(200), \"anonymous\" boolean NOT NULL DEFAULT (0), \"state\" varchar(16) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"idempotencyKey\" varchar(64) NOT NULL, \"mergedIntoId\" varchar(36), \"acceptedAt\" datetime, \"firstRepliedAt\" datetime, \"resolvedAt\" datetime, \"replyDueAt\" datetime, \"resolveDueAt\" datetime, \"dueCovered\" boolean NOT NULL DEFAULT (1), \"rating\" integer, \"ratingComment\" varchar(500), \"reopenCount\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ff63989027d3b8a258b90ea4b96\" FOREIGN KEY (\"submitterId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ffa1e18b27ae5dfb0988873354a\" FOREIGN KEY (\"categoryId\") REFERENCES \"ticket_category\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_ad2017cbc1222629e86384a1929\" FOREIGN KEY (\"communityId\") REFERENCES \"community\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"ticket\"(\"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\") SELECT \"id\", \"createdAt\", \"streetId\", \"communityId\", \"estateId\", \"buildingId\", \"categoryId\", \"submitterId\", \"title\", \"body\", \"locationText\", \"anonymous\", \"state\", \"version\", \"idempotencyKey\", \"mergedIntoId\", \"acceptedAt\", \"firstRepliedAt\", \"resolvedAt\", \"replyDueAt\", \"resolveDueAt\", \"dueCovered\", \"rating\", \"ratingComment\", \"reopenCount\", \"updatedAt\" FROM \"temporary_ticket\"");
    await queryRunner.query("DROP TABLE \"temporary_ticket\"");
    await queryRunner.query("CREATE INDEX \"ix_ticket_reply_due\" ON \"ticket\" (\"state\", \"replyDueAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_submitter\" ON \"ticket\" (\"submitterId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_estate\" ON \"ticket\" (\"estateId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_state\" ON \"ticket\" (\"communityId\", \"state\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_idempotency\" ON \"ticket\" (\"submitterId\", \"idempotencyKey\") ");
    await queryRunner.query("DROP INDEX \"uq_community_street_name\"");
    await queryRunner.query("ALTER TABLE \"community\" RENAME TO \"temporary_community\"");
    await queryRunner.query("CREATE TABLE \"community\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"address\" varchar(200), \"archivedAt\" datetime, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"FK_3b34cbe8c7e759e88af1266a2e6\" FOREIGN KEY (\"streetId\") REFERENCES \"street\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"community\"(\"id\", \"createdAt\", \"streetId\", \"name\", \"address\", \"archivedAt\", \"updatedAt\", \"version\") SELECT \"id\", \"createdAt\", \"streetId\", \"name\", \"address\", \"archivedAt\", \"updatedAt\", \"version\" FROM \"temporary_community\"");
    await queryRunner.query("DROP TABLE \"temporary_community\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_community_street_name\" ON \"community\" (\"streetId\", \"name\") ");
    await queryRunner.query("DROP INDEX \"ix_ticket_event_community_type\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_event_ticket\"");
    await queryRunner.query("ALTER TABLE \"ticket_event\" RENAME TO \"temporary_ticket_event\"");
    await queryRunner.query("CREATE TABLE \"ticket_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"type\" varchar(32) NOT NULL, \"fromState\" varchar(16), \"toState\" varchar(16), \"actorId\" varchar(36), \"actorRole\" varchar(32), \"organisationId\" varchar(36), \"note\" text, \"isPublic\" boolean NOT NULL DEFAULT (1), \"relatedTicketId\" varchar(36), CONSTRAINT \"FK_52ad15979fca7c3e0e008a51ba2\" FOREIGN KEY (\"ticketId\") REFERENCES \"ticket\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"ticket_event\"(\"id\", \"createdAt\", \"ticketId\", \"communityId\", \"type\", \"fromState\", \"toState\", \"actorId\", \"actorRole\", \"organisationId\", \"note\", \"relatedTicketId\") SELECT \"id\", \"createdAt\", \"ticketId\", \"communityId\", \"type\", \"fromState\", \"toState\", \"actorId\", \"actorRole\", \"organisationId\", \"note\", \"relatedTicketId\" FROM \"temporary_ticket_event\"");
    await queryRunner.query("DROP TABLE \"temporary_ticket_event\"");
    await queryRunner.query("CREATE INDEX \"ix_ticket_event_community_type\" ON \"ticket_event\" (\"communityId\", \"type\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_event_ticket\" ON \"ticket_event\" (\"ticketId\") ");
  }
}
