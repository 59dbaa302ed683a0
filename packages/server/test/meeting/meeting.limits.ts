/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { MeetingAgendaItemEntity } from '../../src/modules/meeting/meeting.entity.js';
import { buildActionItem, buildMeeting, buildParty } from '../factories/meeting.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };
const boxue = (c: Ctx) => ({ id: c.w.community.boxue, streetId: c.w.streetId });

async function heldItem(c: Ctx) {
  const meeting = await buildMeeting(c.s, { community: boxue(c), state: 'HELD' });
  return c.s.db.dataSource.getRepository(MeetingAgendaItemEntity).save({
    meetingId: meeting.id,
    communityId: meeting.communityId,
    position: 1,
    ticketId: null,
    topic: '议题',
    resolutionText: null,
    agreedBy: null,
    outcome: null,
    resolvedAt: null,
  } as MeetingAgendaItemEntity);
}

export const BASES = {
  createMeeting: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: {
      communityId: c.w.community.boxue,
      title: '圆桌会',
      kind: 'AD_HOC',
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      place: '会议室',
      onlineUrl: 'https://meet.example.com/1',
    },
    // A link must be http(s): emoji at the limit are refused by its pattern, not by its length.
    atMax: { onlineUrl: 'BAD_USER_INPUT onlineUrl' },
  }),
  cancelMeeting: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { meetingId: (await buildMeeting(c.s, { community: boxue(c) })).id, reason: '改期' },
  }),
  addAgendaItem: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { meetingId: (await buildMeeting(c.s, { community: boxue(c) })).id, topic: '停车' },
  }),
  checkInToMeeting: async (c: Ctx) => {
    const meeting = await buildMeeting(c.s, { community: boxue(c), startsAt: new Date() });
    await buildParty(c.s, meeting, { userId: c.w.user.resident });
    // Any other code of that length is not the meeting's.
    return {
      token: c.w.tokens.resident,
      values: { meetingId: meeting.id, code: meeting.checkInCode },
      atMax: { code: 'BAD_USER_INPUT code' },
    };
  },
  saveMeetingMinutes: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { meetingId: (await buildMeeting(c.s, { community: boxue(c), state: 'HELD' })).id, html: '纪要' },
  }),
  recordResolution: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { agendaItemId: (await heldItem(c)).id, text: '决议', agreedBy: '各方' },
  }),
  addActionItem: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: {
      meetingId: (await buildMeeting(c.s, { community: boxue(c), state: 'HELD' })).id,
      title: '张贴告示',
      ownerOrganisationId: c.w.org.boxueOffice,
      dueDays: 3,
    },
  }),
  updateActionItem: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: {
      actionItemId: (await buildActionItem(c.s, { community: boxue(c), ownerOrganisationId: c.w.org.boxueOffice })).id,
      state: 'DONE',
      completionNote: '已完成',
    },
  }),
};
