import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { FigureDimension, FigureInterval } from './analysis.enums.js';

@ArgsType()
export class FigureArgs {
  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  from: Date;

  @Field(() => Date, { description: 'End of the period (exclusive); at most 366 days after `from`.' })
  to: Date;

  @Field(() => ID, { nullable: true, description: 'Only this street.' })
  streetId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this community.' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this estate.' })
  estateId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tickets this organisation is responsible for.' })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this category.' })
  categoryId?: string;
}

@ArgsType()
export class BreakdownArgs extends FigureArgs {
  @Field(() => FigureDimension, { description: 'What the rows are grouped by.' })
  by: FigureDimension;
}

@ArgsType()
export class TrendArgs extends FigureArgs {
  @Field(() => FigureInterval, { description: 'The length of one point.' })
  interval: FigureInterval;
}

@ArgsType()
export class PublicFiguresArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { defaultValue: 12, description: 'How many months back from the current one, 1 to 24.' })
  @Min(1)
  @Max(24)
  months: number;
}

@InputType({ description: "Change a community's figures settings (audited)." })
export class SetAnalysisSettingsInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Boolean, { nullable: true, description: 'Publish the monthly figures.' })
  @IsOptional()
  publishFigures?: boolean;

  @Field(() => Int, { nullable: true, description: 'Minimum sample before ranking, 1 to 1000.' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  minSample?: number;
}
