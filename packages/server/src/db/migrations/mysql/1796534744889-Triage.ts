import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Triage1796534744889 implements MigrationInterface {
  name = 'Triage1796534744889';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `hot_topic` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `title` varchar(100) NOT NULL, `ticketCount` int NOT NULL DEFAULT '0', `lastTicketAt` datetime(3) NOT NULL, `primaryTicketId` varchar(36) NULL, `dismissReason` varchar(500) NULL, `closedAt` datetime(3) NULL, `closedById` varchar(36) NULL, INDEX `ix_hot_topic_street` (`streetId`, `createdAt`), INDEX `ix_hot_topic_community_state` (`communityId`, `state`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `hot_topic_ticket` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `hotTopicId` varchar(36) NOT NULL, `ticketId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, INDEX `ix_hot_topic_ticket_topic` (`hotTopicId`, `createdAt`), UNIQUE INDEX `uq_hot_topic_ticket` (`ticketId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `hot_topic_rule` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `streetId` varchar(36) NOT NULL, `communityId` varchar(36) NOT NULL, `threshold` int NOT NULL, `windowHours` int NOT NULL, UNIQUE INDEX `uq_hot_topic_rule_community` (`communityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_hot_topic_rule_community` ON `hot_topic_rule`");
    await queryRunner.query("DROP TABLE `hot_topic_rule`");
    await queryRunner.query("DROP INDEX `uq_hot_topic_ticket` ON `hot_topic_ticket`");
    await queryRunner.query("DROP INDEX `ix_hot_topic_ticket_topic` ON `hot_topic_ticket`");
    await queryRunner.query("DROP TABLE `hot_topic_ticket`");
    await queryRunner.query("DROP INDEX `ix_hot_topic_community_state` ON `hot_topic`");
    await queryRunner.query("DROP INDEX `ix_hot_topic_street` ON `hot_topic`");
    await queryRunner.query("DROP TABLE `hot_topic`");
  }
}
