import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Triage1796534744889 implements MigrationInterface {
  name = 'Triage1796534744889';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"hot_topic\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"state\" varchar(16) NOT NULL, \"title\" varchar(100) NOT NULL, \"ticketCount\" integer NOT NULL DEFAULT (0), \"lastTicketAt\" datetime NOT NULL, \"primaryTicketId\" varchar(36), \"dismissReason\" varchar(500), \"closedAt\" datetime, \"closedById\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_hot_topic_street\" ON \"hot_topic\" (\"streetId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_hot_topic_community_state\" ON \"hot_topic\" (\"communityId\", \"state\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"hot_topic_ticket\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"hotTopicId\" varchar(36) NOT NULL, \"ticketId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_hot_topic_ticket_topic\" ON \"hot_topic_ticket\" (\"hotTopicId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_hot_topic_ticket\" ON \"hot_topic_ticket\" (\"ticketId\") ");
    await queryRunner.query("CREATE TABLE \"hot_topic_rule\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"threshold\" integer NOT NULL, \"windowHours\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_hot_topic_rule_community\" ON \"hot_topic_rule\" (\"communityId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_hot_topic_rule_community\"");
    await queryRunner.query("DROP TABLE \"hot_topic_rule\"");
    await queryRunner.query("DROP INDEX \"uq_hot_topic_ticket\"");
    await queryRunner.query("DROP INDEX \"ix_hot_topic_ticket_topic\"");
    await queryRunner.query("DROP TABLE \"hot_topic_ticket\"");
    await queryRunner.query("DROP INDEX \"ix_hot_topic_community_state\"");
    await queryRunner.query("DROP INDEX \"ix_hot_topic_street\"");
    await queryRunner.query("DROP TABLE \"hot_topic\"");
  }
}
