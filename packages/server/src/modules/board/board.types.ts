import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import { CallbackSatisfaction, TicketReportState, TicketTextPart } from './board.enums.js';

@ObjectType({
  description:
    'A community’s board and moderation settings: blocked words, the daily limit of new tickets per person, auto-close days.',
})
export class BoardSettings {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => [String], {
    description: 'Words a submission may not contain (title or text): it is refused with BOARD_BLOCKED_WORD.',
  })
  blockedWords: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'New tickets one person may raise here per day (Asia/Shanghai); null: no limit.',
  })
  dailyTicketLimit: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days after resolution a ticket with no rating and no follow-up call closes itself (counted as not rated); null: never.',
  })
  autoCloseDays: number | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion` (0: never set).' })
  version: number;
}

@ObjectType({ description: 'A text of a ticket hidden from the public form, with the reason (staff only).' })
export class TicketHiddenPart {
  @Field(() => TicketTextPart, { description: 'Which text.' })
  part: TicketTextPart;

  @Field(() => String, { description: 'Why it is hidden.' })
  reason: string;

  @Field(() => Date, { description: 'When it was hidden.' })
  hiddenAt: Date;

  hiddenById: string;
}

@ObjectType({ description: 'A resident’s report of a public ticket, for staff.' })
export class TicketReport {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => String, { description: 'What the resident says is wrong with it.' })
  reason: string;

  @Field(() => TicketReportState, { description: 'Open or handled.' })
  state: TicketReportState;

  @Field(() => Date, { description: 'When it was reported.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff handled it.' })
  handledAt: Date | null;

  ticketId: string;
  communityId: string;
}

@ObjectType({ description: 'A follow-up call (回访) to a resident who did not rate a resolved ticket.' })
export class TicketCallback {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Boolean, { description: 'Whether the resident was reached.' })
  reached: boolean;

  @Field(() => CallbackSatisfaction, { nullable: true, description: 'What the reached resident said.' })
  satisfaction: CallbackSatisfaction | null;

  @Field(() => String, { nullable: true, description: 'Staff’s note of the call.' })
  note: string | null;

  @Field(() => Boolean, { description: 'The call-back reopened the ticket.' })
  reopened: boolean;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  staffId: string;
}

@ObjectType({ description: '常用语: a reply template of a community, for every category or one.' })
export class ReplyTemplate {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'The category it is for; null: every category.' })
  categoryId: string | null;

  @Field(() => String, { description: 'Short name shown in the picker.' })
  title: string;

  @Field(() => String, {
    description:
      'The text with placeholders: {居民姓名} or {residentName}, {工单号} or {ticketNumber}, {答复期限} or {dueDate}.',
  })
  body: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'A reply template filled in for one ticket (the reply dialog).' })
export class FilledReplyTemplate {
  @Field(() => ID, { description: 'The template.' })
  templateId: string;

  @Field(() => String, { description: 'Its name.' })
  title: string;

  @Field(() => String, { description: 'Its text with the placeholders filled for the ticket.' })
  text: string;
}

export const TicketReportConnection = ConnectionType(TicketReport, 'TicketReport', 'ticket report');
export const ReplyTemplateConnection = ConnectionType(ReplyTemplate, 'ReplyTemplate', 'reply template');
export const ReplyTemplatePayload = PayloadType(ReplyTemplate, 'ReplyTemplate', 'template', 'reply template');
export const BoardSettingsPayload = PayloadType(
  BoardSettings,
  'BoardSettings',
  'settings',
  'community’s board settings',
);
export const TicketReportPayload = PayloadType(TicketReport, 'TicketReport', 'report', 'ticket report');

@ObjectType({ description: 'Result of deleting a reply template.' })
export class DeleteReplyTemplatePayload {
  @Field(() => ID, { description: 'The deleted template.' })
  id: string;
}
