import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketDesk1796545903000 implements MigrationInterface {
  name = 'TicketDesk1796545903000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ticket_routing_rule\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"categoryId\" varchar(36) NOT NULL, \"estateId\" varchar(36), \"organisationIds\" text NOT NULL, \"autoRoute\" boolean NOT NULL DEFAULT (0), \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_7b59630601e6229ca43fb6b888c\" FOREIGN KEY (\"communityId\") REFERENCES \"community\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_7e59dd80a03337e2555f2635b8b\" FOREIGN KEY (\"categoryId\") REFERENCES \"ticket_category\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"ix_ticket_routing_rule_community\" ON \"ticket_routing_rule\" (\"communityId\", \"categoryId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"ticket_supervision\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"assignmentId\" varchar(36) NOT NULL, \"organisationId\" varchar(36) NOT NULL, \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"issuedById\" varchar(36) NOT NULL, \"note\" text NOT NULL, \"previousDueAt\" datetime NOT NULL, \"newDueAt\" datetime NOT NULL, CONSTRAINT \"FK_20c8df471a7b0458f18d65e85c9\" FOREIGN KEY (\"ticketId\") REFERENCES \"ticket\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"ix_ticket_supervision_community\" ON \"ticket_supervision\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_supervision_org\" ON \"ticket_supervision\" (\"organisationId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_supervision_ticket\" ON \"ticket_supervision\" (\"ticketId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"ticket_desk_setting\" (\"communityId\" varchar(36) PRIMARY KEY NOT NULL, \"emergencyHours\" integer NOT NULL DEFAULT (2), \"acknowledgeHours\" integer NOT NULL DEFAULT (4), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"ticket_desk_setting\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_supervision_ticket\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_supervision_org\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_supervision_community\"");
    await queryRunner.query("DROP TABLE \"ticket_supervision\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_routing_rule_community\"");
    await queryRunner.query("DROP TABLE \"ticket_routing_rule\"");
  }
}
