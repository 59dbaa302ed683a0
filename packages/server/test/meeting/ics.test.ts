import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildStaff } from '../factories/index.js';
import { buildMeeting } from '../factories/meeting.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** A small RFC 5545 reader: unfolds lines, splits name;params:value. */
function parseIcs(text: string) {
  const lines = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean);
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return {
      name,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

/** A local time of a zone with a fixed offset (Asia/Shanghai: +08:00, no DST since 1991) back to an instant. */
function instantOf(local: string, offsetMinutes: number): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local);
  if (!m) throw new Error(`not a local time: ${local}`);
  const [, y, mo, d, h, mi, se] = m.map(Number) as number[];
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, se) - offsetMinutes * 60_000);
}

describe('meetings: the iCalendar export', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('parses back with the Asia/Shanghai time zone and the meeting’s instants', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    // 2026-12-10 14:30 in Shanghai is 06:30 UTC.
    const meeting = await buildMeeting(s, {
      community,
      title: '十二月圆桌会',
      startsAt: new Date('2026-12-10T06:30:00Z'),
    });
    const res = await fetch(`${s.url}/meetings/${meeting.id}/ics`, { headers: { authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    // A maintained reader (ical.js) resolves DTSTART/DTEND through the file's own VTIMEZONE.
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    expect(zone.tzid).toBe('Asia/Shanghai');
    ICAL.TimezoneService.register(zone, 'Asia/Shanghai');
    try {
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
      expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
      expect([event.startDate.hour, event.startDate.minute]).toEqual([14, 30]);
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T06:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe(meeting.endsAt.toISOString());
      expect(event.summary).toBe('十二月圆桌会');
    } finally {
      ICAL.TimezoneService.remove('Asia/Shanghai');
    }
    const props = parseIcs(text);
    const get = (name: string) => props.filter((p) => p.name === name);
    expect(get('BEGIN').map((p) => p.value)).toEqual(['VCALENDAR', 'VTIMEZONE', 'STANDARD', 'VEVENT']);
    expect(get('TZID')[0]?.value).toBe('Asia/Shanghai');
    expect(get('TZOFFSETTO')[0]?.value).toBe('+0800');
    const start = get('DTSTART').find((p) => p.params.TZID);
    expect(start?.params.TZID).toBe('Asia/Shanghai');
    expect(start?.value).toBe('20261210T143000');
    expect(instantOf(start?.value as string, 480).toISOString()).toBe(meeting.startsAt.toISOString());
    const end = get('DTEND')[0];
    expect(instantOf(end?.value as string, 480).toISOString()).toBe(meeting.endsAt.toISOString());
    expect(get('SUMMARY')[0]?.value).toBe('十二月圆桌会');
  });

  it('answers 401 without a token and 404 out of reach', async () => {
    const meeting = await buildMeeting(s);
    expect((await fetch(`${s.url}/meetings/${meeting.id}/ics`)).status).toBe(401);
    const stranger = await (await buildStaff(s, { role: 'COMMUNITY_STAFF' })).token();
    expect(
      (await fetch(`${s.url}/meetings/${meeting.id}/ics`, { headers: { authorization: `Bearer ${stranger}` } })).status,
    ).toBe(404);
  });
});
