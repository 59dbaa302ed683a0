// The browser's zone must not matter: run as a machine in New York would (set before any Date use).
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { dayRangeInstants } from './format';

describe('dayRangeInstants', () => {
  it('a picked day means that Shanghai day, whatever the browser zone (here America/New_York)', () => {
    expect(new Date('2026-12-01T12:00:00Z').getTimezoneOffset()).toBe(300); // the zone did apply
    expect(dayRangeInstants('2026-12-01', '2026-12-01')).toEqual({
      from: '2026-11-30T16:00:00.000Z', // 2026-12-01T00:00+08:00
      to: '2026-12-01T16:00:00.000Z', // 2026-12-02T00:00+08:00
    });
  });

  it('a range ends after its last day, across a month and a New York DST change', () => {
    expect(dayRangeInstants('2026-10-31', '2026-11-01')).toEqual({
      from: '2026-10-30T16:00:00.000Z',
      to: '2026-11-01T16:00:00.000Z',
    });
  });

  it('open ends stay open', () => {
    expect(dayRangeInstants(null, undefined)).toEqual({ from: null, to: null });
  });
});
