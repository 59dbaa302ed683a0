/** Rows for the statement-count test of the board module's lists; statements.test.ts collects this file by name. */
import {
  ReplyTemplateEntity,
  TicketHiddenPartEntity,
  TicketMeTooEntity,
  TicketReportEntity,
} from '../../src/modules/board/board.entity.js';
import { buildCommunity, buildResident, buildStaff, buildTicket } from '../factories/index.js';
import type { TestServer } from '../helpers/server.js';

let data: Promise<{ staff: string; resident: string; community: string }> | undefined;

/**
 * One community with 21 accepted tickets, each with a 我也遇到, a hidden body and a report, and 21
 * reply templates; read by a resident of it (the board) and its staff (reports, templates).
 */
const world = (s: TestServer) => {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const reader = await buildResident(s, { community });
    const ds = s.db.dataSource;
    for (let i = 0; i < 21; i++) {
      const t = await buildTicket(s, { community, state: 'ACCEPTED' });
      const place = { ticketId: t.id, communityId: community.id };
      await ds.getRepository(TicketMeTooEntity).save({ ...place, userId: reader.user.id } as TicketMeTooEntity);
      await ds
        .getRepository(TicketHiddenPartEntity)
        .save({ ...place, part: 'BODY', reason: '含个人信息', hiddenById: reader.user.id } as TicketHiddenPartEntity);
      await ds.getRepository(TicketReportEntity).save({
        ...place,
        streetId: community.streetId,
        reporterId: reader.user.id,
        reason: '含个人信息',
        state: 'OPEN',
        handledAt: null,
        handledById: null,
      } as unknown as TicketReportEntity);
      await ds.getRepository(ReplyTemplateEntity).save({
        streetId: community.streetId,
        communityId: community.id,
        categoryId: null,
        title: `模板${i}`,
        body: '{居民姓名}您好',
        version: 1,
      } as ReplyTemplateEntity);
    }
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    return { staff: await staff.token(), resident: await reader.token(), community: community.id };
  })();
  return data;
};

export const LISTS = {
  ticketBoard: async (s: TestServer) => {
    const d = await world(s);
    return { token: d.resident, args: `communityId: "${d.community}"` };
  },
  ticketReports: async (s: TestServer) => {
    const d = await world(s);
    return { token: d.staff, args: `communityId: "${d.community}"` };
  },
  replyTemplates: async (s: TestServer) => {
    const d = await world(s);
    return { token: d.staff, args: `communityId: "${d.community}"` };
  },
};
