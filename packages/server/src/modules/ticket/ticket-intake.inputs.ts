import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { TicketSource } from './ticket.enums.js';
import { SubmitTicketInput, TicketActionInput } from './ticket.inputs.js';

const BASE64 = /^[A-Za-z0-9+/=\r\n]*$/;

@InputType({
  description:
    'A matter staff take for a person (代为登记): by phone, at the counter, on patrol, from 12345, by letter.',
})
export class RaiseTicketOnBehalfInput extends SubmitTicketInput {
  @Field(() => TicketSource, { description: 'How it came in (not APP or IMPORT).' })
  source: TicketSource;

  @Field(() => String, {
    nullable: true,
    description: 'The 12345 hotline’s number of the transfer (HOTLINE_12345 only), up to 40 characters.',
  })
  @IsOptional()
  @CodePointLength(1, 40)
  externalRef?: string;

  @Field(() => String, { description: 'The person’s name as they gave it, 1 to 50 characters.' })
  @CodePointLength(1, 50)
  contactName: string;

  @Field(() => String, {
    description:
      'The person’s mobile number (11 digits): the ticket is theirs if it is registered, or when it registers later.',
  })
  @Matches(/^1\d{10}$/)
  contactPhone: string;
}

@InputType({ description: 'A street department acknowledges a ticket escalated to it (签收).' })
export class AcknowledgeEscalationInput extends TicketActionInput {
  @Field(() => String, { nullable: true, description: 'Internal note (staff only), up to 500 characters.' })
  @IsOptional()
  @CodePointLength(0, 500)
  note?: string;
}

@InputType({ description: 'The person’s phone of a ticket taken on behalf, shown in full once (audited).' })
export class RevealTicketContactInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;
}

/** The formats of an import of historical tickets. */
export enum TicketImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

@InputType({ description: 'Import historical matters of one community from CSV or XLSX: all rows or none.' })
export class ImportTicketsInput {
  @Field(() => ID, { description: 'The community the matters belong to.' })
  communityId: string;

  @Field(() => TicketImportFormat, { description: 'CSV or XLSX.' })
  format: TicketImportFormat;

  @Field(() => String, {
    description:
      'The file, base64 (at most 2 MB decoded, 5,000 rows). Header row (English or Chinese names): submittedAt/提交时间, category/类别 (code or name), place/地点, title/标题, text/内容, outcome/结果 (RESOLVED, REPLIED, REJECTED), reply/答复, repliedAt/答复时间, resolvedAt/办结时间, source/来源.',
  })
  @Matches(BASE64)
  content: string;
}

@InputType({ description: 'One ticket of a bulk action, with the version the actor saw.' })
export class BulkTicketItem {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the actor saw; CONFLICT for this ticket if it changed since.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'Common fields of a bulk action.' })
export class BulkTicketsInput {
  @Field(() => [BulkTicketItem], { description: 'The tickets, 1 to 100, each acted on separately.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items: BulkTicketItem[];
}

@InputType({ description: 'Accept several tickets and route each to the same organisations.' })
export class BulkAcceptTicketsInput extends BulkTicketsInput {
  @Field(() => [ID], { description: 'Responsible organisations, 1 to 5.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  organisationIds: string[];

  @Field(() => String, { nullable: true, description: 'Internal note.' })
  @IsOptional()
  @CodePointLength(0, 500)
  note?: string;
}

@InputType({ description: 'Reject several tickets with one reason.' })
export class BulkRejectTicketsInput extends BulkTicketsInput {
  @Field(() => String, { description: 'Reason shown to each resident, 2 to 500 characters.' })
  @CodePointLength(2, 500)
  reason: string;
}

@InputType({ description: 'Merge several duplicates into one primary ticket.' })
export class BulkMergeTicketsInput extends BulkTicketsInput {
  @Field(() => ID, { description: 'The primary ticket (not one of `items`).' })
  primaryTicketId: string;

  @Field(() => String, { nullable: true, description: 'Note to each submitter.' })
  @IsOptional()
  @CodePointLength(0, 500)
  note?: string;
}

@ArgsType()
export class DepartmentAnswerArgs {
  @Field(() => ID, { nullable: true, description: 'One street; omit for every street in the viewer’s scope.' })
  streetId?: string;

  @Field(() => Date, { description: 'Escalated at or after.' })
  from: Date;

  @Field(() => Date, { description: 'Escalated before.' })
  to: Date;
}
