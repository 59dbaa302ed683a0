import { describe, expect, it } from 'vitest';
import { coverageSentence, mergeDays } from './coverage';

describe('calendar coverage sentence', () => {
  const base = { year: 2027, covered: false, complete: false, source: 'NONE' as const };
  it('names the built-in schedule, a complete staff year, or what is missing', () => {
    expect(coverageSentence({ ...base, source: 'PACKAGE', covered: true }, false)).toBe('calgrid.coverage.package');
    expect(coverageSentence({ ...base, source: 'STAFF', covered: true, complete: true }, true)).toBe(
      'calgrid.coverage.staffComplete',
    );
  });
  it('asks only those who may edit to enter data', () => {
    expect(coverageSentence(base, true)).toBe('calgrid.coverage.missingManage');
    expect(coverageSentence(base, false)).toBe('calgrid.coverage.missingRead');
    expect(coverageSentence({ ...base, source: 'STAFF' }, false)).toBe('calgrid.coverage.missingRead');
  });
});

describe('calendar days of the grid', () => {
  it('lets a staff entry take precedence over the built-in schedule', () => {
    const days = mergeDays(
      [
        { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休' },
      ],
      [{ date: '2026-10-10', kind: 'HOLIDAY', name: '改为休息' }],
    );
    expect(days.get('2026-10-01')).toMatchObject({ kind: 'HOLIDAY', staff: false });
    expect(days.get('2026-10-10')).toMatchObject({ kind: 'HOLIDAY', name: '改为休息', staff: true });
  });
});
