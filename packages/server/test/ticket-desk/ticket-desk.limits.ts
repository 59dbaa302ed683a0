/** Valid base calls of the ticket desk for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { DEMO_DEPARTMENT_STAFF, seedTicketIntake } from '../../src/db/seed/ticket-intake.js';
import type { TestServer } from '../helpers/server.js';
import { key, ticketIn } from '../helpers/tickets.js';
import { login, type World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };
let phones = 0;
const phone = () => `135${String(process.pid % 1000).padStart(3, '0')}${String(++phones % 100000).padStart(5, '0')}`;
const items = async (c: Ctx, n: number) => {
  const out: { ticketId: string }[] = [];
  for (let i = 0; i < n; i++) out.push({ ticketId: (await ticketIn(c.s, c.w, 'SUBMITTED', '')).id });
  return out;
};

export const BASES = {
  raiseTicketOnBehalf: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: {
      categoryId: c.w.category.boxue.FACILITIES_REPAIR,
      communityId: c.w.community.boxue,
      title: '电梯异响',
      body: '居民来电：3幢1单元电梯运行时有明显异响。',
      locationText: '3幢1单元',
      source: 'HOTLINE_12345',
      externalRef: 'SH-1',
      contactName: '王阿姨',
      contactPhone: phone(),
      idempotencyKey: key(),
    },
  }),
  acknowledgeTicketEscalation: async (c: Ctx) => {
    await seedTicketIntake(c.w.ds);
    const t = await ticketIn(c.s, c.w, 'ESCALATED', '');
    return { token: await login(c.s, DEMO_DEPARTMENT_STAFF.phone), values: { ticketId: t.id, note: '已签收' } };
  },
  bulkAcceptTickets: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { items: await items(c, 1), organisationIds: [c.w.org.boxueOffice] },
  }),
  bulkRejectTickets: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { items: await items(c, 1), reason: '不属于社区事务' },
  }),
  bulkMergeTickets: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { items: await items(c, 1), primaryTicketId: (await ticketIn(c.s, c.w, 'ACCEPTED', '')).id },
  }),
};
