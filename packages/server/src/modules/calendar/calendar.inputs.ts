import { IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { CalendarDayKind } from './calendar.enums.js';

// Dates and years are checked by the service (real dates, 2000-2100) so the error names the field.

@InputType({ description: 'Enter or change a holiday or make-up working day.' })
export class SetCalendarDayInput {
  @Field(() => String, { description: "The date, 'YYYY-MM-DD' (years 2000-2100)." })
  date: string;

  @Field(() => CalendarDayKind, { description: 'Holiday or make-up working day.' })
  kind: CalendarDayKind;

  @Field(() => String, { description: 'Name, 1 to 50 characters, e.g. 国庆节 or 国庆调休.' })
  @CodePointLength(1, 50)
  name: string;
}

@InputType({ description: 'Remove the staff entry of a date (the built-in schedule applies again).' })
export class ClearCalendarDayInput {
  @Field(() => String, { description: "The date, 'YYYY-MM-DD'." })
  date: string;
}

@InputType({ description: "Declare whether a year's schedule is fully entered." })
export class SetCalendarYearCompleteInput {
  @Field(() => Int, { description: 'The year (2000-2100).' })
  year: number;

  @Field(() => Boolean, { description: 'True once every holiday and make-up working day of the year is entered.' })
  complete: boolean;

  @Field(() => String, { nullable: true, description: 'Note, up to 200 characters, e.g. the notice it follows.' })
  @IsOptional()
  @CodePointLength(0, 200)
  note?: string | null;
}
