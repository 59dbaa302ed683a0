import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications become generic: `type`, `title`, `body`, `ticketId` give way to `kind`, a subject
 * (`subjectType`, `subjectId`) and `params` (JSON). Existing rows are converted before the old
 * columns go: the kind is the old type, a ticket becomes a `Ticket` subject, and the parameters are
 * derived from the ticket (title, category), the old text (days left, score: one digit at a fixed
 * place of the old Chinese title), the old body (staff text) and the last escalation (department).
 * Reverting keeps kind, subject, the ticket title and the excerpt (the old Chinese wording is gone).
 */
const TITLE = '(SELECT t.`title` FROM `ticket` t WHERE t.`id` = n.`ticketId`)';
const CATEGORY = (column: string) =>
  `(SELECT c.\`${column}\` FROM \`ticket\` t JOIN \`ticket_category\` c ON c.\`id\` = t.\`categoryId\` WHERE t.\`id\` = n.\`ticketId\`)`;
const DEPARTMENT =
  "(SELECT o.`name` FROM `ticket_event` e JOIN `organisation` o ON o.`id` = e.`organisationId` WHERE e.`ticketId` = n.`ticketId` AND e.`type` = 'ESCALATED' AND e.`createdAt` <= n.`createdAt` ORDER BY e.`id` DESC LIMIT 1)";
const PARAMS = `CASE
  WHEN n.\`type\` = 'TICKET_NEW' THEN JSON_OBJECT('title', ${TITLE}, 'categoryZh', ${CATEGORY('nameZh')}, 'categoryEn', ${CATEGORY('nameEn')})
  WHEN n.\`type\` = 'TICKET_NEAR_DUE' THEN JSON_OBJECT('title', ${TITLE}, 'daysLeft', CAST(SUBSTRING(n.\`title\`, 11, 1) AS UNSIGNED))
  WHEN n.\`type\` = 'TICKET_RATED' THEN JSON_OBJECT('title', ${TITLE}, 'score', CAST(SUBSTRING(n.\`title\`, 6, 1) AS UNSIGNED))
  WHEN n.\`type\` = 'TICKET_ESCALATED' THEN JSON_OBJECT('title', ${TITLE}, 'department', ${DEPARTMENT})
  WHEN n.\`type\` IN ('TICKET_REJECTED', 'TICKET_MERGED', 'TICKET_REPLIED', 'TICKET_RESOLVED', 'TICKET_ESCALATION_ANSWERED', 'TICKET_IN_MEETING') THEN JSON_OBJECT('title', ${TITLE}, 'excerpt', n.\`body\`)
  ELSE JSON_OBJECT('title', ${TITLE})
END`;

export class GenericNotifications1796526907633 implements MigrationInterface {
  name = 'GenericNotifications1796526907633';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` ADD `kind` varchar(60) NOT NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `subjectType` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `subjectId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `params` text NOT NULL");
    await queryRunner.query(
      `UPDATE \`notification\` n SET n.\`kind\` = n.\`type\`, n.\`subjectType\` = CASE WHEN n.\`ticketId\` IS NULL THEN NULL ELSE 'Ticket' END, n.\`subjectId\` = n.\`ticketId\`, n.\`params\` = ${PARAMS}`,
    );
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `type`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `title`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `body`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `ticketId`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` ADD `ticketId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `body` text NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `title` varchar(200) NOT NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `type` varchar(40) NOT NULL");
    await queryRunner.query(
      "UPDATE `notification` SET `type` = LEFT(`kind`, 40), `title` = LEFT(COALESCE(JSON_VALUE(`params`, '$.title'), `kind`), 200), `body` = JSON_VALUE(`params`, '$.excerpt'), `ticketId` = CASE WHEN `subjectType` = 'Ticket' THEN `subjectId` ELSE NULL END",
    );
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `params`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `subjectId`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `subjectType`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `kind`");
  }
}
