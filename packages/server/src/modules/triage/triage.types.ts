import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import { Ticket } from '../ticket/ticket.types.js';
import { HotTopicState, SimilarityReason } from './triage.enums.js';

@ObjectType({ description: 'A ticket found similar to another, with how alike they are and why.' })
export class SimilarTicket {
  @Field(() => Ticket, { description: 'The similar ticket (open, in the same community).' })
  ticket: Ticket;

  @Field(() => Float, {
    description:
      'Similarity 0-1: the text similarity (TF-IDF cosine over character bigrams, mixed with the overlap of the matters named) times the place factor (same building/estate/location up, another estate or location down). 0.3 or more: taken to be the same matter.',
  })
  score: number;

  @Field(() => SimilarityReason, { description: 'Why it was found: the place, the text, or both.' })
  reason: SimilarityReason;
}

export const SimilarTicketConnection = ConnectionType(SimilarTicket, 'SimilarTicket', 'similar ticket');

@ObjectType({ description: 'What the viewer may do with a hot topic now.' })
export class HotTopicViewerCan {
  @Field(() => Boolean, { description: 'Merge its tickets into one primary ticket.' })
  merge: boolean;

  @Field(() => Boolean, { description: 'Dismiss it with a reason.' })
  dismiss: boolean;
}

@ObjectType({
  description:
    'A hot topic (热点): a burst of similar tickets in one community (by default 5 within 24 hours), raised once and grown as more arrive.',
})
export class HotTopic {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The street of its community.' })
  streetId: string;

  @Field(() => ID, { description: 'Its community.' })
  communityId: string;

  @Field(() => HotTopicState, { description: 'Where it stands.' })
  state: HotTopicState;

  @Field(() => String, { description: 'The title of its first ticket.' })
  title: string;

  @Field(() => Int, { description: 'How many tickets it holds.' })
  ticketCount: number;

  @Field(() => Date, { description: 'When it was raised.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When its newest ticket arrived.' })
  lastTicketAt: Date;

  @Field(() => ID, { nullable: true, description: 'The ticket its tickets were merged into (MERGED).' })
  primaryTicketId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was dismissed (DISMISSED).' })
  dismissReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was merged or dismissed.' })
  closedAt: Date | null;
}

export const HotTopicConnection = ConnectionType(HotTopic, 'HotTopic', 'hot topic');
export const HotTopicPayload = PayloadType(HotTopic, 'HotTopic', 'hotTopic', 'hot topic');

@ObjectType({ description: 'A community’s hot-topic rule: how many similar tickets within how many hours make one.' })
export class HotTopicRule {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { description: 'Similar tickets that make a hot topic (default 5).' })
  threshold: number;

  @Field(() => Int, { description: 'Within how many hours they arrive (default 24).' })
  windowHours: number;

  @Field(() => Boolean, { description: 'True when the community has set none and the defaults apply.' })
  isDefault: boolean;
}

@ObjectType({ description: 'Result of setting a hot-topic rule.' })
export class HotTopicRulePayload {
  @Field(() => HotTopicRule, { description: 'The rule as it is now.' })
  rule: HotTopicRule;
}
