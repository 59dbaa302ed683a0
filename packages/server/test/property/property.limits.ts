/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { buildEquipment, buildRevenueEntry } from '../factories/property.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };
let seq = 0;

/** 绿城物业 publishes for 天钜银河府. */
export const BASES = {
  createPropertyContract: async (c: Ctx) => ({
    token: c.w.tokens.greentown,
    values: {
      estateId: c.w.estate.tianju,
      title: '合同',
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
      serviceLevel: '一级',
      feeFenPerSqmMonth: 300,
    },
  }),
  createFeeStandard: async (c: Ctx) => ({
    token: c.w.tokens.greentown,
    values: { estateId: c.w.estate.tianju, item: '停车费', amountFen: 100, unit: '每月', effectiveFrom: '2026-01-01' },
  }),
  addRevenueEntry: async (c: Ctx) => ({
    token: c.w.tokens.greentown,
    values: { estateId: c.w.estate.tianju, period: '2026-08', item: '广告', direction: 'INCOME', amountFen: 100 },
  }),
  updateRevenueEntry: async (c: Ctx) => {
    const e = await buildRevenueEntry(c.s, {
      estate: { id: c.w.estate.tianju, streetId: c.w.streetId, communityId: c.w.community.boxue },
      period: '2026-09',
    });
    return { token: c.w.tokens.greentown, values: { id: e.id, item: '广告', direction: 'INCOME', amountFen: 100 } };
  },
  registerEquipment: async (c: Ctx) => ({
    token: c.w.tokens.greentown,
    values: {
      estateId: c.w.estate.tianju,
      kind: 'ELEVATOR',
      name: '1号梯',
      registrationNo: `LIM-${++seq}`,
      installedOn: '2020-01-01',
    },
  }),
  recordMaintenance: async (c: Ctx) => {
    const e = await buildEquipment(c.s, {
      estate: { id: c.w.estate.tianju, streetId: c.w.streetId, communityId: c.w.community.boxue },
    });
    return {
      token: c.w.tokens.greentown,
      values: { equipmentId: e.id, performedOn: '2026-01-01', kind: 'ROUTINE', contractor: '维保', result: 'PASSED' },
    };
  },
};
