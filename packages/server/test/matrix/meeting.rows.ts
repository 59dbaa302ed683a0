/** Matrix rows of the meeting module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { MeetingAgendaItemEntity, type MeetingEntity } from '../../src/modules/meeting/meeting.entity.js';
import { buildActionItem, buildMeeting, buildParty } from '../factories/meeting.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => ({
  id: pick(c.target, c.w.community.boxue, c.w.community.xingyi),
  streetId: c.w.streetId,
});
const officeOf = (c: RunContext) => pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice);

/**
 * A meeting in the target community, starting now, open to residents; in 博学路 绿城物业 is invited
 * (so its staff read it) and the demo resident is an invited person (so they may check in).
 */
async function meetingFor(
  c: RunContext,
  o: { state?: 'PLANNED' | 'HELD'; person?: boolean } = {},
): Promise<MeetingEntity> {
  const meeting = await buildMeeting(c.s, {
    community: communityOf(c),
    startsAt: new Date(),
    openToResidents: true,
    residentCapacity: 100,
    state: o.state,
  });
  if (c.target === 'in') {
    await buildParty(c.s, meeting, { organisationId: c.w.org.greentown });
    if (o.person !== false) await buildParty(c.s, meeting, { userId: c.w.user.resident });
  }
  c.scratch.meetingId = meeting.id;
  return meeting;
}

async function agendaItem(c: RunContext, meeting: MeetingEntity, topic: string, position: number) {
  return c.s.db.dataSource.getRepository(MeetingAgendaItemEntity).save({
    meetingId: meeting.id,
    communityId: meeting.communityId,
    position,
    ticketId: null,
    topic,
    resolutionText: null,
    agreedBy: null,
    outcome: null,
    resolvedAt: null,
  } as MeetingAgendaItemEntity);
}

interface Read {
  state: string;
  minutesHtml: string | null;
  registeredCount: number;
  agenda: { id: string; topic: string; resolution: { text: string } | null }[];
  parties: { id: string; organisationId: string | null; userId: string | null; attendance: string }[];
  actionItems: { title: string; state: string }[];
}
const reread = async (c: RunContext) =>
  (
    await read<{ meeting: Read }>(
      c,
      'query($id: ID!) { meeting(id: $id) { state minutesHtml registeredCount agenda { id topic resolution { text } } parties { id organisationId userId attendance } actionItems { title state } } }',
      { id: c.scratch.meetingId },
    )
  ).meeting;

