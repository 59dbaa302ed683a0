import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { CalendarDayKind } from './calendar.enums.js';
import { CalendarYearDays } from './calendar.types.js';
import { addDays } from './calendar-date.js';
import { packageDay } from './package-holidays.js';

@ObjectType({ description: 'A statutory holiday or make-up working day of the built-in State Council schedule.' })
export class StatutoryDay {
  @Field(() => String, { description: "The date, 'YYYY-MM-DD' (Asia/Shanghai)." })
  date: string;

  @Field(() => CalendarDayKind, { description: 'Holiday (no work) or make-up working day (work).' })
  kind: CalendarDayKind;

  @Field(() => String, { description: 'Name, e.g. 国庆节 or 国庆节调休.' })
  name: string;
}

/** The built-in schedule's days of a year (chinese-days, 2004-2026), in date order; no database. */
export function statutoryDaysOf(year: number): StatutoryDay[] {
  const out: StatutoryDay[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    const p = packageDay(d);
    if (p) out.push({ date: d, kind: p.kind as CalendarDayKind, name: p.name });
  }
  return out;
}

@Resolver(() => CalendarYearDays)
export class CalendarStatutoryResolver {
  @FieldResolver(() => [StatutoryDay], {
    description:
      'The built-in statutory holidays and make-up working days of the year (empty after the schedule ends); a staff entry of the same date takes precedence.',
  })
  statutoryDays(@Root() y: CalendarYearDays): StatutoryDay[] {
    return statutoryDaysOf(y.year);
  }
}
