import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TicketSource } from './ticket.enums.js';
import { Ticket } from './ticket.types.js';
import { TicketImportFormat } from './ticket-intake.inputs.js';

registerEnumType(TicketSource, {
  name: 'TicketSource',
  description: 'How a matter reached the office.',
  valuesConfig: {
    APP: { description: '居民自报 — the resident raised it in the app.' },
    PHONE: { description: '电话 — taken by phone (代为登记).' },
    COUNTER: { description: '窗口 — at the office counter.' },
    GRID_PATROL: { description: '网格巡查 — seen by a grid worker on patrol.' },
    HOTLINE_12345: { description: '12345 转办 — transferred by the city hotline, with its number.' },
    LETTER: { description: '来信 — by letter.' },
    IMPORT: { description: '历史导入 — imported from the previous system or paper records.' },
  },
});
registerEnumType(TicketImportFormat, {
  name: 'TicketImportFormat',
  description: 'File format of an import of historical tickets.',
  valuesConfig: {
    CSV: { description: 'Comma-separated text, UTF-8 (a BOM is accepted).' },
    XLSX: { description: 'Excel workbook; the first sheet is read.' },
  },
});

@ObjectType({ description: 'One refused row of an import.' })
export class TicketImportRowError {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1).' })
  row: number;

  @Field(() => String, { description: 'The column at fault.' })
  column: string;

  @Field(() => String, {
    description:
      'Machine-readable reason (BLANK, BAD_TIME, FUTURE_TIME, TIME_ORDER, UNKNOWN_CATEGORY, BAD_OUTCOME, BAD_SOURCE, TOO_LONG).',
  })
  reason: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  message: string;
}

@ObjectType({
  description: 'What an import of historical tickets did: all rows written, or none and the refused rows.',
})
export class ImportTicketsPayload {
  @Field(() => Int, { description: 'Tickets written (0 when any row was refused).' })
  imported: number;

  @Field(() => Int, { description: 'Data rows read.' })
  rows: number;

  @Field(() => [TicketImportRowError], {
    description: 'Refused rows, at most 200, in file order (empty: all written).',
  })
  errors: TicketImportRowError[];
}

@ObjectType({ description: 'What a bulk action did to one ticket.' })
export class BulkTicketOutcome {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => Boolean, { description: 'True when the action succeeded for this ticket.' })
  ok: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The error code when it failed (CONFLICT, INVALID_TRANSITION, NOT_FOUND …).',
  })
  code: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The error reason when it failed (`extensions.reason` of the single action).',
  })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in English.' })
  message: string | null;

  @Field(() => Ticket, { nullable: true, description: 'The ticket after the action (when it succeeded).' })
  ticket: Ticket | null;
}

@ObjectType({ description: 'The outcome of a bulk action, one entry per ticket in the order given.' })
export class BulkTicketsPayload {
  @Field(() => Int, { description: 'How many succeeded.' })
  succeeded: number;

  @Field(() => [BulkTicketOutcome], { description: 'Per ticket: success, or the reason it failed.' })
  results: BulkTicketOutcome[];
}

@ObjectType({
  description: 'The phone of the person a ticket was taken for, shown in full once; the reveal is audited.',
})
export class TicketContactPayload {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => String, { description: 'The full phone number.' })
  phone: string;
}

@ObjectType({ description: 'How a street department answered the tickets escalated to it in a period.' })
export class DepartmentAnswerTime {
  @Field(() => ID, { description: 'The department.' })
  organisationId: string;

  @Field(() => Int, { description: 'Escalations to it in the period.' })
  escalated: number;

  @Field(() => Int, { description: 'Of those, answered.' })
  answered: number;

  @Field(() => Int, { description: 'Of those, acknowledged (签收).' })
  acknowledged: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from escalation to answer (null: none answered).' })
  medianAnswerHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Longest hours from escalation to answer.' })
  maxAnswerHours: number | null;
}
