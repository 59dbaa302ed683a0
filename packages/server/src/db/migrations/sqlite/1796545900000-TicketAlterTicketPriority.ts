import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketAlterTicketPriority1796545900000 implements MigrationInterface {
  name = 'TicketAlterTicketPriority1796545900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ticket\" ADD COLUMN \"priority\" varchar(16) NOT NULL DEFAULT ('NORMAL')");
    await queryRunner.query("ALTER TABLE \"ticket\" ADD COLUMN \"emergencyAt\" datetime");
    await queryRunner.query("ALTER TABLE \"ticket\" ADD COLUMN \"acknowledgedAt\" datetime");
    await queryRunner.query("CREATE INDEX \"ix_ticket_community_priority\" ON \"ticket\" (\"communityId\", \"priority\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_ticket_community_priority\"");
    await queryRunner.query("ALTER TABLE \"ticket\" DROP COLUMN \"acknowledgedAt\"");
    await queryRunner.query("ALTER TABLE \"ticket\" DROP COLUMN \"emergencyAt\"");
    await queryRunner.query("ALTER TABLE \"ticket\" DROP COLUMN \"priority\"");
  }
}
