/** Matrix rows of the working-day calendar (see kit.ts for the columns). */
import { ACTORS } from '../helpers/world.js';
import { q, type Rule } from './kit.js';

/** A date of its own per actor and target, far from any real schedule. */
const dateFor = (actor: (typeof ACTORS)[number], target: string) =>
  `2099-0${target === 'in' ? 1 : 2}-${String(10 + ACTORS.indexOf(actor)).padStart(2, '0')}`;

// Columns: anon resident boxue xingyi greentown committee street system
// The calendar is platform-wide: in and out of scope read the same (place-less, by role).
export const CALENDAR_ROWS: Record<string, Rule> = {
  calendarDays: {
    expect: 'UN FB OK OK OK OK OK OK',
    run: q('{ calendarDays(year: 2026) { year coverage { covered } } }'),
  },
  calendarYears: { expect: 'UN FB OK OK OK OK OK OK', run: q('{ calendarYears { year covered } }') },
  setCalendarDay: {
    expect: 'UN FB FB FB FB FB OK OK',
    run: q(
      'mutation($d: String!) { setCalendarDay(input: { date: $d, kind: HOLIDAY, name: "矩阵" }) { day { date } } }',
      (c) => ({
        d: dateFor(c.actor, c.target),
      }),
    ),
  },
  clearCalendarDay: {
    expect: 'UN FB FB FB FB FB OK OK',
    run: q('mutation($d: String!) { clearCalendarDay(input: { date: $d }) { removed } }', (c) => ({
      d: dateFor(c.actor, c.target),
    })),
  },
  setCalendarYearComplete: {
    expect: 'UN FB FB FB FB FB OK OK',
    run: q('mutation { setCalendarYearComplete(input: { year: 2099, complete: false }) { coverage { covered } } }'),
  },
};