const mutate = (
  c: RunContext,
  mutation: string,
  type: string,
  input: Record<string, unknown>,
  selection = '{ __typename }',
) => c.s.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) ${selection} }`, { i: input }, c.token);

const ORGANISER = 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN';

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const MEETING_ROWS: Record<string, Rule> = {
  meetings: {
    expect: 'UN FB OK/E E/OK OK/E E OK OK E E UN',
    list: 'meetings',
    run: async (c) => {
      await meetingFor(c);
      return c.s.gql(
        'query($id: ID!) { meetings(communityId: $id) { totalCount } }',
        { id: communityOf(c).id },
        c.token,
      );
    },
  },
  openMeetings: {
    expect: 'UN OK/E E E E E E E E E UN',
    list: 'openMeetings',
    run: async (c) => {
      await meetingFor(c);
      return c.s.gql(
        'query($id: ID) { openMeetings(communityId: $id) { totalCount } }',
        { id: communityOf(c).id },
        c.token,
      );
    },
  },
  meeting: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF NF OK OK NF NF UN',
    run: async (c) => c.s.gql('query($id: ID!) { meeting(id: $id) { id } }', { id: (await meetingFor(c)).id }, c.token),
  },
  meetingActionItems: {
    expect: 'UN FB OK/E E/OK OK/E E OK OK E E UN',
    list: 'meetingActionItems',
    run: async (c) => {
      await buildActionItem(c.s, {
        community: communityOf(c),
        ownerOrganisationId: pick(c.target, c.w.org.greentown, c.w.org.xingyiOffice),
      });
      return c.s.gql(
        'query($id: ID!) { meetingActionItems(communityId: $id) { totalCount } }',
        { id: communityOf(c).id },
        c.token,
      );
    },
  },
  createMeeting: {
    expect: ORGANISER,
    run: async (c) => {
      c.scratch.title = `矩阵-${c.actor}-${c.target}`;
      const r = await mutate(
        c,
        'createMeeting',
        'CreateMeetingInput',
        {
          communityId: communityOf(c).id,
          title: c.scratch.title,
          kind: 'AD_HOC',
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          place: '会议室',
        },
        '{ meeting { id } }',
      );
      c.scratch.meetingId = (
        r.data as { createMeeting?: { meeting: { id: string } } } | null
      )?.createMeeting?.meeting.id;
      return r;
    },
    effect: async (c) => {
      const data = await read<{ meetings: { edges: { node: { title: string } }[] } }>(
        c,
        'query($id: ID!) { meetings(communityId: $id, first: 100) { edges { node { title } } } }',
        { id: communityOf(c).id },
      );
      expect(data.meetings.edges.map((e) => e.node.title)).toContain(c.scratch.title);
    },
  },
  cancelMeeting: {
    expect: ORGANISER,
    run: async (c) =>
      mutate(c, 'cancelMeeting', 'CancelMeetingInput', { meetingId: (await meetingFor(c)).id, reason: '天气原因' }),
    effect: async (c) => expect((await reread(c)).state).toBe('CANCELLED'),
  },
  holdMeeting: {
    expect: ORGANISER,
    run: async (c) => mutate(c, 'holdMeeting', 'HoldMeetingInput', { meetingId: (await meetingFor(c)).id }),
    effect: async (c) => expect((await reread(c)).state).toBe('HELD'),
  },
  inviteMeetingParty: {
    expect: ORGANISER,
    run: async (c) =>
      mutate(c, 'inviteMeetingParty', 'InviteMeetingPartyInput', {
        meetingId: (await meetingFor(c)).id,
        kind: 'ORGANISATION',
        organisationId: officeOf(c),
      }),
    effect: async (c) => expect((await reread(c)).parties.map((p) => p.organisationId)).toContain(officeOf(c)),
  },
  addAgendaItem: {
    expect: ORGANISER,
    run: async (c) =>
      mutate(c, 'addAgendaItem', 'AddAgendaItemInput', { meetingId: (await meetingFor(c)).id, topic: '停车秩序' }),
    effect: async (c) => expect((await reread(c)).agenda.map((a) => a.topic)).toEqual(['停车秩序']),
  },
  reorderAgenda: {
    expect: ORGANISER,
    run: async (c) => {
      const meeting = await meetingFor(c);
      const a = await agendaItem(c, meeting, '甲', 1);
      const b = await agendaItem(c, meeting, '乙', 2);
      return mutate(c, 'reorderAgenda', 'ReorderAgendaInput', { meetingId: meeting.id, itemIds: [b.id, a.id] });
    },
    effect: async (c) => expect((await reread(c)).agenda.map((a) => a.topic)).toEqual(['乙', '甲']),
  },
  recordAttendance: {
    expect: ORGANISER,
    run: async (c) => {
      const meeting = await meetingFor(c);
      const party = await buildParty(c.s, meeting, { organisationId: officeOf(c) });
      c.scratch.partyId = party.id;
      return mutate(c, 'recordAttendance', 'RecordAttendanceInput', { partyId: party.id, attendance: 'EXCUSED' });
    },
    effect: async (c) =>
      expect((await reread(c)).parties.find((p) => p.id === c.scratch.partyId)?.attendance).toBe('EXCUSED'),
  },
  checkInToMeeting: {
    expect: 'UN OK/NF FB/NF NF/FB OK/NF NF FB FB NF NF UN',
    run: async (c) => {
      const meeting = await meetingFor(c);
      return mutate(
        c,
        'checkInToMeeting',
        'CheckInToMeetingInput',
        { meetingId: meeting.id, code: meeting.checkInCode },
        '{ party { id } }',
      );
    },
    effect: async (c, r) => {
      const id = (r.data as { checkInToMeeting: { party: { id: string } } }).checkInToMeeting.party.id;
      expect((await reread(c)).parties.find((p) => p.id === id)?.attendance).toBe('PRESENT');
    },
  },
  registerForMeeting: {
    expect: 'UN OK/NF FB FB FB FB FB FB FB FB UN',
    run: async (c) =>
      mutate(c, 'registerForMeeting', 'RegisterForMeetingInput', {
        meetingId: (await meetingFor(c, { person: false })).id,
      }),
    effect: async (c) => expect((await reread(c)).registeredCount).toBe(1),
  },
  saveMeetingMinutes: {
    expect: ORGANISER,
    run: async (c) =>
      mutate(c, 'saveMeetingMinutes', 'SaveMeetingMinutesInput', {
        meetingId: (await meetingFor(c, { state: 'HELD' })).id,
        html: '<p>纪要</p>',
        publish: true,
      }),
    effect: async (c) => expect((await reread(c)).minutesHtml).toBe('<p>纪要</p>'),
  },
  recordResolution: {
    expect: ORGANISER,
    run: async (c) => {
      const meeting = await meetingFor(c, { state: 'HELD' });
      const item = await agendaItem(c, meeting, '停车秩序', 1);
      return mutate(c, 'recordResolution', 'RecordResolutionInput', { agendaItemId: item.id, text: '划定临时停车位' });
    },
    effect: async (c) => expect((await reread(c)).agenda[0]?.resolution?.text).toBe('划定临时停车位'),
  },
  addActionItem: {
    expect: ORGANISER,
    run: async (c) =>
      mutate(c, 'addActionItem', 'AddActionItemInput', {
        meetingId: (await meetingFor(c, { state: 'HELD' })).id,
        title: '张贴告示',
        ownerOrganisationId: officeOf(c),
        dueDays: 3,
      }),
    effect: async (c) => expect((await reread(c)).actionItems.map((a) => a.title)).toEqual(['张贴告示']),
  },
  updateActionItem: {
    expect: 'UN FB OK/NF NF/OK OK/NF NF OK OK NF NF UN',
    run: async (c) => {
      const meeting = await meetingFor(c, { state: 'HELD' });
      const item = await buildActionItem(c.s, {
        meeting,
        ownerOrganisationId: pick(c.target, c.w.org.greentown, c.w.org.xingyiOffice),
      });
      return mutate(c, 'updateActionItem', 'UpdateActionItemInput', {
        actionItemId: item.id,
        state: 'DONE',
        completionNote: '已完成',
      });
    },
    effect: async (c) => expect((await reread(c)).actionItems.map((a) => a.state)).toEqual(['DONE']),
  },
};
