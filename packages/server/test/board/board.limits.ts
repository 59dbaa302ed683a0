/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import type { TestServer } from '../helpers/server.js';
import { ticketIn } from '../helpers/tickets.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };

const template = async (c: Ctx) => {
  const r = await c.s.gql<{ createReplyTemplate: { template: { id: string } } }>(
    'mutation($i: CreateReplyTemplateInput!) { createReplyTemplate(input: $i) { template { id } } }',
    { i: { communityId: c.w.community.boxue, title: '模板', body: '{居民姓名}您好' } },
    c.w.tokens.system,
  );
  return r.data?.createReplyTemplate.template.id;
};

export const BASES = {
  // The other street's community: its blocked words touch no other test's tickets.
  setBoardSettings: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.other.community.id, blockedWords: ['屏蔽'] },
  }),
  // A resident reports their own public ticket (a fresh one each time: one report per person).
  reportTicket: async (c: Ctx) => ({
    token: c.w.tokens.resident,
    values: { ticketId: (await ticketIn(c.s, c.w, 'ACCEPTED', '')).id, reason: '含个人信息' },
  }),
  hideTicketText: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { ticketId: (await ticketIn(c.s, c.w, 'ACCEPTED', '')).id, part: 'BODY', reason: '含个人信息' },
  }),
  recordTicketCallback: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { ticketId: (await ticketIn(c.s, c.w, 'RESOLVED', '')).id, reached: false, note: '未接通' },
  }),
  createReplyTemplate: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, title: '模板', body: '{居民姓名}您好' },
  }),
  updateReplyTemplate: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { id: await template(c), expectedVersion: 1, title: '模板', body: '您好' },
  }),
};
