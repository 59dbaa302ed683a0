import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** The written definitions of every figure: the schema descriptions and the console's tooltips say the same. */
export const DEFINITIONS = {
  registeredResidents:
    '注册居民 — accounts that asked to be bound to a household in the place before the end of the period and were not refused (pending, approved or later revoked).',
  verifiedResidents:
    '认证居民 — registered residents whose household binding staff approved before the end of the period.',
  activeUsers:
    '活跃用户 — registered residents whose last sign-in (a session issued: sign-in, registration or refresh) lies in the 30 days before the end of the period.',
  raised: '提出 — tickets submitted in the period (every state, merged and rejected included).',
  valid: '有效 — tickets of the period accepted by staff and not merged into another (the denominator of the rates).',
  rejected: '不予受理 — tickets of the period rejected as invalid.',
  merged: '合并 — tickets of the period merged into another ticket (duplicates).',
  replied: '已答复 — valid tickets with an answer to residents (a reply, a resolution or an escalation answer).',
  repliedOnTime: '按时答复 — valid tickets whose first answer came by their reply deadline (N working days).',
  resolved: '已完结 — valid tickets whose last resolve/reopen event is a resolution.',
  escalated: '已上报 — valid tickets reported up to a street department at least once.',
  reopened: '重新打开 — valid tickets reopened by their submitter at least once.',
  rated: '已评价 — valid tickets the submitter rated (1-5).',
  satisfied: '满意 — valid tickets rated 4 or 5.',
  replyRate: '响应率/答复率 — replied ÷ valid (null without valid tickets).',
  onTimeRate: '按时答复率 — replied on time ÷ valid.',
  resolutionRate: '解决率 — resolved ÷ valid.',
  reopenRate: '重开率 — reopened ÷ valid tickets resolved at least once.',
  satisfaction: '满意率 — rated 4-5 ÷ rated.',
  firstReplyMedianHours:
    '首次答复用时中位数 — median time from submission to the first answer of valid tickets, in working hours (hours of Asia/Shanghai working days only).',
  firstReplyP90Hours:
    '首次答复用时P90 — the 90th percentile (nearest rank) of the same first-answer times, in working hours.',
  overdue: '逾期 — open reply obligations whose deadline has passed, now (not limited to the period).',
  supervised: '督办 — supervision notices issued to the organisation in the period (the ticket desk).',
} as const;

type Def = keyof typeof DEFINITIONS;
const count = (name: Def) => Field(() => Int, { description: DEFINITIONS[name] });
const rate = (name: Def) => Field(() => Float, { nullable: true, description: DEFINITIONS[name] });

@ObjectType({ description: 'Ticket figures of one group of a breakdown or one point of a trend.' })
export class FigureRow {
  @Field(() => String, {
    nullable: true,
    description:
      'The group: an id (street, community, estate, organisation, category) or a period key; null for tickets without one.',
  })
  key: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Display name of the group (its place, organisation or category name).',
  })
  label: string | null;

  @count('raised') raised: number;
  @count('valid') valid: number;
  @count('rejected') rejected: number;
  @count('merged') merged: number;
  @count('replied') replied: number;
  @count('repliedOnTime') repliedOnTime: number;
  @count('resolved') resolved: number;
  @count('escalated') escalated: number;
  @count('reopened') reopened: number;
  @count('rated') rated: number;
  @count('satisfied') satisfied: number;
  @rate('replyRate') replyRate: number | null;
  @rate('onTimeRate') onTimeRate: number | null;
  @rate('resolutionRate') resolutionRate: number | null;
  @rate('reopenRate') reopenRate: number | null;
  @rate('satisfaction') satisfaction: number | null;
}

@ObjectType({ description: 'The figures of a place over a period [from, to), each with its written definition.' })
export class AnalysisFigures extends FigureRow {
  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  from: Date;

  @Field(() => Date, { description: 'End of the period (exclusive).' })
  to: Date;

  @count('registeredResidents') registeredResidents: number;
  @count('verifiedResidents') verifiedResidents: number;
  @count('activeUsers') activeUsers: number;
  @rate('firstReplyMedianHours') firstReplyMedianHours: number | null;
  @rate('firstReplyP90Hours') firstReplyP90Hours: number | null;
}

@ObjectType({ description: 'One handling organisation in the assessment table (三率 + overdue).' })
export class AssessmentRow {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @count('valid') valid: number;
  @count('replied') replied: number;
  @rate('replyRate') replyRate: number | null;
  @rate('onTimeRate') onTimeRate: number | null;
  @rate('resolutionRate') resolutionRate: number | null;
  @rate('satisfaction') satisfaction: number | null;
  @count('overdue') overdue: number;
  @count('supervised') supervised: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Rank by reply rate, then resolution rate, then satisfaction (1 = best); null while the organisation has fewer valid tickets than the minimum sample.',
  })
  rank: number | null;
}

@ObjectType({ description: 'The assessment of handling organisations over a period.' })
export class AssessmentTable {
  @Field(() => Int, { description: 'Valid tickets an organisation needs in the period before it is ranked.' })
  minSample: number;

  @Field(() => [AssessmentRow], { description: 'Every organisation with a ticket in the period, ranked ones first.' })
  rows: AssessmentRow[];
}

@ObjectType({
  description: "A community's published figures of one month (readable by anyone when the community publishes them).",
})
export class PublicMonthFigures {
  @Field(() => String, { description: 'The month, YYYY-MM (Asia/Shanghai).' })
  month: string;

  @count('raised') raised: number;
  @count('replied') replied: number;
  @count('resolved') resolved: number;
  @rate('replyRate') replyRate: number | null;
  @rate('onTimeRate') onTimeRate: number | null;
  @rate('satisfaction') satisfaction: number | null;
}

@ObjectType({ description: "A community's figures settings." })
export class AnalysisSettings {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Boolean, {
    description: 'Its monthly figures are public (its residents and anonymous callers read them).',
  })
  publishFigures: boolean;

  @Field(() => Int, {
    description: 'Valid tickets an organisation needs before the assessment table ranks it (1-1000).',
  })
  minSample: number;
}

@ObjectType({ description: 'Result of setAnalysisSettings.' })
export class AnalysisSettingsPayload {
  @Field(() => AnalysisSettings, { description: 'The settings as they are after the change.' })
  settings: AnalysisSettings;
}
