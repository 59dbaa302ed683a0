import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

describe('exports: CSV (UTF-8 BOM) and XLSX, streamed and audited', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    await submit(server, w, { title: '横五路与育才路口早高峰拥堵' });
    await submit(server, w, { title: '3幢电梯异响' });
  });
  afterAll(() => server.close());

  const get = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('a CSV of the ticket list parses back with its Chinese text and a byte-order mark', async () => {
    const res = await get(`/exports/tickets.csv?communityId=${w.community.boxue}`, w.tokens.boxue);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8').slice(1));
    expect(rows[0]?.slice(0, 3)).toEqual(['编号', '标题', '状态']);
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(['横五路与育才路口早高峰拥堵', '3幢电梯异响']));
    const audit = await w.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'analysis.export'");
    expect(Number(audit[0].n)).toBeGreaterThanOrEqual(1);
  });

  it('an XLSX of the ticket list and of a figures table parse back with their Chinese text', async () => {
    const res = await get(`/exports/tickets.xlsx?communityId=${w.community.boxue}`, w.tokens.boxue);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const titles: string[] = [];
    wb.worksheets[0]?.eachRow((row) => titles.push(String(row.getCell(2).value)));
    expect(titles).toEqual(expect.arrayContaining(['标题', '横五路与育才路口早高峰拥堵', '3幢电梯异响']));

    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const fig = await get(`/exports/figures/breakdown.xlsx?by=CATEGORY&from=${from}&to=${to}`, w.tokens.boxue);
    expect(fig.status).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(await fig.arrayBuffer()) as never);
    const header: string[] = [];
    wb2.worksheets[0]?.getRow(1).eachCell((c) => header.push(String(c.value)));
    expect(header.slice(0, 4)).toEqual(['分组', '名称', '提出', '有效']);
    expect(String(wb2.worksheets[0]?.getRow(2).getCell(2).value)).toBe('设施报修');
  });

  it('refuses anonymous callers and residents', async () => {
    expect((await get('/exports/tickets.csv')).status).toBe(401);
    expect((await get('/exports/tickets.csv', w.tokens.resident)).status).toBe(403);
  });
});
