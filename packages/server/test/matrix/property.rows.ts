/** Matrix rows of the property module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import {
  buildContract,
  buildEquipment,
  buildFeeStandard,
  buildMaintenanceRecord,
  buildRevenueEntry,
} from '../factories/property.js';
import { at, pick, type Rule, type RunContext, read } from './kit.js';

/** "in": 天钜银河府 (博学路, served by 绿城, home of the committee and the resident); "out": 金色家园 (兴议, served by 滨江). */
const estateOf = (c: RunContext) => {
  const id = pick(c.target, c.w.estate.tianju, c.w.estate.jinse);
  return { id, streetId: c.w.streetId, communityId: pick(c.target, c.w.community.boxue, c.w.community.xingyi) };
};
const communityOf = (c: RunContext) => pick(c.target, c.w.community.boxue, c.w.community.xingyi);

let n = 0;
/** A month no other cell uses (closing a period is once only). */
const freshPeriod = () => `${2100 + Math.floor(++n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
const READ_LIST = 'UN OK/E OK/E E/OK OK/E OK/E OK OK E E UN';
const READ_ONE = 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN';
const PUBLISH = 'UN FB/NF FB/NF NF/FB OK/NF FB/NF FB OK NF NF UN';

const listRow = (list: string, make: (c: RunContext) => Promise<unknown>, query: string): Rule => ({
  expect: READ_LIST,
  list,
  run: async (c) => {
    await make(c);
    return c.s.gql(query, { e: estateOf(c).id }, c.token);
  },
});

export const PROPERTY_ROWS: Record<string, Rule> = {
  propertyContracts: listRow(
    'propertyContracts',
    (c) => buildContract(c.s, { estate: estateOf(c) }),
    'query($e: ID!) { propertyContracts(estateId: $e) { totalCount } }',
  ),
  feeStandards: listRow(
    'feeStandards',
    (c) => buildFeeStandard(c.s, { estate: estateOf(c) }),
    'query($e: ID!) { feeStandards(estateId: $e) { totalCount } }',
  ),
  revenueEntries: listRow(
    'revenueEntries',
    (c) => buildRevenueEntry(c.s, { estate: estateOf(c), period: '2026-02' }),
    'query($e: ID!) { revenueEntries(estateId: $e, period: "2026-02") { totalCount } }',
  ),
  equipmentRegister: listRow(
    'equipmentRegister',
    (c) => buildEquipment(c.s, { estate: estateOf(c) }),
    'query($e: ID) { equipmentRegister(estateId: $e) { totalCount } }',
  ),
  maintenanceRecords: {
    expect: READ_LIST,
    list: 'maintenanceRecords',
    run: async (c) => {
      const r = await buildMaintenanceRecord(c.s, { equipment: await buildEquipment(c.s, { estate: estateOf(c) }) });
      return c.s.gql(
        'query($id: ID!) { maintenanceRecords(equipmentId: $id) { totalCount } }',
        { id: r.equipmentId },
        c.token,
      );
    },
  },
  revenueLedger: {
    expect: READ_ONE,
    run: (c) =>
      c.s.gql(
        'query($e: ID!) { revenueLedger(estateId: $e, period: "2026-02") { balanceFen } }',
        { e: estateOf(c).id },
        c.token,
      ),
  },
  equipment: {
    expect: READ_ONE,
    run: async (c) => {
      const e = await buildEquipment(c.s, { estate: estateOf(c) });
      return c.s.gql('query($id: ID!) { equipment(id: $id) { maintenanceStatus } }', { id: e.id }, c.token);
    },
  },
  overdueEquipmentCount: {
    // A count over what the viewer may read: zero, never an error, outside their reach.
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: (c) => c.s.gql('query($c: ID!) { overdueEquipmentCount(communityId: $c) }', { c: communityOf(c) }, c.token),
  },
  maintenanceRules: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: (c) =>
      c.s.gql('query($c: ID!) { maintenanceRules(communityId: $c) { intervalDays } }', { c: communityOf(c) }, c.token),
  },
  createPropertyContract: {
    expect: PUBLISH,
    run: async (c) => {
      c.scratch.title = `矩阵合同-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: CreatePropertyContractInput!) { createPropertyContract(input: $i) { contract { id } } }',
        {
          i: {
            estateId: estateOf(c).id,
            title: c.scratch.title,
            termStart: '2026-01-01',
            termEnd: '2028-12-31',
            serviceLevel: '一级',
            feeFenPerSqmMonth: 320,
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ propertyContracts: { edges: { node: { title: string } }[] } }>(
        c,
        'query($e: ID!) { propertyContracts(estateId: $e, first: 100) { edges { node { title } } } }',
        { e: estateOf(c).id },
      );
      expect(d.propertyContracts.edges.map((e) => e.node.title)).toContain(c.scratch.title);
    },
  },
  createFeeStandard: {
    expect: PUBLISH,
    run: async (c) => {
      c.scratch.item = `矩阵收费-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: CreateFeeStandardInput!) { createFeeStandard(input: $i) { feeStandard { id } } }',
        {
          i: {
            estateId: estateOf(c).id,
            item: c.scratch.item,
            amountFen: 250,
            unit: '每平方米每月',
            effectiveFrom: '2026-01-01',
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ feeStandards: { edges: { node: { item: string } }[] } }>(
        c,
        'query($e: ID!) { feeStandards(estateId: $e, first: 100) { edges { node { item } } } }',
        { e: estateOf(c).id },
      );
      expect(d.feeStandards.edges.map((e) => e.node.item)).toContain(c.scratch.item);
    },
  },
  addRevenueEntry: {
    expect: PUBLISH,
    run: async (c) => {
      c.scratch.item = `矩阵收益-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: AddRevenueEntryInput!) { addRevenueEntry(input: $i) { entry { id } } }',
        {
          i: { estateId: estateOf(c).id, period: '2026-04', item: c.scratch.item, direction: 'INCOME', amountFen: 100 },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ revenueEntries: { edges: { node: { item: string } }[] } }>(
        c,
        'query($e: ID!) { revenueEntries(estateId: $e, period: "2026-04", first: 100) { edges { node { item } } } }',
        { e: estateOf(c).id },
      );
      expect(d.revenueEntries.edges.map((e) => e.node.item)).toContain(c.scratch.item);
    },
  },
  updateRevenueEntry: {
    expect: PUBLISH,
    run: async (c) => {
      const entry = await buildRevenueEntry(c.s, { estate: estateOf(c), period: '2026-07' });
      c.scratch.id = entry.id;
      return c.s.gql(
        'mutation($i: UpdateRevenueEntryInput!) { updateRevenueEntry(input: $i) { entry { id } } }',
        { i: { id: entry.id, item: '改后', direction: 'EXPENSE', amountFen: 777 } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ revenueEntries: { edges: { node: { item: string; amountFen: number } }[] } }>(
        c,
        'query($e: ID!) { revenueEntries(estateId: $e, period: "2026-07", first: 100) { edges { node { item amountFen } } } }',
        { e: estateOf(c).id },
      );
      expect(d.revenueEntries.edges.map((e) => e.node)).toContainEqual({ item: '改后', amountFen: 777 });
    },
  },
  closeRevenuePeriod: {
    expect: PUBLISH,
    run: async (c) => {
      c.scratch.period = freshPeriod();
      return c.s.gql(
        'mutation($i: CloseRevenuePeriodInput!) { closeRevenuePeriod(input: $i) { ledger { closed } } }',
        { i: { estateId: estateOf(c).id, period: c.scratch.period } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ revenueLedger: { closed: boolean } }>(
        c,
        'query($e: ID!, $p: String!) { revenueLedger(estateId: $e, period: $p) { closed } }',
        { e: estateOf(c).id, p: c.scratch.period },
      );
      expect(d.revenueLedger.closed).toBe(true);
    },
  },
  registerEquipment: {
    expect: PUBLISH,
    run: async (c) => {
      c.scratch.reg = `MX-${c.actor}-${c.target}-${++n}`;
      return c.s.gql(
        'mutation($i: RegisterEquipmentInput!) { registerEquipment(input: $i) { equipment { id } } }',
        {
          i: {
            estateId: estateOf(c).id,
            kind: 'GATE',
            name: '东门道闸',
            registrationNo: c.scratch.reg,
            installedOn: '2024-05-01',
          },
        },
        c.token,
      );
    },
    effect: async (c, r) => {
      const d = await read<{ equipment: { registrationNo: string } }>(
        c,
        'query($id: ID!) { equipment(id: $id) { registrationNo } }',
        { id: at(r, 'registerEquipment.equipment.id') },
      );
      expect(d.equipment.registrationNo).toBe(c.scratch.reg);
    },
  },
  recordMaintenance: {
    expect: PUBLISH,
    run: async (c) => {
      const e = await buildEquipment(c.s, { estate: estateOf(c) });
      c.scratch.id = e.id;
      return c.s.gql(
        'mutation($i: RecordMaintenanceInput!) { recordMaintenance(input: $i) { record { id } } }',
        {
          i: {
            equipmentId: e.id,
            performedOn: '2026-01-02',
            kind: 'ROUTINE',
            contractor: '矩阵维保',
            result: 'PASSED',
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ maintenanceRecords: { totalCount: number } }>(
        c,
        'query($id: ID!) { maintenanceRecords(equipmentId: $id) { totalCount } }',
        { id: c.scratch.id },
      );
      expect(d.maintenanceRecords.totalCount).toBe(1);
    },
  },
  importMaintenanceRecords: {
    expect: PUBLISH,
    run: async (c) => {
      const e = await buildEquipment(c.s, { estate: estateOf(c) });
      c.scratch.id = e.id;
      const csv = `registrationNo,performedOn,kind,contractor,result\n${e.registrationNo},2026-01-03,ROUTINE,矩阵维保,PASSED\n`;
      return c.s.gql(
        'mutation($i: ImportMaintenanceInput!) { importMaintenanceRecords(input: $i) { imported } }',
        { i: { estateId: estateOf(c).id, format: 'CSV', content: Buffer.from(csv).toString('base64') } },
        c.token,
      );
    },
    effect: async (c, r) => {
      expect(at<number>(r, 'importMaintenanceRecords.imported')).toBe(1);
      const d = await read<{ maintenanceRecords: { totalCount: number } }>(
        c,
        'query($id: ID!) { maintenanceRecords(equipmentId: $id) { totalCount } }',
        { id: c.scratch.id },
      );
      expect(d.maintenanceRecords.totalCount).toBe(1);
    },
  },
  setMaintenanceRule: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: async (c) => {
      c.scratch.days = 60 + (++n % 200);
      return c.s.gql(
        'mutation($i: SetMaintenanceRuleInput!) { setMaintenanceRule(input: $i) { rule { intervalDays } } }',
        {
          i: {
            communityId: communityOf(c),
            equipmentKind: 'GATE',
            requirement: 'ROUTINE_MAINTENANCE',
            intervalDays: c.scratch.days,
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ maintenanceRules: { equipmentKind: string; intervalDays: number }[] }>(
        c,
        'query($c: ID!) { maintenanceRules(communityId: $c) { equipmentKind intervalDays } }',
        { c: communityOf(c) },
      );
      expect(d.maintenanceRules.find((r) => r.equipmentKind === 'GATE')?.intervalDays).toBe(c.scratch.days);
    },
  },
};
