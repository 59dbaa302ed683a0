import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Board1796546140137 implements MigrationInterface {
  name = 'Board1796546140137';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"board_setting\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"blockedWords\" text NOT NULL, \"dailyTicketLimit\" integer, \"autoCloseDays\" integer, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_board_setting_community\" ON \"board_setting\" (\"communityId\") ");
    await queryRunner.query("CREATE TABLE \"ticket_me_too\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_me_too\" ON \"ticket_me_too\" (\"ticketId\", \"userId\") ");
    await queryRunner.query("CREATE TABLE \"ticket_follow\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_follow\" ON \"ticket_follow\" (\"ticketId\", \"userId\") ");
    await queryRunner.query("CREATE TABLE \"ticket_report\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"ticketId\" varchar(36) NOT NULL, \"reporterId\" varchar(36) NOT NULL, \"reason\" varchar(500) NOT NULL, \"state\" varchar(16) NOT NULL, \"handledAt\" datetime, \"handledById\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_ticket_report_community\" ON \"ticket_report\" (\"communityId\", \"state\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_report\" ON \"ticket_report\" (\"ticketId\", \"reporterId\") ");
    await queryRunner.query("CREATE TABLE \"ticket_hidden_part\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"part\" varchar(16) NOT NULL, \"reason\" varchar(500) NOT NULL, \"hiddenById\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_hidden_part\" ON \"ticket_hidden_part\" (\"ticketId\", \"part\") ");
    await queryRunner.query("CREATE TABLE \"ticket_callback\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"reached\" boolean NOT NULL DEFAULT (0), \"satisfaction\" varchar(24), \"note\" varchar(500), \"reopened\" boolean NOT NULL DEFAULT (0), \"staffId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_ticket_callback_ticket\" ON \"ticket_callback\" (\"ticketId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"ticket_closure\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ticketId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_closure\" ON \"ticket_closure\" (\"ticketId\") ");
    await queryRunner.query("CREATE TABLE \"reply_template\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"categoryId\" varchar(36), \"title\" varchar(100) NOT NULL, \"body\" varchar(2000) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_reply_template_community\" ON \"reply_template\" (\"communityId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_reply_template_community\"");
    await queryRunner.query("DROP TABLE \"reply_template\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_closure\"");
    await queryRunner.query("DROP TABLE \"ticket_closure\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_callback_ticket\"");
    await queryRunner.query("DROP TABLE \"ticket_callback\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_hidden_part\"");
    await queryRunner.query("DROP TABLE \"ticket_hidden_part\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_report\"");
    await queryRunner.query("DROP INDEX \"ix_ticket_report_community\"");
    await queryRunner.query("DROP TABLE \"ticket_report\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_follow\"");
    await queryRunner.query("DROP TABLE \"ticket_follow\"");
    await queryRunner.query("DROP INDEX \"uq_ticket_me_too\"");
    await queryRunner.query("DROP TABLE \"ticket_me_too\"");
    await queryRunner.query("DROP INDEX \"uq_board_setting_community\"");
    await queryRunner.query("DROP TABLE \"board_setting\"");
  }
}
