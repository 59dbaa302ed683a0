import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketAlterTicketCategoryParent1796545902000 implements MigrationInterface {
  name = 'TicketAlterTicketCategoryParent1796545902000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ticket_category\" ADD COLUMN \"parentId\" varchar(36)");
    await queryRunner.query("ALTER TABLE \"ticket_category\" ADD COLUMN \"defaultPriority\" varchar(16)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ticket_category\" DROP COLUMN \"defaultPriority\"");
    await queryRunner.query("ALTER TABLE \"ticket_category\" DROP COLUMN \"parentId\"");
  }
}
