import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResident, buildStaff } from '../factories/index.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';

const SET_DAY = `mutation($i: SetCalendarDayInput!) {
  setCalendarDay(input: $i) { day { date kind name updatedBy { displayName } } coverage { year covered source holidayCount workdayCount } }
}`;
const CLEAR_DAY = `mutation($i: ClearCalendarDayInput!) {
  clearCalendarDay(input: $i) { date removed working coverage { holidayCount } }
}`;
const SET_YEAR = `mutation($i: SetCalendarYearCompleteInput!) {
  setCalendarYearComplete(input: $i) { coverage { year covered source complete note } }
}`;
const DAYS = `query($y: Int!) {
  calendarDays(year: $y) { year canManage coverage { covered source complete } days { date kind name } }
}`;

const fieldOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

describe('working-day calendar over GraphQL', () => {
  let server: TestServer;
  // The calendar is place-less: what matters is each actor's role, so each is made by the
  // factories with a place of its own.
  let w: {
    ds: DataSource;
    tokens: Record<'boxue' | 'xingyi' | 'greentown' | 'resident' | 'street' | 'system', string>;
  };
  beforeAll(async () => {
    server = await startTestServer();
    const token = (p: { token(): Promise<string> }) => p.token();
    w = {
      ds: server.db.dataSource,
      tokens: {
        boxue: await token(await buildStaff(server, { role: 'COMMUNITY_STAFF' })),
        xingyi: await token(await buildStaff(server, { role: 'COMMUNITY_STAFF' })),
        greentown: await token(await buildStaff(server, { role: 'PROPERTY_STAFF' })),
        resident: await token(await buildResident(server)),
        street: await token(await buildStaff(server, { role: 'STREET_ADMIN' })),
        system: await token(await buildStaff(server, { role: 'SYSTEM_ADMIN' })),
      },
    };
  });
  afterAll(() => server.close());

  const auditOps = async (targetId: string): Promise<string[]> =>
    (await w.ds.query('SELECT operation FROM audit_log WHERE targetId = ? ORDER BY createdAt, id', [targetId])).map(
      (r: { operation: string }) => r.operation,
    );

  it('street admin: sets and clears a holiday of an uncovered year; each write audited; deadlines see it at once', async () => {
    const calendar = () => server.app.services.calendar.calendar();
    expect(calendar().isWorkingDay('2030-01-02')).toBe(true); // a Wednesday

    const set = await server.gql(
      SET_DAY,
      { i: { date: '2030-01-02', kind: 'HOLIDAY', name: ' 测试假日 ' } },
      w.tokens.street,
    );
    expect(codeOf(set)).toBe('OK');
    expect(set.data).toEqual({
      setCalendarDay: {
        day: { date: '2030-01-02', kind: 'HOLIDAY', name: '测试假日', updatedBy: { displayName: expect.any(String) } },
        coverage: { year: 2030, covered: false, source: 'NONE', holidayCount: 1, workdayCount: 0 },
      },
    });
    expect(calendar().isWorkingDay('2030-01-02')).toBe(false);

    const read = await server.gql(DAYS, { y: 2030 }, w.tokens.boxue);
    expect(read.data).toEqual({
      calendarDays: {
        year: 2030,
        canManage: false,
        coverage: { covered: false, source: 'NONE', complete: false },
        days: [{ date: '2030-01-02', kind: 'HOLIDAY', name: '测试假日' }],
      },
    });

    const changed = await server.gql(
      SET_DAY,
      { i: { date: '2030-01-02', kind: 'WORKDAY', name: '调休' } },
      w.tokens.street,
    );
    expect(changed.data).toMatchObject({
      setCalendarDay: { day: { kind: 'WORKDAY' }, coverage: { holidayCount: 0, workdayCount: 1 } },
    });

    const clear = await server.gql(CLEAR_DAY, { i: { date: '2030-01-02' } }, w.tokens.street);
    expect(clear.data).toEqual({
      clearCalendarDay: { date: '2030-01-02', removed: true, working: true, coverage: { holidayCount: 0 } },
    });
    const again = await server.gql(CLEAR_DAY, { i: { date: '2030-01-02' } }, w.tokens.street);
    expect(again.data).toMatchObject({ clearCalendarDay: { removed: false } });
    expect(
      (await server.gql<{ calendarDays: { days: unknown[] } }>(DAYS, { y: 2030 }, w.tokens.street)).data?.calendarDays
        .days,
    ).toEqual([]);

    expect(await auditOps('2030-01-02')).toEqual([
      'calendar.day.set',
      'calendar.day.set',
      'calendar.day.clear',
      'calendar.day.clear',
    ]);
  });

  it('system admin: entering a year and marking it complete makes deadlines there covered', async () => {
    const calendar = () => server.app.services.calendar.calendar();
    const submitted = new Date('2031-12-31T10:00:00+08:00'); // a Wednesday
    // No data for 2032: Thu 1, Fri 2, Mon 5 — and flagged.
    expect(calendar().dueAt(submitted, 3)).toEqual({ dueAt: new Date('2032-01-05T15:59:59.999Z'), covered: false });

    expect(
      codeOf(await server.gql(SET_DAY, { i: { date: '2032-01-01', kind: 'HOLIDAY', name: '元旦' } }, w.tokens.system)),
    ).toBe('OK');
    const done = await server.gql(SET_YEAR, { i: { year: 2032, complete: true, note: '测试通知' } }, w.tokens.system);
    expect(done.data).toEqual({
      setCalendarYearComplete: {
        coverage: { year: 2032, covered: true, source: 'STAFF', complete: true, note: '测试通知' },
      },
    });
    // Thursday 1 January is now a holiday: Fri 2, Mon 5, Tue 6.
    expect(calendar().dueAt(submitted, 3)).toEqual({ dueAt: new Date('2032-01-06T15:59:59.999Z'), covered: true });

    const reopened = await server.gql(SET_YEAR, { i: { year: 2032, complete: false } }, w.tokens.system);
    expect(reopened.data).toEqual({
      setCalendarYearComplete: {
        coverage: { year: 2032, covered: false, source: 'NONE', complete: false, note: '测试通知' },
      },
    });
    expect(calendar().dueAt(submitted, 3).covered).toBe(false);
    expect(await auditOps('2032')).toEqual(['calendar.year.complete', 'calendar.year.reopen']);
  });

  it('calendarYears: 2024 to next year, the built-in years covered by the package', async () => {
    const r = await server.gql<{ calendarYears: { year: number; covered: boolean; source: string }[] }>(
      '{ calendarYears { year covered source } }',
      {},
      w.tokens.greentown,
    );
    const years = r.data?.calendarYears ?? [];
    const next =
      Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1;
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: next - 2024 + 1 }, (_, i) => 2024 + i));
    expect(years.find((y) => y.year === 2026)).toEqual({ year: 2026, covered: true, source: 'PACKAGE' });
  });

  it('community staff: read the calendar but get FORBIDDEN on every write; residents cannot read it', async () => {
    expect(codeOf(await server.gql(DAYS, { y: 2026 }, w.tokens.xingyi))).toBe('OK');
    expect(
      codeOf(await server.gql(SET_DAY, { i: { date: '2033-05-04', kind: 'HOLIDAY', name: 'x' } }, w.tokens.boxue)),
    ).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(CLEAR_DAY, { i: { date: '2033-05-04' } }, w.tokens.boxue))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(SET_YEAR, { i: { year: 2033, complete: true } }, w.tokens.boxue))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(DAYS, { y: 2026 }, w.tokens.resident))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(DAYS, { y: 2026 }))).toBe('UNAUTHENTICATED');
    const rows = await w.ds.query("SELECT COUNT(*) AS n FROM calendar_day WHERE date = '2033-05-04'");
    expect(Number(rows[0].n)).toBe(0);
  });

  it('validation: impossible dates, years outside 2000-2100 and blank names are BAD_USER_INPUT with the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [SET_DAY, { i: { date: '2026-02-30', kind: 'HOLIDAY', name: 'x' } }, 'date'],
      [SET_DAY, { i: { date: '2026/10/01', kind: 'HOLIDAY', name: 'x' } }, 'date'],
      [SET_DAY, { i: { date: '1999-12-31', kind: 'HOLIDAY', name: 'x' } }, 'date'],
      [SET_DAY, { i: { date: '2101-01-01', kind: 'WORKDAY', name: 'x' } }, 'date'],
      [SET_DAY, { i: { date: '2034-01-01', kind: 'HOLIDAY', name: '   ' } }, 'name'],
      [SET_DAY, { i: { date: '2034-01-01', kind: 'HOLIDAY', name: '' } }, 'name'],
      [CLEAR_DAY, { i: { date: '2026-13-01' } }, 'date'],
      [SET_YEAR, { i: { year: 2101, complete: true } }, 'year'],
      [DAYS, { y: 1999 }, 'year'],
    ];
    for (const [query, vars, field] of cases) {
      const r = await server.gql(query, vars, w.tokens.street);
      expect([codeOf(r), fieldOf(r)], JSON.stringify(vars)).toEqual(['BAD_USER_INPUT', field]);
    }
    const rows = await w.ds.query("SELECT COUNT(*) AS n FROM calendar_day WHERE date = '2034-01-01'");
    expect(Number(rows[0].n)).toBe(0);
  });
});
