import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { Role } from '../identity/identity.enums.js';
import { toUser } from '../identity/identity.mappers.js';
import { User } from '../identity/identity.types.js';
import { CalendarReasons as R } from './calendar.errors.js';
import * as I from './calendar.inputs.js';
import { toCalendarDay } from './calendar.mappers.js';
import {
  CalendarDay,
  CalendarDayPayload,
  CalendarYearCoverage,
  CalendarYearDays,
  CalendarYearPayload,
  ClearCalendarDayPayload,
} from './calendar.types.js';

/**
 * The working-day calendar: any staff role reads it; street and system administrators edit it
 * (checked by the service, place-less: see calendar.policy.ts).
 */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF, Role.PROPERTY_STAFF, Role.COMMITTEE_MEMBER])
@Resolver()
export class CalendarResolver {
  @Query(() => CalendarYearDays, {
    description: 'Holidays and make-up working days staff entered for a year, and whether the year is covered.',
  })
  async calendarDays(
    @Arg('year', () => Int, { description: 'The year (2000-2100).' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.calendar.yearDays(actorOf(ctx), year);
    return { ...r, days: r.days.map(toCalendarDay) };
  }

  @Query(() => [CalendarYearCoverage], {
    description: 'Coverage of each year from 2024 to next year: deadlines in an uncovered year are flagged.',
  })
  async calendarYears(@Ctx() ctx: RequestContext) {
    return ctx.services.calendar.years(actorOf(ctx));
  }

  @Mutation(() => CalendarDayPayload, {
    description: withReasons('Enter or change a holiday or make-up working day (street and system administrators).', [
      R.CALENDAR_INVALID_DATE,
      R.CALENDAR_YEAR_OUT_OF_RANGE,
      R.CALENDAR_BLANK_NAME,
    ]),
  })
  async setCalendarDay(
    @Arg('input', () => I.SetCalendarDayInput, { description: 'The day.' }) input: I.SetCalendarDayInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.calendar.setDay(actorOf(ctx), input);
    return { day: toCalendarDay(r.day), coverage: r.coverage };
  }

  @Mutation(() => ClearCalendarDayPayload, {
    description: withReasons('Remove the staff entry of a date (street and system administrators).', [
      R.CALENDAR_INVALID_DATE,
      R.CALENDAR_YEAR_OUT_OF_RANGE,
    ]),
  })
  async clearCalendarDay(
    @Arg('input', () => I.ClearCalendarDayInput, { description: 'The date.' }) input: I.ClearCalendarDayInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.calendar.clearDay(actorOf(ctx), input);
  }

  @Mutation(() => CalendarYearPayload, {
    description: withReasons("Declare a year's schedule fully entered, or not (street and system administrators).", [
      R.CALENDAR_YEAR_OUT_OF_RANGE,
    ]),
  })
  async setCalendarYearComplete(
    @Arg('input', () => I.SetCalendarYearCompleteInput, { description: 'The year and its state.' })
    input: I.SetCalendarYearCompleteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.calendar.setYearComplete(actorOf(ctx), input);
  }
}

@Resolver(() => CalendarDay)
export class CalendarDayFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who last changed the entry (phone masked).' })
  async updatedBy(@Root() d: CalendarDay, @Ctx() ctx: RequestContext) {
    const u = d.updatedById ? await ctx.loaders.user.load(d.updatedById) : null;
    return u ? toUser(u, ctx.viewer?.userId) : null;
  }
}
