/** Matrix rows of the working-day calendar (see kit.ts for the columns). */
import { expect } from 'vitest';
import { ACTORS } from '../helpers/world.js';
import { q, type Rule, type RunContext, read } from './kit.js';

/** A date of its own per actor and target, far from any real schedule. */
const dateFor = (actor: (typeof ACTORS)[number], target: string) =>
  `2099-0${target === 'in' ? 1 : 2}-${String(10 + ACTORS.indexOf(actor)).padStart(2, '0')}`;
/** A year of its own per actor and target, for the year-complete flag. */
const yearFor = (c: RunContext) => 2070 + ACTORS.indexOf(c.actor) * 2 + (c.target === 'in' ? 0 : 1);

const daysOf = async (c: RunContext, year: number) =>
  (
    await read<{ calendarDays: { days: { date: string; name: string }[]; coverage: { complete: boolean } } }>(
      c,
      'query($y: Int!) { calendarDays(year: $y) { days { date name } coverage { complete } } }',
      { y: year },
    )
  ).calendarDays;

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
// The calendar is platform-wide: in and out of scope read the same (place-less, by role), and
// any street admin keeps it, whichever street.
export const CALENDAR_ROWS: Record<string, Rule> = {
  calendarDays: {
    expect: 'UN FB OK OK OK OK OK OK OK FB UN',
    run: q('{ calendarDays(year: 2026) { year coverage { covered } } }'),
  },
  calendarYears: { expect: 'UN FB OK OK OK OK OK OK OK FB UN', run: q('{ calendarYears { year covered } }') },
  setCalendarDay: {
    expect: 'UN FB FB FB FB FB OK OK OK FB UN',
    run: q(
      'mutation($d: String!) { setCalendarDay(input: { date: $d, kind: HOLIDAY, name: "矩阵" }) { day { date } } }',
      (c) => ({ d: dateFor(c.actor, c.target) }),
    ),
    effect: async (c) => {
      const d = dateFor(c.actor, c.target);
      expect((await daysOf(c, 2099)).days).toContainEqual({ date: d, name: '矩阵' });
    },
  },
  clearCalendarDay: {
    expect: 'UN FB FB FB FB FB OK OK OK FB UN',
    // The day is entered first (by the system admin), so clearing it is a change to observe.
    run: async (c) => {
      const d = dateFor(c.actor, c.target).replace('2099', '2098');
      c.scratch.date = d;
      await read(
        c,
        `mutation { setCalendarDay(input: { date: "${d}", kind: WORKDAY, name: "调休" }) { day { date } } }`,
      );
      return c.s.gql('mutation($d: String!) { clearCalendarDay(input: { date: $d }) { removed } }', { d }, c.token);
    },
    effect: async (c) => {
      expect((await daysOf(c, 2098)).days.map((d) => d.date)).not.toContain(c.scratch.date);
    },
  },
  setCalendarYearComplete: {
    expect: 'UN FB FB FB FB FB OK OK OK FB UN',
    run: q(
      'mutation($y: Int!) { setCalendarYearComplete(input: { year: $y, complete: true }) { coverage { covered } } }',
      (c) => ({ y: yearFor(c) }),
    ),
    effect: async (c) => {
      expect((await daysOf(c, yearFor(c))).coverage.complete).toBe(true);
    },
  },
};
