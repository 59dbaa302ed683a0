/** Rows for the statement-count test of the property module's lists; statements.test.ts collects this file by name. */

import { buildHousehold, buildResident } from '../factories/index.js';
import {
  buildContract,
  buildEquipment,
  buildFeeStandard,
  buildMaintenanceRecord,
  buildRevenueEntry,
  buildServedEstate,
} from '../factories/property.js';
import type { TestServer } from '../helpers/server.js';

interface Data {
  token: string;
  estateId: string;
  equipmentId: string;
}
let data: Promise<Data> | undefined;

/** One served estate with 21 of everything, read by one of its residents (the narrowest reader). */
function fixture(s: TestServer): Promise<Data> {
  data ??= (async () => {
    const { estate, company } = await buildServedEstate(s);
    const equipment = await buildEquipment(s, { estate });
    for (let i = 0; i < 21; i++) {
      await buildContract(s, { estate, organisationId: company.id });
      await buildFeeStandard(s, { estate });
      await buildRevenueEntry(s, { estate, period: '2026-03' });
      await buildEquipment(s, { estate });
      await buildMaintenanceRecord(s, { equipment });
    }
    const resident = await buildResident(s, { household: await buildHousehold(s, { estate }) });
    return { token: await resident.token(), estateId: estate.id, equipmentId: equipment.id };
  })();
  return data;
}

export const LISTS = {
  propertyContracts: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `estateId: "${d.estateId}"` };
  },
  feeStandards: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `estateId: "${d.estateId}"` };
  },
  revenueEntries: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `estateId: "${d.estateId}", period: "2026-03"` };
  },
  equipmentRegister: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `estateId: "${d.estateId}"` };
  },
  maintenanceRecords: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `equipmentId: "${d.equipmentId}"` };
  },
};
