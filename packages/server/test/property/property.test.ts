import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEstate, buildOrganisation, buildResident, buildStaff } from '../factories/index.js';
import { buildServedEstate } from '../factories/property.js';
import { tinyPdf, upload } from '../file/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const ADD =
  'mutation($i: AddRevenueEntryInput!) { addRevenueEntry(input: $i) { entry { id period amountFen direction correctsId } } }';
const UPDATE = 'mutation($i: UpdateRevenueEntryInput!) { updateRevenueEntry(input: $i) { entry { id amountFen } } }';
const CLOSE =
  'mutation($i: CloseRevenuePeriodInput!) { closeRevenuePeriod(input: $i) { ledger { closed incomeFen expenseFen balanceFen } } }';
const LEDGER =
  'query($e: ID!, $p: String!) { revenueLedger(estateId: $e, period: $p) { incomeFen expenseFen balanceFen entryCount closed viewerCan { addEntry close correct } } }';
const ENTRIES =
  'query($e: ID!, $p: String!) { revenueEntries(estateId: $e, period: $p) { totalCount edges { node { item amountFen direction correctsId } } } }';
const CONTRACT =
  'mutation($i: CreatePropertyContractInput!) { createPropertyContract(input: $i) { contract { id title feeFenPerSqmMonth companyName file { id url mime } } } }';

