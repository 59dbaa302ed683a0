import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import { HotTopicState } from './triage.enums.js';

@ArgsType()
export class SimilarTicketsArgs extends PageArgs {
  @Field(() => ID, { description: 'The ticket to compare with.' })
  ticketId: string;
}

@ArgsType()
export class HotTopicListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (else every community in reach).' })
  communityId?: string | null;

  @Field(() => HotTopicState, { nullable: true, description: 'Only hot topics in this state.' })
  state?: HotTopicState | null;
}

@InputType({ description: 'Dismiss a hot topic: its tickets are not one matter, or need no joint handling.' })
export class DismissHotTopicInput {
  @Field(() => ID, { description: 'The hot topic.' })
  hotTopicId: string;

  @Field(() => String, { description: 'Why (1-500 characters), kept with the hot topic and in the audit log.' })
  @CodePointLength(1, 500)
  reason: string;
}

@InputType({ description: 'Merge every ticket of a hot topic into one of them.' })
export class MergeHotTopicInput {
  @Field(() => ID, { description: 'The hot topic.' })
  hotTopicId: string;

  @Field(() => ID, { description: 'The primary ticket: one of the hot topic’s tickets, still open.' })
  primaryTicketId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Note to the submitters of the merged tickets (0-500 characters).',
  })
  @IsOptional()
  @CodePointLength(0, 500)
  note?: string;
}

@InputType({ description: 'Set a community’s hot-topic rule.' })
export class SetHotTopicRuleInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { description: 'Similar tickets that make a hot topic, 2 to 50.' })
  @Min(2)
  @Max(50)
  threshold: number;

  @Field(() => Int, { description: 'Within how many hours, 1 to 168.' })
  @Min(1)
  @Max(168)
  windowHours: number;
}
