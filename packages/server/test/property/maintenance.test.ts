import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../src/modules/property/maintenance.rules.js';
import { buildHousehold, buildResident, buildStaff } from '../factories/index.js';
import { buildEquipment, buildServedEstate } from '../factories/property.js';
import { tinyPdf, upload } from '../file/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const REGISTER =
  'mutation($i: RegisterEquipmentInput!) { registerEquipment(input: $i) { equipment { id maintenanceStatus nextDueOn nextDueRequirement } } }';
const RECORD =
  'mutation($i: RecordMaintenanceInput!) { recordMaintenance(input: $i) { record { id attachments { url mime } } } }';
const STATUS =
  'query($id: ID!) { equipment(id: $id) { maintenanceStatus nextDueOn dues { requirement status dueOn } } }';
const IMPORT =
  'mutation($i: ImportMaintenanceInput!) { importMaintenanceRecords(input: $i) { imported rows errors { row column reason } } }';

describe('equipment register and maintenance records over HTTP (controlled clock)', () => {
  let s: TestServer;
  const T0 = new Date('2026-04-01T02:00:00Z'); // 10:00 in Shanghai
  const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterEach(() => {
    s.app.services.equipment.clock = () => new Date();
  });
  afterAll(() => s.close());

  async function company() {
    const { estate, company } = await buildServedEstate(s);
    const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
    return { estate, company, staff, token: await staff.token() };
  }
  const status = async (id: string, token: string) =>
    (await s.gql<{ equipment: { maintenanceStatus: string; nextDueOn: string } }>(STATUS, { id }, token)).data
      ?.equipment;

  it('an elevator without a maintenance record for 16 days is overdue, a new record clears it; the company is told once per episode', async () => {
    const { estate, token, staff } = await company();
    s.app.services.equipment.clock = () => T0;
    const made = await s.gql<{
      registerEquipment: { equipment: { id: string; maintenanceStatus: string; nextDueOn: string } };
    }>(
      REGISTER,
      {
        i: {
          estateId: estate.id,
          kind: 'ELEVATOR',
          name: '1幢1单元 1号梯',
          registrationNo: '31103301002019',
          installedOn: shanghaiDate(T0),
        },
      },
      token,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data?.registerEquipment.equipment.id as string;
    expect(made.data?.registerEquipment.equipment).toMatchObject({
      maintenanceStatus: 'OK',
      nextDueOn: addDays(shanghaiDate(T0), 15),
    });
    s.app.services.equipment.clock = () => at(13);
    expect((await status(id, token))?.maintenanceStatus).toBe('DUE_SOON');
    s.app.services.equipment.clock = () => at(16);
    expect((await status(id, token))?.maintenanceStatus).toBe('OVERDUE');
    // The community's dashboard figure counts it.
    const admin = await buildStaff(s, { role: 'SYSTEM_ADMIN' });
    const count = async () =>
      (
        await s.gql<{ overdueEquipmentCount: number }>(
          'query($c: ID!) { overdueEquipmentCount(communityId: $c) }',
          { c: estate.communityId },
          await admin.token(),
        )
      ).data?.overdueEquipmentCount;
    expect(await count()).toBe(1);
    // The watch tells the company's staff once, however often it runs.
    const notes = async () =>
      Number(
        (
          await s.db.dataSource.query(
            "SELECT COUNT(*) AS n FROM notification WHERE kind = 'EQUIPMENT_OVERDUE' AND userId = ?",
            [staff.user.id],
          )
        )[0].n,
      );
    expect(await s.app.services.equipment.notifyOverdue(at(16))).toBe(1);
    expect(await s.app.services.equipment.notifyOverdue(at(16))).toBe(0);
    expect(await notes()).toBe(1);
    // A new record (with the signed sheet as a PDF) clears it.
    const pdf = await upload(s.url, token, tinyPdf(), '维保单.pdf', 'application/pdf');
    const rec = await s.gql<{ recordMaintenance: { record: { attachments: { mime: string }[] } } }>(
      RECORD,
      {
        i: {
          equipmentId: id,
          performedOn: shanghaiDate(at(16)),
          kind: 'ROUTINE',
          contractor: '西子电梯维保',
          result: 'PASSED',
          fileIds: [pdf.body.id],
        },
      },
      token,
    );
    expect(rec.errors).toBeUndefined();
    expect(rec.data?.recordMaintenance.record.attachments[0]?.mime).toBe('application/pdf');
    expect((await status(id, token))?.maintenanceStatus).toBe('OK');
    expect(await count()).toBe(0);
    // The next overdue episode is told again.
    s.app.services.equipment.clock = () => at(32);
    expect((await status(id, token))?.maintenanceStatus).toBe('OVERDUE');
    expect(await s.app.services.equipment.notifyOverdue(at(32))).toBe(1);
    expect(await notes()).toBe(2);
    // A resident of the estate reads the status and the record with its sheet.
    const resident = await buildResident(s, { household: await buildHousehold(s, { estate }) });
    const rt = await resident.token();
    expect((await status(id, rt))?.maintenanceStatus).toBe('OVERDUE');
    const recs = await s.gql<{
      maintenanceRecords: { totalCount: number; edges: { node: { attachments: { url: string }[] } }[] };
    }>(
      'query($id: ID!) { maintenanceRecords(equipmentId: $id) { totalCount edges { node { contractor attachments { url } } } } }',
      { id },
      rt,
    );
    expect(recs.data?.maintenanceRecords.totalCount).toBe(1);
    const url = recs.data?.maintenanceRecords.edges[0]?.node.attachments[0]?.url as string;
    expect((await fetch(`${s.url}${url}`, { headers: { authorization: `Bearer ${rt}` } })).status).toBe(200);
  });

  it('a fire system without its monthly check is overdue; a community may shorten an interval', async () => {
    const { estate, token } = await company();
    s.app.services.equipment.clock = () => T0;
    const made = await s.gql<{ registerEquipment: { equipment: { id: string } } }>(
      REGISTER,
      {
        i: {
          estateId: estate.id,
          kind: 'FIRE_SAFETY',
          name: '消防报警系统',
          registrationNo: 'FS-1',
          installedOn: shanghaiDate(T0),
        },
      },
      token,
    );
    const id = made.data?.registerEquipment.equipment.id as string;
    s.app.services.equipment.clock = () => at(20);
    expect((await status(id, token))?.maintenanceStatus).toBe('OK');
    s.app.services.equipment.clock = () => at(31);
    const st = await status(id, token);
    expect(st?.maintenanceStatus).toBe('OVERDUE');
    const cs = await buildStaff(s, {
      role: 'COMMUNITY_STAFF',
      scope: { id: estate.communityId, streetId: estate.streetId } as never,
    });
    s.app.services.equipment.clock = () => at(20);
    const set = await s.gql(
      'mutation($i: SetMaintenanceRuleInput!) { setMaintenanceRule(input: $i) { rule { intervalDays defaultIntervalDays } } }',
      {
        i: {
          communityId: estate.communityId,
          equipmentKind: 'FIRE_SAFETY',
          requirement: 'MONTHLY_CHECK',
          intervalDays: 14,
        },
      },
      await cs.token(),
    );
    expect(set.errors).toBeUndefined();
    expect((await status(id, token))?.maintenanceStatus).toBe('OVERDUE');
    const unknown = await s.gql(
      'mutation($i: SetMaintenanceRuleInput!) { setMaintenanceRule(input: $i) { rule { intervalDays } } }',
      { i: { communityId: estate.communityId, equipmentKind: 'GATE', requirement: 'YEARLY_TEST', intervalDays: 14 } },
      await cs.token(),
    );
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('PROPERTY_RULE_UNKNOWN');
    // Property staff do not configure rules.
    const byCompany = await s.gql(
      'mutation($i: SetMaintenanceRuleInput!) { setMaintenanceRule(input: $i) { rule { intervalDays } } }',
      {
        i: {
          communityId: estate.communityId,
          equipmentKind: 'FIRE_SAFETY',
          requirement: 'MONTHLY_CHECK',
          intervalDays: 20,
        },
      },
      token,
    );
    expect(codeOf(byCompany)).toBe('FORBIDDEN');
  });

  it('an import of 1,000 maintenance rows with one bad row writes nothing and reports that row; fixed, it writes all', async () => {
    const { estate, token } = await company();
    const equipment = [];
    for (let i = 0; i < 10; i++) equipment.push(await buildEquipment(s, { estate, registrationNo: `EL-${i}` }));
    const today = shanghaiDate(new Date());
    const lines = ['registrationNo,performedOn,kind,contractor,result,defects,fix,nextDueOn'];
    for (let i = 0; i < 1000; i++) {
      const day = addDays(today, -(i % 300) - 1);
      lines.push(`EL-${i % 10},${day},ROUTINE,西子电梯维保,PASSED,,,`);
    }
    const bad = [...lines];
    bad[501] = 'EL-3,2026-02-30,ROUTINE,西子电梯维保,PASSED,,,'; // row 502 of the file: no such day
    const count = async () =>
      Number(
        (await s.db.dataSource.query('SELECT COUNT(*) AS n FROM maintenance_record WHERE estateId = ?', [estate.id]))[0]
          .n,
      );
    const t0 = performance.now();
    const refused = await s.gql<{
      importMaintenanceRecords: {
        imported: number;
        rows: number;
        errors: { row: number; column: string; reason: string }[];
      };
    }>(
      IMPORT,
      { i: { estateId: estate.id, format: 'CSV', content: Buffer.from(bad.join('\n')).toString('base64') } },
      token,
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data?.importMaintenanceRecords).toEqual({
      imported: 0,
      rows: 1000,
      errors: [{ row: 502, column: 'performedOn', reason: 'BAD_DATE' }],
    });
    expect(await count()).toBe(0);
    const t1 = performance.now();
    const ok = await s.gql<{ importMaintenanceRecords: { imported: number } }>(
      IMPORT,
      { i: { estateId: estate.id, format: 'CSV', content: Buffer.from(lines.join('\n')).toString('base64') } },
      token,
    );
    expect(ok.data?.importMaintenanceRecords.imported).toBe(1000);
    expect(await count()).toBe(1000);
    console.info(
      `maintenance import of 1,000 CSV rows (${s.db.dataSource.options.type}): refused with one bad row in ${Math.round(t1 - t0)} ms, written in ${Math.round(performance.now() - t1)} ms`,
    );
    const first = await status(equipment[0]?.id as string, token);
    expect(first?.maintenanceStatus).toBe('OK');
  });

  it('imports XLSX with a per-row report (unknown equipment, bad kind) and refuses an unreadable file', async () => {
    const { estate, token } = await company();
    await buildEquipment(s, { estate, registrationNo: 'PUMP-1', kind: 'WATER_PUMP' as never });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('维保');
    ws.addRow(['registrationNo', 'performedOn', 'kind', 'contractor', 'result', 'defects', 'fix', 'nextDueOn']);
    ws.addRow(['PUMP-1', '2026-01-05', 'ROUTINE', '水泵维保公司', 'PASSED', '', '', '']);
    ws.addRow(['PUMP-9', '2026-01-05', 'ROUTINE', '水泵维保公司', 'PASSED', '', '', '']);
    ws.addRow(['PUMP-1', '2026-01-06', 'WASHING', '水泵维保公司', 'PASSED', '', '', '']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await s.gql<{
      importMaintenanceRecords: { imported: number; errors: { row: number; reason: string }[] };
    }>(IMPORT, { i: { estateId: estate.id, format: 'XLSX', content } }, token);
    expect(r.data?.importMaintenanceRecords.imported).toBe(0);
    expect(r.data?.importMaintenanceRecords.errors.map((e) => [e.row, e.reason])).toEqual([
      [3, 'UNKNOWN_EQUIPMENT'],
      [4, 'BAD_KIND'],
    ]);
    const junk = await s.gql(
      IMPORT,
      { i: { estateId: estate.id, format: 'XLSX', content: Buffer.from('not a workbook').toString('base64') } },
      token,
    );
    expect(junk.errors?.[0]?.extensions?.reason).toBe('PROPERTY_IMPORT_UNREADABLE');
    // Another company's staff cannot import here.
    const other = await company();
    const foreign = await s.gql(IMPORT, { i: { estateId: estate.id, format: 'XLSX', content } }, other.token);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });
});
