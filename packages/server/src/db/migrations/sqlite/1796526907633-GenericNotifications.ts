import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications become generic: `type`, `title`, `body`, `ticketId` give way to `kind`, a subject
 * (`subjectType`, `subjectId`) and `params` (JSON). Existing rows are converted in the table copy:
 * the kind is the old type, a ticket becomes a `Ticket` subject, and the parameters are derived
 * from the ticket (title, category), the old text (days left, score: one digit at a fixed place of
 * the old Chinese title), the old body (staff text) and the last escalation (department).
 * Reverting keeps kind, subject, the ticket title and the excerpt (the old Chinese wording is gone).
 */
const TITLE = `(SELECT t."title" FROM "ticket" t WHERE t."id" = n."ticketId")`;
const CATEGORY = (column: string) =>
  `(SELECT c."${column}" FROM "ticket" t JOIN "ticket_category" c ON c."id" = t."categoryId" WHERE t."id" = n."ticketId")`;
const DEPARTMENT = `(SELECT o."name" FROM "ticket_event" e JOIN "organisation" o ON o."id" = e."organisationId" WHERE e."ticketId" = n."ticketId" AND e."type" = 'ESCALATED' AND e."createdAt" <= n."createdAt" ORDER BY e."id" DESC LIMIT 1)`;
const PARAMS = `CASE
  WHEN n."type" = 'TICKET_NEW' THEN json_object('title', ${TITLE}, 'categoryZh', ${CATEGORY('nameZh')}, 'categoryEn', ${CATEGORY('nameEn')})
  WHEN n."type" = 'TICKET_NEAR_DUE' THEN json_object('title', ${TITLE}, 'daysLeft', CAST(substr(n."title", 11, 1) AS INTEGER))
  WHEN n."type" = 'TICKET_RATED' THEN json_object('title', ${TITLE}, 'score', CAST(substr(n."title", 6, 1) AS INTEGER))
  WHEN n."type" = 'TICKET_ESCALATED' THEN json_object('title', ${TITLE}, 'department', ${DEPARTMENT})
  WHEN n."type" IN ('TICKET_REJECTED', 'TICKET_MERGED', 'TICKET_REPLIED', 'TICKET_RESOLVED', 'TICKET_ESCALATION_ANSWERED', 'TICKET_IN_MEETING') THEN json_object('title', ${TITLE}, 'excerpt', n."body")
  ELSE json_object('title', ${TITLE})
END`;

export class GenericNotifications1796526907633 implements MigrationInterface {
  name = 'GenericNotifications1796526907633';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_notification_user_read\"");
    await queryRunner.query("CREATE TABLE \"temporary_notification\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"communityId\" varchar(36), \"readAt\" datetime, \"kind\" varchar(60) NOT NULL, \"subjectType\" varchar(40), \"subjectId\" varchar(36), \"params\" text NOT NULL, CONSTRAINT \"FK_1ced25315eb974b73391fb1c81b\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query(
      `INSERT INTO "temporary_notification"("id", "createdAt", "userId", "communityId", "readAt", "kind", "subjectType", "subjectId", "params") SELECT n."id", n."createdAt", n."userId", n."communityId", n."readAt", n."type", CASE WHEN n."ticketId" IS NULL THEN NULL ELSE 'Ticket' END, n."ticketId", ${PARAMS} FROM "notification" n`,
    );
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("ALTER TABLE \"temporary_notification\" RENAME TO \"notification\"");
    await queryRunner.query("CREATE INDEX \"ix_notification_user_read\" ON \"notification\" (\"userId\", \"readAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_notification_user_read\"");
    await queryRunner.query("ALTER TABLE \"notification\" RENAME TO \"temporary_notification\"");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"userId\" varchar(36) NOT NULL, \"type\" varchar(40) NOT NULL, \"title\" varchar(200) NOT NULL, \"body\" text, \"ticketId\" varchar(36), \"communityId\" varchar(36), \"readAt\" datetime, CONSTRAINT \"FK_1ced25315eb974b73391fb1c81b\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query(
      `INSERT INTO "notification"("id", "createdAt", "userId", "type", "title", "body", "ticketId", "communityId", "readAt") SELECT "id", "createdAt", "userId", substr("kind", 1, 40), substr(COALESCE(json_extract("params", '$.title'), "kind"), 1, 200), json_extract("params", '$.excerpt'), CASE WHEN "subjectType" = 'Ticket' THEN "subjectId" ELSE NULL END, "communityId", "readAt" FROM "temporary_notification"`,
    );
    await queryRunner.query("DROP TABLE \"temporary_notification\"");
    await queryRunner.query("CREATE INDEX \"ix_notification_user_read\" ON \"notification\" (\"userId\", \"readAt\") ");
  }
}
