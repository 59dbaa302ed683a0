import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ticket desk's columns (issue 10), added in place (ALTER TABLE … ADD COLUMN) rather than by a
 * table rebuild, so that other migrations adding ticket columns compose with this one. The
 * department a ticket was last escalated to is filled from the timeline.
 */
export class TicketAlterTicketDesk1796546068897 implements MigrationInterface {
  name = 'TicketAlterTicketDesk1796546068897';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ticket\" ADD COLUMN \"source\" varchar(16) NOT NULL DEFAULT ('APP')");
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "externalRef" varchar(40)');
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "contactName" varchar(50)');
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "contactPhone" varchar(20)');
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "recordedById" varchar(36)');
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "escalatedToId" varchar(36)');
    await queryRunner.query('ALTER TABLE "ticket" ADD COLUMN "imported" boolean NOT NULL DEFAULT (0)');
    await queryRunner.query('CREATE INDEX "ix_ticket_contact_phone" ON "ticket" ("contactPhone") ');
    await queryRunner.query(
      `UPDATE "ticket" SET "escalatedToId" = (SELECT e."organisationId" FROM "ticket_event" e WHERE e."ticketId" = "ticket"."id" AND e."type" = 'ESCALATED' ORDER BY e."id" DESC LIMIT 1) WHERE EXISTS (SELECT 1 FROM "ticket_event" e WHERE e."ticketId" = "ticket"."id" AND e."type" = 'ESCALATED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_ticket_contact_phone"');
    for (const c of ['imported', 'escalatedToId', 'recordedById', 'contactPhone', 'contactName', 'externalRef', 'source']) {
      await queryRunner.query(`ALTER TABLE "ticket" DROP COLUMN "${c}"`);
    }
  }
}
