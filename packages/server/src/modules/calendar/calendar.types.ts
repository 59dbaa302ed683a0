import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDayKind, CalendarSource } from './calendar.enums.js';

@ObjectType({ description: 'A date staff entered in the working-day calendar; it overrides the built-in schedule.' })
export class CalendarDay {
  @Field(() => String, { description: "The date, 'YYYY-MM-DD' (Asia/Shanghai)." })
  date: string;

  @Field(() => CalendarDayKind, { description: 'Holiday (no work) or make-up working day (work).' })
  kind: CalendarDayKind;

  @Field(() => String, { description: 'Name, e.g. 国庆节 or 国庆调休.' })
  name: string;

  @Field(() => Date, { description: 'When the entry was last changed.' })
  updatedAt: Date;

  updatedById: string | null;
}

@ObjectType({ description: "Whether a year's holidays and make-up working days are known." })
export class CalendarYearCoverage {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Boolean, {
    description: 'True when deadlines in this year are reliable: built-in schedule (2004-2026) or declared complete.',
  })
  covered: boolean;

  @Field(() => CalendarSource, { description: 'Where the schedule of the year comes from.' })
  source: CalendarSource;

  @Field(() => Boolean, { description: 'Staff declared the year fully entered.' })
  complete: boolean;

  @Field(() => String, { nullable: true, description: 'Staff note, e.g. the State Council notice it follows.' })
  note: string | null;

  @Field(() => Int, { description: 'Holidays staff entered for the year.' })
  holidayCount: number;

  @Field(() => Int, { description: 'Make-up working days staff entered for the year.' })
  workdayCount: number;
}

@ObjectType({ description: 'The staff entries of one year and its coverage.' })
export class CalendarYearDays {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => CalendarYearCoverage, { description: 'Whether the year is covered.' })
  coverage: CalendarYearCoverage;

  @Field(() => [CalendarDay], { description: 'Every staff entry of the year, in date order (at most 366).' })
  days: CalendarDay[];

  @Field(() => Boolean, { description: 'Whether the viewer may edit the calendar (street and system administrators).' })
  canManage: boolean;
}

@ObjectType({ description: 'Result of setting a date of the calendar.' })
export class CalendarDayPayload {
  @Field(() => CalendarDay, { description: 'The entry as it is after the mutation.' })
  day: CalendarDay;

  @Field(() => CalendarYearCoverage, { description: 'Coverage of the date’s year after the mutation.' })
  coverage: CalendarYearCoverage;
}

@ObjectType({ description: 'Result of clearing a date of the calendar.' })
export class ClearCalendarDayPayload {
  @Field(() => String, { description: "The date, 'YYYY-MM-DD'." })
  date: string;

  @Field(() => Boolean, { description: 'False when the date had no staff entry (nothing changed).' })
  removed: boolean;

  @Field(() => Boolean, { description: 'Whether the date is a working day now that the entry is gone.' })
  working: boolean;

  @Field(() => CalendarYearCoverage, { description: 'Coverage of the date’s year after the mutation.' })
  coverage: CalendarYearCoverage;
}

@ObjectType({ description: 'Result of declaring a year complete or incomplete.' })
export class CalendarYearPayload {
  @Field(() => CalendarYearCoverage, { description: 'Coverage of the year after the mutation.' })
  coverage: CalendarYearCoverage;
}
