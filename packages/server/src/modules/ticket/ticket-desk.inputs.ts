import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import { TicketActionInput } from './ticket.inputs.js';
import { TicketPriority } from './ticket-desk.enums.js';

@InputType({ description: 'Change the priority of a ticket, with a reason (staff only on the timeline).' })
export class ChangeTicketPriorityInput extends TicketActionInput {
  @Field(() => TicketPriority, { description: 'The new priority.' })
  priority: TicketPriority;

  @Field(() => String, { description: 'Why, 2 to 500 characters.' })
  @CodePointLength(2, 500)
  reason: string;
}

@InputType({ description: 'Acknowledge (签收) an assignment of the viewer’s organisation.' })
export class AcknowledgeAssignmentInput extends TicketActionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation acknowledged for, when the viewer works for several (default: the first of theirs).',
  })
  organisationId?: string;
}

@InputType({ description: 'A supervision notice (督办) on an overdue or stalled assignment.' })
export class SuperviseAssignmentInput extends TicketActionInput {
  @Field(() => ID, { description: 'The responsible organisation supervised.' })
  organisationId: string;

  @Field(() => String, { description: 'What is expected, 2 to 1000 characters.' })
  @CodePointLength(2, 1000)
  note: string;

  @Field(() => Date, { description: 'The new reply deadline (in the future).' })
  newDueAt: Date;
}

@InputType({ description: 'Create or change a routing rule (分派规则) of a community.' })
export class SaveTicketRoutingRuleInput {
  @Field(() => ID, { nullable: true, description: 'The rule to change; omit to create one.' })
  id?: string;

  @Field(() => Int, { nullable: true, description: 'For a change: the `version` the author saw (CONFLICT if stale).' })
  expectedVersion?: number;

  @Field(() => ID, { description: 'The category (a parent category’s rule covers its children without one).' })
  categoryId: string;

  @Field(() => ID, { nullable: true, description: 'Only tickets of this estate; omit for the whole community.' })
  estateId?: string;

  @Field(() => [ID], { description: 'The responsible organisations, 1 to 5 (as acceptTicket’s handlers).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  organisationIds: string[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Accept and route a new ticket at once (by the system, through the normal workflow).',
  })
  autoRoute: boolean;
}

@InputType({ description: 'Delete a routing rule.' })
export class DeleteTicketRoutingRuleInput {
  @Field(() => ID, { description: 'The rule.' })
  id: string;
}

@ArgsType()
export class TicketRoutingRuleListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'Only rules of this category.' })
  categoryId?: string;
}

@InputType({ description: 'A community’s desk settings (emergency hours, acknowledgement hours).' })
export class SetTicketDeskSettingInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { description: 'Hours (wall clock) an emergency has for its answer, 1 to 72 (default 2).' })
  @Min(1)
  @Max(72)
  emergencyHours: number;

  @Field(() => Int, {
    description: 'Working hours an organisation has to acknowledge an assignment, 1 to 72 (default 4).',
  })
  @Min(1)
  @Max(72)
  acknowledgeHours: number;
}

@InputType({ description: 'Place a category under a parent (two levels) and set its default priority.' })
export class SetTicketCategoryDefaultsInput {
  @Field(() => ID, { description: 'The category.' })
  categoryId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The parent (a top-level category of the same community); omit for none.',
  })
  parentId?: string;

  @Field(() => TicketPriority, {
    nullable: true,
    description: "Priority of its new tickets; omit to inherit the parent's.",
  })
  @IsOptional()
  defaultPriority?: TicketPriority;
}
