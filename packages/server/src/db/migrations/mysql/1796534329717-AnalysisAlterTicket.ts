import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalysisAlterTicket1796534329717 implements MigrationInterface {
  name = 'AnalysisAlterTicket1796534329717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `ix_ticket_street_created` ON `ticket` (`streetId`, `createdAt`)");
    await queryRunner.query("CREATE INDEX `ix_ticket_community_created` ON `ticket` (`communityId`, `createdAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_ticket_community_created` ON `ticket`");
    await queryRunner.query("DROP INDEX `ix_ticket_street_created` ON `ticket`");
  }
}