describe('property records over HTTP: contracts, fee standards, the public-revenue ledger', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  async function company() {
    const { estate, company } = await buildServedEstate(s);
    const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
    return { estate, company, token: await staff.token() };
  }

  it('a closed ledger period refuses edits and accepts a visible correcting entry; totals and balance follow', async () => {
    const { estate, token } = await company();
    const e = (i: Record<string, unknown>) => ({ estateId: estate.id, period: '2026-05', ...i });
    const ad = await s.gql<{ addRevenueEntry: { entry: { id: string } } }>(
      ADD,
      { i: e({ item: '电梯广告收入', direction: 'INCOME', amountFen: 120000 }) },
      token,
    );
    expect(ad.errors).toBeUndefined();
    const adId = ad.data?.addRevenueEntry.entry.id as string;
    await s.gql(ADD, { i: e({ item: '公共区域保洁支出', direction: 'EXPENSE', amountFen: 30000 }) }, token);
    // Open: an edit is accepted.
    expect(
      codeOf(
        await s.gql(UPDATE, { i: { id: adId, item: '电梯广告收入', direction: 'INCOME', amountFen: 100000 } }, token),
      ),
    ).toBe('OK');
    const open = await s.gql<{ revenueLedger: Record<string, unknown> }>(LEDGER, { e: estate.id, p: '2026-05' }, token);
    expect(open.data?.revenueLedger).toMatchObject({
      incomeFen: 100000,
      expenseFen: 30000,
      balanceFen: 70000,
      entryCount: 2,
      closed: false,
      viewerCan: { addEntry: true, close: true, correct: false },
    });
    expect(codeOf(await s.gql(CLOSE, { i: { estateId: estate.id, period: '2026-05' } }, token))).toBe('OK');
    // Closed: no edit, no plain entry, no second close — each with its stable reason.
    const edit = await s.gql(UPDATE, { i: { id: adId, item: 'x', direction: 'INCOME', amountFen: 1 } }, token);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROPERTY_PERIOD_CLOSED' });
    const plain = await s.gql(ADD, { i: e({ item: '补录', direction: 'INCOME', amountFen: 5 }) }, token);
    expect(plain.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROPERTY_PERIOD_CLOSED' });
    const again = await s.gql(CLOSE, { i: { estateId: estate.id, period: '2026-05' } }, token);
    expect(again.errors?.[0]?.extensions?.reason).toBe('PROPERTY_PERIOD_ALREADY_CLOSED');
    // A correcting entry referencing the entry it corrects is accepted and visible to a resident.
    const fix = await s.gql<{ addRevenueEntry: { entry: { correctsId: string } } }>(
      ADD,
      {
        i: e({
          item: '更正：广告收入少记',
          direction: 'INCOME',
          amountFen: 20000,
          note: '合同金额为1200元',
          correctsId: adId,
        }),
      },
      token,
    );
    expect(fix.errors).toBeUndefined();
    expect(fix.data?.addRevenueEntry.entry.correctsId).toBe(adId);
    const wrongPeriod = await s.gql(
      ADD,
      { i: e({ period: '2026-06', item: '更正', direction: 'INCOME', amountFen: 1, correctsId: adId }) },
      token,
    );
    expect(wrongPeriod.errors?.[0]?.extensions?.reason).toBe('PROPERTY_CORRECTION_MISMATCH');
    const building = { estate };
    const resident = await buildResident(s, {
      household: await (await import('../factories/org.js')).buildHousehold(s, building),
    });
    const rt = await resident.token();
    const closed = await s.gql<{ revenueLedger: Record<string, unknown> }>(LEDGER, { e: estate.id, p: '2026-05' }, rt);
    expect(closed.data?.revenueLedger).toMatchObject({
      incomeFen: 120000,
      expenseFen: 30000,
      balanceFen: 90000,
      entryCount: 3,
      closed: true,
      viewerCan: { addEntry: false, close: false, correct: false },
    });
    const entries = await s.gql<{
      revenueEntries: { totalCount: number; edges: { node: { correctsId: string | null } }[] };
    }>(ENTRIES, { e: estate.id, p: '2026-05' }, rt);
    expect(entries.data?.revenueEntries.totalCount).toBe(3);
    expect(entries.data?.revenueEntries.edges.at(-1)?.node.correctsId).toBe(adId);
    // The audit log keeps every step.
    const audit = await s.db.dataSource.query(
      "SELECT operation FROM audit_log WHERE operation LIKE 'property.ledger.%'",
    );
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it('property staff cannot publish for an estate their company does not serve', async () => {
    const { token } = await company();
    const other = await buildServedEstate(s);
    const r = await s.gql(
      ADD,
      { i: { estateId: other.estate.id, period: '2026-05', item: 'x', direction: 'INCOME', amountFen: 1 } },
      token,
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
    const c = await s.gql(
      CONTRACT,
      {
        i: {
          estateId: other.estate.id,
          title: '合同',
          termStart: '2026-01-01',
          termEnd: '2026-12-31',
          serviceLevel: '一级',
          feeFenPerSqmMonth: 300,
        },
      },
      token,
    );
    expect(codeOf(c)).toBe('NOT_FOUND');
    const eq = await s.gql(
      'mutation($i: RegisterEquipmentInput!) { registerEquipment(input: $i) { equipment { id } } }',
      {
        i: {
          estateId: other.estate.id,
          kind: 'ELEVATOR',
          name: '1号梯',
          registrationNo: 'X1',
          installedOn: '2020-01-01',
        },
      },
      token,
    );
    expect(codeOf(eq)).toBe('NOT_FOUND');
    // Community staff of the estate see it but may not publish: FORBIDDEN with the module's reason.
    const cs = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: { id: other.estate.communityId } as never });
    const byStaff = await s.gql(
      ADD,
      { i: { estateId: other.estate.id, period: '2026-05', item: 'x', direction: 'INCOME', amountFen: 1 } },
      await cs.token(),
    );
    expect(byStaff.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROPERTY_NOT_PUBLISHER' });
    const rows = await s.db.dataSource.query('SELECT COUNT(*) AS n FROM revenue_entry WHERE estateId = ?', [
      other.estate.id,
    ]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it("a contract with its PDF: the estate's residents read the facts and download the file; others do not", async () => {
    const { estate, company: co, token } = await company();
    const up = await upload(s.url, token, tinyPdf(), '物业服务合同.pdf', 'application/pdf');
    const fileId = up.body.id as string;
    const made = await s.gql<{ createPropertyContract: { contract: { file: { url: string }; companyName: string } } }>(
      CONTRACT,
      {
        i: {
          estateId: estate.id,
          title: '前期物业服务合同',
          termStart: '2025-01-01',
          termEnd: '2027-12-31',
          serviceLevel: '一级',
          feeFenPerSqmMonth: 350,
          fileId,
        },
      },
      token,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.createPropertyContract.contract.companyName).toBe(co.name);
    const fee = await s.gql(
      'mutation($i: CreateFeeStandardInput!) { createFeeStandard(input: $i) { feeStandard { id amountFen } } }',
      {
        i: {
          estateId: estate.id,
          item: '地面停车费',
          amountFen: 15000,
          unit: '每车位每月',
          effectiveFrom: '2025-01-01',
        },
      },
      token,
    );
    expect(fee.errors).toBeUndefined();
    const { buildHousehold } = await import('../factories/org.js');
    const mine = await buildResident(s, { household: await buildHousehold(s, { estate }) });
    const neighbourEstate = await buildEstate(s, {
      community: { id: estate.communityId, streetId: estate.streetId } as never,
    });
    const neighbour = await buildResident(s, { household: await buildHousehold(s, { estate: neighbourEstate }) });
    const READ =
      'query($e: ID!) { propertyContracts(estateId: $e) { totalCount edges { node { title termEnd serviceLevel feeFenPerSqmMonth file { url } } } } feeStandards(estateId: $e) { totalCount } }';
    const r = await s.gql<{
      propertyContracts: { totalCount: number; edges: { node: { file: { url: string } } }[] };
      feeStandards: { totalCount: number };
    }>(READ, { e: estate.id }, await mine.token());
    expect(r.data?.propertyContracts.totalCount).toBe(1);
    expect(r.data?.feeStandards.totalCount).toBe(1);
    const url = r.data?.propertyContracts.edges[0]?.node.file.url as string;
    const get = (t: string) =>
      fetch(`${s.url}${url}`, { headers: { authorization: `Bearer ${t}` } }).then((x) => x.status);
    expect(await get(await mine.token())).toBe(200);
    // A resident of another estate of the same community sees nothing and cannot download.
    const n = await s.gql<{ propertyContracts: { totalCount: number } }>(
      READ,
      { e: estate.id },
      await neighbour.token(),
    );
    expect(n.data?.propertyContracts.totalCount).toBe(0);
    expect(await get(await neighbour.token())).toBe(404);
  });

  it('refuses bad input with its reason and writes nothing', async () => {
    const { estate, token } = await company();
    const bad = await s.gql(
      ADD,
      { i: { estateId: estate.id, period: '2026-13', item: 'x', direction: 'INCOME', amountFen: 1 } },
      token,
    );
    expect(bad.errors?.[0]?.extensions?.reason).toBe('PROPERTY_BAD_PERIOD');
    const neg = await s.gql(
      ADD,
      { i: { estateId: estate.id, period: '2026-01', item: 'x', direction: 'INCOME', amountFen: -5 } },
      token,
    );
    expect(neg.errors?.[0]?.extensions?.reason).toBe('PROPERTY_BAD_AMOUNT');
    const term = await s.gql(
      CONTRACT,
      {
        i: {
          estateId: estate.id,
          title: '合同',
          termStart: '2026-01-01',
          termEnd: '2025-12-31',
          serviceLevel: '一级',
          feeFenPerSqmMonth: 300,
        },
      },
      token,
    );
    expect(term.errors?.[0]?.extensions).toMatchObject({ reason: 'PROPERTY_BAD_DATE', field: 'termEnd' });
    const noCompany = await buildEstate(s);
    const admin = await buildStaff(s, { role: 'SYSTEM_ADMIN' });
    const none = await s.gql(
      ADD,
      { i: { estateId: noCompany.id, period: '2026-01', item: 'x', direction: 'INCOME', amountFen: 1 } },
      await admin.token(),
    );
    expect(none.errors?.[0]?.extensions?.reason).toBe('PROPERTY_NO_COMPANY');
    const rows = await s.db.dataSource.query('SELECT COUNT(*) AS n FROM revenue_entry WHERE estateId IN (?, ?)', [
      estate.id,
      noCompany.id,
    ]);
    expect(Number(rows[0].n)).toBe(0);
    void buildOrganisation;
  });
});
