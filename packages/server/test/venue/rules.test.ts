/** Unit tests of every booking rule (pure functions of settings, range and time; Asia/Shanghai). */
import { describe, expect, it } from 'vitest';
import { VenueSlotReason as Why } from '../../src/modules/venue/venue.enums.js';
import {
  gridSlots,
  instantOf,
  local,
  overlaps,
  quotaReason,
  ruleReason,
  settingsProblems,
  shanghaiMonth,
  shanghaiWeek,
  type VenueRules,
  weeklyOccurrences,
} from '../../src/modules/venue/venue.rules.js';

const weekday = { open: '08:00', close: '21:00' };
const rules: VenueRules = {
  // Monday-Saturday 08:00-21:00, closed on Sunday.
  openingHours: [weekday, weekday, weekday, weekday, weekday, { open: '09:00', close: '12:00' }, null],
  closedDates: ['2026-12-24'],
  closedOnHolidays: true,
  slotMinutes: 30,
  minMinutes: 60,
  maxMinutes: 180,
  horizonDays: 14,
  leadMinutes: 120,
};
// Monday 2026-12-14 08:00 Shanghai is 00:00 UTC.
const now = instantOf('2026-12-14', 8 * 60);
const at = (date: string, hhmm: string) => instantOf(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
const noHoliday = (_d: string) => false;
const reason = (date: string, from: string, to: string, o: Partial<VenueRules> = {}, isHoliday = noHoliday) =>
  ruleReason({ ...rules, ...o }, at(date, from), at(date, to), now, isHoliday);

describe('venue rules', () => {
  it('Shanghai local time: date, weekday (Monday = 0) and minute of an instant', () => {
    expect(local(new Date('2026-12-13T16:30:00Z'))).toEqual({ date: '2026-12-14', weekday: 0, minute: 30 });
    expect(instantOf('2026-12-14', 0).toISOString()).toBe('2026-12-13T16:00:00.000Z');
  });

  it('opening hours: inside is fine; before opening, after closing, across closing and a closed weekday are not', () => {
    expect(reason('2026-12-15', '10:00', '11:00')).toBeNull();
    expect(reason('2026-12-15', '20:00', '21:00')).toBeNull(); // ends at closing time
    expect(reason('2026-12-15', '07:00', '08:00')).toBe(Why.OUTSIDE_HOURS);
    expect(reason('2026-12-15', '20:30', '21:30')).toBe(Why.OUTSIDE_HOURS);
    expect(reason('2026-12-19', '11:00', '12:30')).toBe(Why.OUTSIDE_HOURS); // Saturday closes at 12:00
    expect(reason('2026-12-20', '10:00', '11:00')).toBe(Why.OUTSIDE_HOURS); // Sunday closed
  });

  it('closed dates and (as an option) statutory holidays', () => {
    expect(reason('2026-12-24', '10:00', '11:00')).toBe(Why.CLOSED_DATE);
    const holiday = (d: string) => d === '2026-12-25';
    expect(reason('2026-12-25', '10:00', '11:00', {}, holiday)).toBe(Why.HOLIDAY);
    expect(reason('2026-12-25', '10:00', '11:00', { closedOnHolidays: false }, holiday)).toBeNull();
  });

  it('slot grid, minimum and maximum duration', () => {
    expect(reason('2026-12-15', '10:15', '11:15')).toBe('ALIGNMENT');
    expect(reason('2026-12-15', '10:00', '10:45')).toBe('ALIGNMENT');
    expect(reason('2026-12-15', '10:00', '10:30')).toBe('TOO_SHORT');
    expect(reason('2026-12-15', '10:00', '13:30')).toBe('TOO_LONG');
    expect(reason('2026-12-15', '10:00', '13:00')).toBeNull(); // exactly the maximum
  });

  it('past, lead time and horizon', () => {
    expect(ruleReason(rules, at('2026-12-14', '07:00'), at('2026-12-14', '08:00'), now, noHoliday)).toBe(Why.PAST);
    expect(ruleReason(rules, at('2026-12-14', '09:00'), at('2026-12-14', '10:00'), now, noHoliday)).toBe(Why.LEAD_TIME);
    expect(ruleReason(rules, at('2026-12-14', '10:00'), at('2026-12-14', '11:00'), now, noHoliday)).toBeNull();
    expect(reason('2026-12-28', '08:00', '09:00')).toBeNull(); // exactly 14 days ahead
    expect(reason('2026-12-28', '08:30', '09:30')).toBe(Why.BEYOND_HORIZON);
  });

  it('settings that contradict each other are named by field', () => {
    expect(settingsProblems(rules)).toEqual({});
    expect(Object.keys(settingsProblems({ ...rules, slotMinutes: 25 }))).toContain('slotMinutes');
    expect(Object.keys(settingsProblems({ ...rules, minMinutes: 45 }))).toContain('minMinutes');
    expect(Object.keys(settingsProblems({ ...rules, maxMinutes: 30 }))).toContain('maxMinutes');
    expect(
      Object.keys(
        settingsProblems({
          ...rules,
          openingHours: [...rules.openingHours.slice(0, 6), { open: '10:00', close: '09:00' }],
        }),
      ),
    ).toContain('openingHours');
    expect(
      Object.keys(
        settingsProblems({
          ...rules,
          openingHours: [...rules.openingHours.slice(0, 6), { open: '10:15', close: '12:00' }],
        }),
      ),
    ).toContain('openingHours');
  });

  it('grid slots and overlap: identical, partly overlapping and touching ranges', () => {
    const a = { startsAt: at('2026-12-15', '10:00'), endsAt: at('2026-12-15', '11:00') };
    const b = { startsAt: at('2026-12-15', '10:30'), endsAt: at('2026-12-15', '11:30') };
    const c = { startsAt: at('2026-12-15', '11:00'), endsAt: at('2026-12-15', '12:00') };
    expect(gridSlots(a.startsAt, a.endsAt)).toHaveLength(4);
    const shared = (x: typeof a, y: typeof a) => {
      const ys = new Set(gridSlots(y.startsAt, y.endsAt).map((d) => d.getTime()));
      return gridSlots(x.startsAt, x.endsAt).some((d) => ys.has(d.getTime()));
    };
    expect([overlaps(a, a), shared(a, a)]).toEqual([true, true]);
    expect([overlaps(a, b), shared(a, b)]).toEqual([true, true]);
    expect([overlaps(a, c), shared(a, c)]).toEqual([false, false]);
  });

  it('quota per household: Shanghai weeks (Monday-Sunday) and calendar months', () => {
    const sundayNight = at('2026-12-20', '23:30');
    expect(shanghaiWeek(sundayNight).from.toISOString()).toBe(instantOf('2026-12-14', 0).toISOString());
    expect(shanghaiWeek(at('2026-12-21', '00:00')).from.toISOString()).toBe(instantOf('2026-12-21', 0).toISOString());
    expect(shanghaiMonth(at('2026-12-31', '23:30'))).toEqual({
      from: instantOf('2026-12-01', 0),
      to: instantOf('2027-01-01', 0),
    });
    // 2026-11-30 23:30 UTC is already 1 December in Shanghai.
    expect(shanghaiMonth(new Date('2026-11-30T16:30:00Z')).from).toEqual(instantOf('2026-12-01', 0));
    const q = { weeklyQuota: 2, monthlyQuota: 5 };
    expect(quotaReason(q, { week: 1, month: 4 })).toBeNull();
    expect(quotaReason(q, { week: 2, month: 2 })).toBe(Why.QUOTA_WEEK);
    expect(quotaReason(q, { week: 0, month: 5 })).toBe(Why.QUOTA_MONTH);
    expect(quotaReason({ weeklyQuota: null, monthlyQuota: null }, { week: 99, month: 99 })).toBeNull();
  });

  it('weekly series: the same local time N weeks in a row', () => {
    const occ = weeklyOccurrences(at('2026-12-15', '10:00'), at('2026-12-15', '11:00'), 3);
    expect(occ.map((o) => local(o.startsAt).date)).toEqual(['2026-12-15', '2026-12-22', '2026-12-29']);
    expect(occ.every((o) => local(o.startsAt).minute === 600)).toBe(true);
  });
});
