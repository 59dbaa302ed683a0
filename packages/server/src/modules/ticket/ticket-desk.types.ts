import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';

@ObjectType({
  description:
    'A routing rule (分派规则) of a community: tickets of a category (and optionally one estate) go to these organisations; accepting pre-fills them, `autoRoute` accepts and routes new tickets at once.',
})
export class TicketRoutingRule {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Optimistic lock: pass as `expectedVersion` when changing it.' })
  version: number;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { description: 'The category.' })
  categoryId: string;

  @Field(() => ID, { nullable: true, description: 'The estate; null for the whole community.' })
  estateId: string | null;

  @Field(() => [ID], { description: 'The responsible organisations.' })
  organisationIds: string[];

  @Field(() => Boolean, { description: 'Whether new tickets are accepted and routed at once.' })
  autoRoute: boolean;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  streetId: string;
}

export const TicketRoutingRuleConnection = ConnectionType(TicketRoutingRule, 'TicketRoutingRule', 'routing rule');

@ObjectType({ description: 'Result of a mutation on a routing rule.' })
export class TicketRoutingRulePayload {
  @Field(() => TicketRoutingRule, { description: 'The rule as it is after the mutation.' })
  rule: TicketRoutingRule;
}

@ObjectType({ description: 'Result of deleting a routing rule.' })
export class DeleteTicketRoutingRulePayload {
  @Field(() => ID, { description: 'The id of the deleted rule.' })
  deletedId: string;
}

@ObjectType({ description: 'A community’s desk settings (the defaults when never set).' })
export class TicketDeskSetting {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { description: 'Hours (wall clock, day and night) an emergency has for its answer.' })
  emergencyHours: number;

  @Field(() => Int, {
    description:
      'Working hours (hours of working days, as the calendar marks them) an organisation has to acknowledge an assignment before it is flagged and its staff reminded.',
  })
  acknowledgeHours: number;
}

@ObjectType({ description: 'A supervision notice (督办) on an assignment.' })
export class TicketSupervision {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The organisation supervised.' })
  organisationId: string;

  @Field(() => String, { description: 'What is expected.' })
  note: string;

  @Field(() => Date, { description: 'The reply deadline before the notice.' })
  previousDueAt: Date;

  @Field(() => Date, { description: 'The new reply deadline.' })
  newDueAt: Date;

  @Field(() => Date, { description: 'When it was issued.' })
  createdAt: Date;
}
