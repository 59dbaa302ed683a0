import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { buildCommunity, buildTicket, deskOf } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const IMPORT = `mutation($i: ImportTicketsInput!) { importTickets(input: $i) { imported rows errors { row column reason message } } }`;
const TREND = `query($c: ID!, $f: DateTimeISO!, $t: DateTimeISO!) {
  analysisTrend(communityId: $c, from: $f, to: $t, interval: MONTH) { key raised valid replied resolved rejected } }`;
const HEADER = 'submittedAt,category,place,title,text,outcome,reply,repliedAt,resolvedAt,source';

/** 500 rows over March to May 2025 (Shanghai time): resolved, replied and rejected matters. */
function historicalRows(code: string): string[] {
  const rows: string[] = [];
  for (let i = 0; i < 500; i++) {
    const month = 3 + (i % 3);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const at = `2025-0${month}-${day} 09:30`;
    const kind = i % 10;
    if (kind === 9)
      rows.push(`${at},${code},,,"第${i}件：不属于社区事务",REJECTED,转交物业,${at.replace('09:30', '15:00')},,PHONE`);
    else if (kind === 8)
      rows.push(
        `${at},${code},幸福路1号,路灯,"第${i}件：路灯不亮",REPLIED,已报修,${at.replace('09:30', '16:00')},,COUNTER`,
      );
    else
      rows.push(
        `${at},${code},幸福路${i}号,,"第${i}件：楼道堆物",RESOLVED,已清理,${at.replace('09:30', '11:00')},${at.replace('09:30', '17:45')},`,
      );
  }
  return rows;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('import of historical matters', () => {
  let server: TestServer;
  let community: CommunityEntity;
  let desk: Awaited<ReturnType<typeof deskOf>>;
  beforeAll(async () => {
    server = await startTestServer();
    community = await buildCommunity(server);
    desk = await deskOf(server, community);
  });
  afterAll(() => server.close());

  const count = async () =>
    Number((await server.db.dataSource.query('SELECT COUNT(*) AS n FROM ticket WHERE imported = 1'))[0].n);

  it('500 rows with one bad row write nothing and report that row; fixed, every ticket lands on its original month', async () => {
    const rows = historicalRows(desk.category.code);
    const bad = [...rows];
    bad[136] = bad[136]?.replace(/^2025-0\d-\d\d 09:30/, '2025-02-30 09:30') as string; // no such day: row 138
    const refused = await server.gql<{ importTickets: { imported: number; rows: number; errors: unknown[] } }>(
      IMPORT,
      { i: { communityId: community.id, format: 'CSV', content: b64([HEADER, ...bad].join('\n')) } },
      await desk.staff.token(),
    );
    expect(codeOf(refused)).toBe('OK');
    expect(refused.data?.importTickets).toMatchObject({
      imported: 0,
      rows: 500,
      errors: [{ row: 138, column: 'submittedAt', reason: 'BAD_TIME' }],
    });
    expect(await count()).toBe(0);

    const good = await server.gql<{ importTickets: { imported: number; errors: unknown[] } }>(
      IMPORT,
      { i: { communityId: community.id, format: 'CSV', content: b64([HEADER, ...rows].join('\n')) } },
      await desk.staff.token(),
    );
    expect(good.data?.importTickets).toEqual({ imported: 500, rows: 500, errors: [] });
    expect(await count()).toBe(500);

    const trend = await server.gql<{ analysisTrend: Record<string, unknown>[] }>(
      TREND,
      { c: community.id, f: '2025-01-01T00:00:00+08:00', t: '2025-12-31T00:00:00+08:00' },
      await desk.staff.token(),
    );
    // Per month (i % 3): 166 or 167 rows; every 10th rejected, every 10th replied only.
    const months = trend.data?.analysisTrend ?? [];
    expect(months.map((m) => m.key)).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(months.reduce((s, m) => s + Number(m.raised), 0)).toBe(500);
    expect(months.reduce((s, m) => s + Number(m.rejected), 0)).toBe(50);
    expect(months.reduce((s, m) => s + Number(m.valid), 0)).toBe(450);
    expect(months.reduce((s, m) => s + Number(m.replied), 0)).toBe(450);
    expect(months.reduce((s, m) => s + Number(m.resolved), 0)).toBe(400);
    expect(months[0]).toMatchObject({ key: '2025-03', raised: 167 });

    // The source is a breakdown of the figures: imported rows keep the source they name.
    const bySource = await server.gql<{ analysisBreakdown: { key: string; raised: number }[] }>(
      `query($c: ID!) { analysisBreakdown(communityId: $c, by: SOURCE, from: "2025-01-01T00:00:00+08:00", to: "2025-12-31T00:00:00+08:00") { key raised } }`,
      { c: community.id },
      await desk.staff.token(),
    );
    expect(Object.fromEntries((bySource.data?.analysisBreakdown ?? []).map((r) => [r.key, r.raised]))).toEqual({
      COUNTER: 50,
      IMPORT: 400,
      PHONE: 50,
    });

    // The timeline is backdated and the ticket marked imported.
    const one = await server.db.dataSource.query(
      "SELECT t.id, t.source FROM ticket t WHERE t.imported = 1 AND t.title = '路灯' ORDER BY t.createdAt LIMIT 1",
    );
    const events = await server.db.dataSource.query(
      'SELECT type, createdAt FROM ticket_event WHERE ticketId = ? ORDER BY createdAt',
      [one[0].id],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual(['SUBMITTED', 'ACCEPTED', 'REPLIED']);
    const first = events[0].createdAt instanceof Date ? events[0].createdAt.toISOString() : String(events[0].createdAt);
    expect(first).toMatch(/^2025-0[345]/);
    expect(one[0].source).toBe('COUNTER');
    const audit = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'ticket.import'",
    );
    expect(Number(audit[0].n)).toBe(1);
  });

  it('reads XLSX with Chinese headers and reports each refused row by column', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('历史诉求');
    sheet.addRow(['提交时间', '类别', '地点', '内容', '结果', '答复', '答复时间', '办结时间']);
    sheet.addRow([
      '2025-06-02 10:00',
      desk.category.nameZh,
      '幸福路2号',
      '下水道堵塞',
      '已办结',
      '已疏通',
      '2025-06-02 12:00',
      '2025-06-03 09:00',
    ]);
    sheet.addRow(['2025-06-02 10:00', '不存在的类别', '', '噪音', '已答复', '已劝导', '2025-06-02 12:00', '']);
    sheet.addRow([
      '2025-06-05 10:00',
      desk.category.code,
      '',
      '噪音',
      '已办结',
      '已处理',
      '2025-06-04 12:00',
      '2025-06-06 12:00',
    ]);
    sheet.addRow(['2099-01-01 10:00', desk.category.code, '', '未来', '已答复', '好', '2099-01-01 12:00', '']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await server.gql<{
      importTickets: { imported: number; errors: { row: number; column: string; reason: string }[] };
    }>(IMPORT, { i: { communityId: community.id, format: 'XLSX', content } }, await desk.staff.token());
    expect(r.data?.importTickets.imported).toBe(0);
    expect(r.data?.importTickets.errors.map(({ row, column, reason }) => ({ row, column, reason }))).toEqual([
      { row: 3, column: 'category', reason: 'UNKNOWN_CATEGORY' },
      { row: 4, column: 'repliedAt', reason: 'TIME_ORDER' },
      { row: 5, column: 'submittedAt', reason: 'FUTURE_TIME' },
    ]);
    const unreadable = await server.gql(
      IMPORT,
      { i: { communityId: community.id, format: 'XLSX', content: b64('not a workbook') } },
      await desk.staff.token(),
    );
    expect(unreadable.errors?.[0]?.extensions?.reason).toBe('TICKET_IMPORT_UNREADABLE');
    // Residents cannot import.
    expect(
      codeOf(
        await server.gql(
          IMPORT,
          { i: { communityId: community.id, format: 'CSV', content: b64(HEADER) } },
          await desk.resident.token(),
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('bulk work', () => {
  let server: TestServer;
  let community: CommunityEntity;
  beforeAll(async () => {
    server = await startTestServer();
    community = await buildCommunity(server);
  });
  afterAll(() => server.close());

  const BULK_ACCEPT = `mutation($i: BulkAcceptTicketsInput!) { bulkAcceptTickets(input: $i) {
    succeeded results { ticketId ok code reason ticket { state version } } } }`;

  it('accepts each ticket through the pipeline; one changed by someone else meanwhile is a CONFLICT for that one only', async () => {
    const desk = await deskOf(server, community);
    const tickets = await Promise.all([1, 2, 3].map(() => buildTicket(server, { community, state: 'SUBMITTED' })));
    // Someone else adds a note to the second ticket after the workbench loaded it.
    const noted = await server.gql(
      'mutation($i: AddTicketNoteInput!) { addTicketNote(input: $i) { ticket { version } } }',
      { i: { ticketId: tickets[1]?.id, body: '已电话联系' } },
      await desk.staff.token(),
    );
    expect(codeOf(noted)).toBe('OK');
    const auditBefore = Number(
      (await server.db.dataSource.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'ticket.accept'"))[0].n,
    );
    const r = await server.gql<{ bulkAcceptTickets: { succeeded: number; results: Record<string, unknown>[] } }>(
      BULK_ACCEPT,
      {
        i: {
          items: tickets.map((t) => ({ ticketId: t.id, expectedVersion: t.version })),
          organisationIds: [desk.office.id],
        },
      },
      await desk.staff.token(),
    );
    expect(codeOf(r)).toBe('OK');
    expect(r.data?.bulkAcceptTickets.succeeded).toBe(2);
    expect(r.data?.bulkAcceptTickets.results).toEqual([
      { ticketId: tickets[0]?.id, ok: true, code: null, reason: null, ticket: { state: 'ACCEPTED', version: 2 } },
      { ticketId: tickets[1]?.id, ok: false, code: 'CONFLICT', reason: 'TICKET_VERSION_STALE', ticket: null },
      { ticketId: tickets[2]?.id, ok: true, code: null, reason: null, ticket: { state: 'ACCEPTED', version: 2 } },
    ]);
    const states = await server.db.dataSource.query(
      'SELECT id, state FROM ticket WHERE id IN (?, ?, ?)',
      tickets.map((t) => t.id),
    );
    expect(Object.fromEntries(states.map((s: { id: string; state: string }) => [s.id, s.state]))).toEqual({
      [tickets[0]?.id as string]: 'ACCEPTED',
      [tickets[1]?.id as string]: 'SUBMITTED',
      [tickets[2]?.id as string]: 'ACCEPTED',
    });
    const auditAfter = Number(
      (await server.db.dataSource.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'ticket.accept'"))[0].n,
    );
    expect(auditAfter - auditBefore).toBe(2);
  });

  it('rejects with one reason and merges into one primary, reporting per ticket', async () => {
    const desk = await deskOf(server, community);
    const [a, b, resolved] = await Promise.all([
      buildTicket(server, { community, state: 'SUBMITTED' }),
      buildTicket(server, { community, state: 'SUBMITTED' }),
      buildTicket(server, { community, state: 'RESOLVED' }),
    ]);
    const rej = await server.gql<{
      bulkRejectTickets: { succeeded: number; results: { ok: boolean; code: string | null }[] };
    }>(
      'mutation($i: BulkRejectTicketsInput!) { bulkRejectTickets(input: $i) { succeeded results { ok code } } }',
      { i: { items: [{ ticketId: a?.id }, { ticketId: resolved?.id }], reason: '重复提交，不予受理' } },
      await desk.staff.token(),
    );
    expect(rej.data?.bulkRejectTickets).toEqual({
      succeeded: 1,
      results: [
        { ok: true, code: null },
        { ok: false, code: 'INVALID_TRANSITION' },
      ],
    });
    const primary = await buildTicket(server, { community, state: 'ACCEPTED' });
    const merged = await server.gql<{
      bulkMergeTickets: { succeeded: number; results: { ok: boolean; ticket: { state: string } | null }[] };
    }>(
      'mutation($i: BulkMergeTicketsInput!) { bulkMergeTickets(input: $i) { succeeded results { ok ticket { state } } } }',
      { i: { items: [{ ticketId: b?.id }, { ticketId: primary.id }], primaryTicketId: primary.id } },
      await desk.staff.token(),
    );
    expect(merged.data?.bulkMergeTickets).toEqual({
      succeeded: 1,
      results: [
        { ok: true, ticket: { state: 'MERGED' } },
        { ok: false, ticket: null },
      ],
    });
    // A resident may not bulk-act at all; the same ticket twice is refused.
    expect(
      codeOf(
        await server.gql(
          BULK_ACCEPT,
          { i: { items: [{ ticketId: b?.id }], organisationIds: [desk.office.id] } },
          await desk.resident.token(),
        ),
      ),
    ).toBe('FORBIDDEN');
    const twice = await server.gql(
      BULK_ACCEPT,
      { i: { items: [{ ticketId: a?.id }, { ticketId: a?.id }], organisationIds: [desk.office.id] } },
      await desk.staff.token(),
    );
    expect(twice.errors?.[0]?.extensions?.reason).toBe('TICKET_BULK_TOO_MANY');
  });
});
