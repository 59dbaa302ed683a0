import chineseDays from 'chinese-days';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarDayKind, CalendarSource } from './calendar.enums.js';
import { addDays, endOfShanghaiDay, isCalendarDate, shanghaiDate } from './calendar-date.js';
import { WorkingCalendar } from './working-calendar.js';

const { HOLIDAY, WORKDAY } = CalendarDayKind;
/** An instant given as Asia/Shanghai wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);

/**
 * A 2027 schedule made up for these tests (the State Council publishes the real one late in 2026):
 * New Year's Day on Friday 1 January, a Spring Festival week with a make-up working Sunday.
 */
const STAFF_2027 = [
  { date: '2027-01-01', kind: HOLIDAY, name: '元旦' },
  ...['06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({
    date: `2027-02-${d}`,
    kind: HOLIDAY,
    name: '春节',
  })),
  { date: '2027-02-14', kind: WORKDAY, name: '春节调休' },
];

describe('dates in Asia/Shanghai', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('takes the Shanghai calendar date of an instant, not the machine’s', () => {
    expect(shanghaiDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(shanghaiDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    process.env.TZ = 'America/Los_Angeles';
    expect(shanghaiDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(new WorkingCalendar().dueAt(bj('2026-09-30T08:00:00'), 3).dueAt.toISOString()).toBe(
      '2026-10-10T15:59:59.999Z',
    );
  });

  it('ends a day at 23:59:59.999 +08:00 and knows real dates', () => {
    expect(endOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-10T15:59:59.999Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });
});

describe('WorkingCalendar over the built-in schedule (2026)', () => {
  const cal = new WorkingCalendar();

  it('a ticket submitted on 2026-09-30 with 3 working days is due at the end of Saturday 2026-10-10 (National Day, then a make-up working Saturday)', () => {
    for (const at of ['2026-09-30T00:00:00', '2026-09-30T09:15:00', '2026-09-30T23:59:59']) {
      const due = cal.dueAt(bj(at), 3);
      expect(due.dueAt.toISOString()).toBe('2026-10-10T15:59:59.999Z');
      expect(due.covered).toBe(true);
    }
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.dayInfo('2026-10-10')).toMatchObject({
      kind: WORKDAY,
      source: CalendarSource.PACKAGE,
      name: '国庆节调休',
    });
    expect(cal.isWorkingDay('2026-10-07')).toBe(false);
    expect(cal.dayInfo('2026-10-01')).toMatchObject({ kind: HOLIDAY, name: '国庆节' });
  });

  it('a ticket submitted on a holiday (2026-10-02) starts counting after the holiday', () => {
    expect(cal.dueAt(bj('2026-10-02T10:00:00'), 3)).toEqual({
      dueAt: new Date('2026-10-10T15:59:59.999Z'),
      covered: true,
    });
    expect(cal.addWorkingDays('2026-10-02', 1)).toEqual({ date: '2026-10-08', covered: true });
    expect(cal.addWorkingDays('2026-10-02', 5)).toEqual({ date: '2026-10-13', covered: true });
  });

  it('counts working days between dates, signed, so that it inverts addWorkingDays', () => {
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(cal.workingDaysBetween('2026-10-10', '2026-09-30')).toBe(-3);
    expect(cal.workingDaysBetween('2026-10-03', '2026-10-03')).toBe(0);
    for (const start of ['2026-01-30', '2026-02-13', '2026-09-24', '2026-12-28']) {
      for (let n = 0; n <= 5; n++) expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n).date)).toBe(n);
    }
  });

  it('workingDaysLeft: positive before the due day, 0 on it, negative once overdue', () => {
    const due = cal.dueAt(bj('2026-09-30T09:00:00'), 3).dueAt;
    expect(cal.workingDaysLeft(bj('2026-09-30T09:00:00'), due)).toBe(3);
    expect(cal.workingDaysLeft(bj('2026-10-03T12:00:00'), due)).toBe(3);
    expect(cal.workingDaysLeft(bj('2026-10-08T12:00:00'), due)).toBe(2);
    expect(cal.workingDaysLeft(bj('2026-10-09T12:00:00'), due)).toBe(1);
    expect(cal.workingDaysLeft(bj('2026-10-10T00:00:00'), due)).toBe(0);
    expect(cal.workingDaysLeft(bj('2026-10-10T23:59:59'), due)).toBe(0);
    expect(cal.workingDaysLeft(bj('2026-10-11T00:00:00'), due)).toBe(-1); // Sunday: overdue
    expect(cal.workingDaysLeft(bj('2026-10-12T09:00:00'), due)).toBe(-1);
    expect(cal.workingDaysLeft(bj('2026-10-13T09:00:00'), due)).toBe(-2);
  });

  it('a staff entry overrides the package for its date', () => {
    const staff = new WorkingCalendar([{ date: '2026-10-10', kind: HOLIDAY, name: '测试' }]);
    expect(staff.dayInfo('2026-10-10')).toMatchObject({ working: false, source: CalendarSource.STAFF, covered: true });
    expect(staff.addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-12', covered: true });
  });

  it('agrees with chinese-days on every day of 2004-2026', () => {
    const diffs: string[] = [];
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (cal.isWorkingDay(d) !== chineseDays.isWorkday(d)) diffs.push(d);
    }
    expect(diffs).toEqual([]);
  });

  it('rejects a negative or fractional number of working days', () => {
    expect(() => cal.addWorkingDays('2026-10-01', -1)).toThrow(RangeError);
    expect(() => cal.dueAt(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('WorkingCalendar beyond the built-in schedule (2027)', () => {
  it('without staff data: weekends skipped, holidays unknown, the deadline flagged covered=false', () => {
    const cal = new WorkingCalendar();
    expect(cal.sourceOf(2027)).toBe(CalendarSource.NONE);
    // chinese-days would call 2027-01-01 a working day; so do we, but we say we do not know.
    expect(cal.dueAt(bj('2026-12-31T10:00:00'), 3)).toEqual({
      dueAt: new Date('2027-01-05T15:59:59.999Z'), // Fri 1, Mon 4, Tue 5
      covered: false,
    });
    expect(cal.addWorkingDays('2027-02-05', 3)).toEqual({ date: '2027-02-10', covered: false });
    // A count that stays within 2026 is covered even while 2027 is not.
    expect(cal.addWorkingDays('2026-12-28', 3).covered).toBe(true);
  });

  it('after staff entered 2027 and marked it complete: holidays skipped, covered=true', () => {
    const cal = new WorkingCalendar(STAFF_2027, [2027]);
    expect(cal.sourceOf(2027)).toBe(CalendarSource.STAFF);
    expect(cal.dueAt(bj('2026-12-31T10:00:00'), 3)).toEqual({
      dueAt: new Date('2027-01-06T15:59:59.999Z'), // Mon 4, Tue 5, Wed 6
      covered: true,
    });
    // Friday before the Spring Festival week: Sun 14 (make-up), Mon 15, Tue 16.
    expect(cal.addWorkingDays('2027-02-05', 3)).toEqual({ date: '2027-02-16', covered: true });
  });

  it('entries without the year marked complete are used but still flagged', () => {
    const cal = new WorkingCalendar(STAFF_2027, []);
    expect(cal.addWorkingDays('2026-12-31', 3)).toEqual({ date: '2027-01-06', covered: false });
  });

  it('workingDaysLeft counts over 2027 the same way', () => {
    const cal = new WorkingCalendar(STAFF_2027, [2027]);
    const due = cal.dueAt(bj('2027-02-05T09:00:00'), 3).dueAt;
    expect(cal.workingDaysLeft(bj('2027-02-08T09:00:00'), due)).toBe(3);
    expect(cal.workingDaysLeft(bj('2027-02-16T09:00:00'), due)).toBe(0);
    expect(cal.workingDaysLeft(bj('2027-02-18T09:00:00'), due)).toBe(-2);
  });
});
