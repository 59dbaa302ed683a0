import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meeting1796534683024 implements MigrationInterface {
  name = 'Meeting1796534683024';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"meeting\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"title\" varchar(100) NOT NULL, \"kind\" varchar(24) NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"place\" varchar(200), \"onlineUrl\" varchar(500), \"state\" varchar(16) NOT NULL, \"cancelReason\" varchar(500), \"hostOrganisationId\" varchar(36), \"hostUserId\" varchar(36), \"openToResidents\" boolean NOT NULL DEFAULT (0), \"residentCapacity\" integer NOT NULL DEFAULT (0), \"registeredCount\" integer NOT NULL DEFAULT (0), \"checkInCode\" varchar(16) NOT NULL, \"minutesHtml\" text, \"minutesState\" varchar(16) NOT NULL DEFAULT ('NONE'), \"minutesPublishedAt\" datetime, \"heldAt\" datetime, \"remindedAt\" datetime, \"createdById\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_meeting_check_in_code\" ON \"meeting\" (\"checkInCode\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_starts\" ON \"meeting\" (\"state\", \"startsAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_community\" ON \"meeting\" (\"communityId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"meeting_party\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"meetingId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"kind\" varchar(24) NOT NULL, \"partyKey\" varchar(48) NOT NULL, \"organisationId\" varchar(36), \"userId\" varchar(36), \"attendance\" varchar(16) NOT NULL DEFAULT ('UNKNOWN'), \"checkedInAt\" datetime, \"checkedInById\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_meeting_party_user\" ON \"meeting_party\" (\"userId\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_party_org\" ON \"meeting_party\" (\"organisationId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_meeting_party\" ON \"meeting_party\" (\"meetingId\", \"partyKey\") ");
    await queryRunner.query("CREATE TABLE \"meeting_agenda_item\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"meetingId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"ticketId\" varchar(36), \"topic\" varchar(200) NOT NULL, \"resolutionText\" text, \"agreedBy\" varchar(500), \"outcome\" varchar(16), \"resolvedAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_meeting_agenda_ticket\" ON \"meeting_agenda_item\" (\"ticketId\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_agenda\" ON \"meeting_agenda_item\" (\"meetingId\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"meeting_action_item\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"meetingId\" varchar(36) NOT NULL, \"agendaItemId\" varchar(36), \"ticketId\" varchar(36), \"streetId\" varchar(36) NOT NULL, \"communityId\" varchar(36) NOT NULL, \"title\" varchar(200) NOT NULL, \"ownerOrganisationId\" varchar(36) NOT NULL, \"dueDays\" integer NOT NULL, \"dueAt\" datetime NOT NULL, \"state\" varchar(16) NOT NULL, \"completionNote\" varchar(1000), \"completedAt\" datetime, \"overdueNotifiedAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_meeting_action_ticket\" ON \"meeting_action_item\" (\"ticketId\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_action_meeting\" ON \"meeting_action_item\" (\"meetingId\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_action_due\" ON \"meeting_action_item\" (\"state\", \"dueAt\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_action_community\" ON \"meeting_action_item\" (\"communityId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_meeting_action_community\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_action_due\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_action_meeting\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_action_ticket\"");
    await queryRunner.query("DROP TABLE \"meeting_action_item\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_agenda\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_agenda_ticket\"");
    await queryRunner.query("DROP TABLE \"meeting_agenda_item\"");
    await queryRunner.query("DROP INDEX \"uq_meeting_party\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_party_org\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_party_user\"");
    await queryRunner.query("DROP TABLE \"meeting_party\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_community\"");
    await queryRunner.query("DROP INDEX \"ix_meeting_starts\"");
    await queryRunner.query("DROP INDEX \"uq_meeting_check_in_code\"");
    await queryRunner.query("DROP TABLE \"meeting\"");
  }
}
