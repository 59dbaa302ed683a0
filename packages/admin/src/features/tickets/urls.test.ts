import { describe, expect, it } from 'vitest';
import { calendarUrl, categorySettingsUrl, parseTicketParams, ticketsUrl, ticketUrl } from './urls';

describe('ticket URLs', () => {
  it('a link with every filter reproduces the same filters', () => {
    const url = ticketsUrl({
      states: ['SUBMITTED', 'ACCEPTED'],
      community: 'c1',
      category: 'k1',
      estate: 'e1',
      org: 'o1',
      overdue: true,
      sources: ['PHONE', 'HOTLINE_12345'],
      from: '2026-05-01',
      to: '2026-05-31',
      q: '堵车',
      priorities: ['EMERGENCY'],
      unacked: true,
      supervised: true,
      ticket: 't1',
    });
    const f = parseTicketParams(new URL(url, 'http://x').searchParams);
    expect(f).toEqual({
      states: ['SUBMITTED', 'ACCEPTED'],
      community: 'c1',
      category: 'k1',
      estate: 'e1',
      org: 'o1',
      overdue: true,
      sources: ['PHONE', 'HOTLINE_12345'],
      from: '2026-05-01',
      to: '2026-05-31',
      q: '堵车',
      priorities: ['EMERGENCY'],
      unacked: true,
      supervised: true,
      after: null,
      ticket: 't1',
    });
  });

  it('empty filters make a short link; unknown states are ignored', () => {
    expect(ticketsUrl()).toBe('/tickets');
    expect(ticketUrl('abc')).toBe('/tickets?ticket=abc');
    expect(parseTicketParams(new URLSearchParams('states=BOGUS,RESOLVED')).states).toEqual(['RESOLVED']);
  });

  it('drops malformed days, and builds the settings links', () => {
    expect(parseTicketParams(new URLSearchParams('from=2026-02-30x&to=2026-05-31')).from).toBeNull();
    expect(parseTicketParams(new URLSearchParams('from=2026-02-30x&to=2026-05-31')).to).toBe('2026-05-31');
    expect(calendarUrl()).toBe('/ticket-settings/calendar');
    expect(calendarUrl(2027)).toBe('/ticket-settings/calendar?year=2027');
    expect(categorySettingsUrl('c 1')).toBe('/ticket-settings?community=c+1');
  });
});
