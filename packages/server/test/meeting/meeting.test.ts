import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommunity,
  buildOrganisation,
  buildResident,
  buildStaff,
  buildTicket,
  deskOf,
} from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { call, createMeeting, ok, readMeeting, readTicket } from './meeting.helpers.js';

describe('meetings: the walk from tickets to outcomes', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('ticket → agenda → held meeting with check-ins → resolution → ticket timeline and state', async () => {
    const community = await buildCommunity(s);
    const desk = await deskOf(s, community);
    const staff = await desk.staff.token();
    const accepted = await buildTicket(s, { community, state: 'ACCEPTED', title: '电梯异响' });
    const inMeeting = await buildTicket(s, { community, state: 'IN_MEETING', title: '装修噪音' });
    const representative = await buildResident(s, { community });
    const neighbour = await buildResident(s, { community });

    const made = await ok(
      createMeeting(s, staff, { communityId: community.id, openToResidents: true, residentCapacity: 10 }),
    );
    const meeting = (made as { createMeeting: { meeting: { id: string; checkInCode: string; checkInLink: string } } })
      .createMeeting.meeting;
    expect(meeting.checkInLink).toContain(meeting.checkInCode);
    await ok(
      call(
        s,
        'inviteMeetingParty',
        'InviteMeetingPartyInput',
        { meetingId: meeting.id, kind: 'ORGANISATION', organisationId: desk.office.id },
        staff,
      ),
    );
    await ok(
      call(
        s,
        'inviteMeetingParty',
        'InviteMeetingPartyInput',
        { meetingId: meeting.id, kind: 'RESIDENT_REPRESENTATIVE', userId: representative.user.id },
        staff,
      ),
    );

    // The agenda: an accepted ticket is referred now; one already in meeting; a free topic.
    await ok(call(s, 'addAgendaItem', 'AddAgendaItemInput', { meetingId: meeting.id, ticketId: accepted.id }, staff));
    await ok(call(s, 'addAgendaItem', 'AddAgendaItemInput', { meetingId: meeting.id, ticketId: inMeeting.id }, staff));
    await ok(call(s, 'addAgendaItem', 'AddAgendaItemInput', { meetingId: meeting.id, topic: '小区停车秩序' }, staff));
    const again = await call(
      s,
      'addAgendaItem',
      'AddAgendaItemInput',
      { meetingId: meeting.id, ticketId: accepted.id },
      staff,
    );
    expect(again.errors?.[0]?.extensions?.reason).toBe('MEETING_TICKET_ON_AGENDA');
    let read = (await readMeeting(s, meeting.id, staff)).data?.meeting;
    const [a, b, c] = read?.agenda ?? [];
    await ok(
      call(s, 'reorderAgenda', 'ReorderAgendaInput', { meetingId: meeting.id, itemIds: [c?.id, a?.id, b?.id] }, staff),
    );
    read = (await readMeeting(s, meeting.id, staff)).data?.meeting;
    expect(read?.agenda.map((i) => i.topic)).toEqual(['小区停车秩序', '电梯异响', '装修噪音']);
    const referred = await readTicket(s, accepted.id, staff);
    expect(referred.data?.ticket.state).toBe('IN_MEETING');

    // The agenda item is on the ticket's public timeline (a neighbour reads it).
    const publicView = await readTicket(s, accepted.id, await neighbour.token());
    const scheduled = publicView.data?.ticket.timeline.edges.find((e) => e.node.type === 'MEETING_SCHEDULED');
    expect(scheduled?.node.note).toContain('十二月圆桌会');

    // Check-ins: the representative with the code; the office recorded by staff; a neighbour registers and checks in.
    const rep = await call(
      s,
      'checkInToMeeting',
      'CheckInToMeetingInput',
      { meetingId: meeting.id, code: meeting.checkInCode },
      await representative.token(),
      '{ party { attendance checkedInAt } }',
    );
    expect(rep.errors).toBeUndefined();
    expect(
      (rep.data as { checkInToMeeting: { party: { attendance: string } } }).checkInToMeeting.party.attendance,
    ).toBe('PRESENT');
    await ok(
      call(
        s,
        'registerForMeeting',
        'RegisterForMeetingInput',
        { meetingId: meeting.id },
        await neighbour.token(),
        '{ meeting { registeredCount } }',
      ),
    );
    await ok(
      call(
        s,
        'checkInToMeeting',
        'CheckInToMeetingInput',
        { meetingId: meeting.id, code: meeting.checkInCode.toLowerCase() },
        await neighbour.token(),
        '{ party { attendance } }',
      ),
    );
    const office = read?.parties.find((p) => p.organisationId === desk.office.id);
    await ok(
      call(
        s,
        'recordAttendance',
        'RecordAttendanceInput',
        { partyId: office?.id, attendance: 'PRESENT' },
        staff,
        '{ attendance }',
      ),
    );
    read = (await readMeeting(s, meeting.id, staff)).data?.meeting;
    expect(read?.parties.map((p) => `${p.kind}:${p.attendance}`).sort()).toEqual([
      'ORGANISATION:PRESENT',
      'REGISTERED_RESIDENT:PRESENT',
      'RESIDENT_REPRESENTATIVE:PRESENT',
    ]);

    // A resolution before the meeting is held is refused; then held, resolved.
    const early = await call(
      s,
      'recordResolution',
      'RecordResolutionInput',
      { agendaItemId: a?.id, text: '物业一周内更换曳引机', outcome: 'RESOLVED' },
      staff,
      '{ id }',
    );
    expect(early.errors?.[0]?.extensions?.reason).toBe('MEETING_WRONG_STATE');
    await ok(call(s, 'holdMeeting', 'HoldMeetingInput', { meetingId: meeting.id }, staff, '{ meeting { state } }'));
    await ok(
      call(
        s,
        'recordResolution',
        'RecordResolutionInput',
        { agendaItemId: a?.id, text: '物业一周内更换曳引机', agreedBy: '社区、物业、居民代表', outcome: 'RESOLVED' },
        staff,
        '{ resolution { outcome } }',
      ),
    );
    await ok(
      call(
        s,
        'recordResolution',
        'RecordResolutionInput',
        { agendaItemId: b?.id, text: '施工限定在工作日 8:00-18:00', outcome: 'RETURNED', replyDays: 5 },
        staff,
        '{ resolution { outcome } }',
      ),
    );
    const twice = await call(
      s,
      'recordResolution',
      'RecordResolutionInput',
      { agendaItemId: b?.id, text: 'x', outcome: 'NONE' },
      staff,
      '{ id }',
    );
    expect(twice.errors?.[0]?.extensions?.reason).toBe('MEETING_ALREADY_RESOLVED');
    await ok(
      call(
        s,
        'addActionItem',
        'AddActionItemInput',
        {
          meetingId: meeting.id,
          agendaItemId: b?.id,
          title: '张贴施工时间告示',
          ownerOrganisationId: desk.office.id,
          dueDays: 3,
        },
        staff,
        '{ actionItem { id isOverdue dueAt } }',
      ),
    );

    // Outcomes on the tickets: public decision text, and the state moved.
    const resolved = await readTicket(s, accepted.id, await neighbour.token());
    expect(resolved.data?.ticket.state).toBe('RESOLVED');
    const types = resolved.data?.ticket.timeline.edges.map((e) => e.node.type);
    expect(types).toEqual(
      expect.arrayContaining(['REFERRED_TO_MEETING', 'MEETING_SCHEDULED', 'MEETING_DECIDED', 'RESOLVED']),
    );
    expect(resolved.data?.ticket.timeline.edges.find((e) => e.node.type === 'MEETING_DECIDED')?.node.note).toContain(
      '物业一周内更换曳引机',
    );
    const returned = await readTicket(s, inMeeting.id, staff);
    expect(returned.data?.ticket.state).toBe('ACCEPTED');
    expect(returned.data?.ticket.timeline.edges.at(-1)?.node.type).toBe('RETURNED_FROM_MEETING');
    expect(returned.data?.ticket.meetingAgendaItems).toHaveLength(1);
    expect(returned.data?.ticket.meetingActionItems.map((x) => x.title)).toEqual(['张贴施工时间告示']);
    const [{ replyDueAt }] = await s.db.dataSource.query('SELECT replyDueAt FROM ticket WHERE id = ?', [inMeeting.id]);
    expect(new Date(replyDueAt).getTime()).toBeGreaterThan(Date.now() + 5 * 86_400_000 - 86_400_000);

    // Minutes: sanitised, published, then readable by a resident of the community.
    await ok(
      call(
        s,
        'saveMeetingMinutes',
        'SaveMeetingMinutesInput',
        {
          meetingId: meeting.id,
          html: '<p>会议纪要<script>alert(1)</script><a href="javascript:x()">x</a></p>',
          publish: true,
        },
        staff,
        '{ meeting { minutesState } }',
      ),
    );
    const minutes = await readMeeting(s, meeting.id, await neighbour.token());
    expect(minutes.data?.meeting.minutesState).toBe('PUBLISHED');
    expect(minutes.data?.meeting.minutesHtml).toContain('会议纪要');
    expect(minutes.data?.meeting.minutesHtml).not.toMatch(/script|javascript/);
    expect(minutes.data?.meeting.parties).toEqual([]);
    expect(minutes.data?.meeting.checkInCode).toBeNull();

    // Every organiser step is in the audit log.
    const audit = await s.gql<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(communityId: $id, operation: "meeting.resolution") { totalCount } }',
      { id: community.id },
      staff,
    );
    expect(audit.data?.auditLog.totalCount).toBe(2);
  });

  it('refuses bad input with its reason and writes nothing', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const blank = await createMeeting(s, staff, { communityId: community.id, title: '   ' });
    expect(blank.errors?.[0]?.extensions?.reason).toBe('MEETING_BLANK_TITLE');
    const backwards = await createMeeting(s, staff, {
      communityId: community.id,
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(backwards.errors?.[0]?.extensions?.reason).toBe('MEETING_BAD_TIME');
    const nowhere = await createMeeting(s, staff, { communityId: community.id, place: null });
    expect(nowhere.errors?.[0]?.extensions?.reason).toBe('MEETING_NO_PLACE');
    const [{ n }] = await s.db.dataSource.query('SELECT COUNT(*) AS n FROM meeting WHERE communityId = ?', [
      community.id,
    ]);
    expect(Number(n)).toBe(0);
    // A ticket of another community is not for this agenda, and the ticket is left as it was.
    const made = await ok(createMeeting(s, staff, { communityId: community.id }));
    const id = (made as { createMeeting: { meeting: { id: string } } }).createMeeting.meeting.id;
    const foreign = await buildTicket(s, { state: 'ACCEPTED' });
    const r = await call(s, 'addAgendaItem', 'AddAgendaItemInput', { meetingId: id, ticketId: foreign.id }, staff);
    expect(r.errors?.[0]?.extensions?.reason).toBe('MEETING_TICKET_NOT_WAITING');
    const dept = await buildOrganisation(s, { kind: 'DEPARTMENT' });
    const wrongOrg = await call(
      s,
      'inviteMeetingParty',
      'InviteMeetingPartyInput',
      { meetingId: id, kind: 'ORGANISATION', organisationId: dept.id },
      staff,
    );
    expect(codeOf(wrongOrg)).toBe('BAD_USER_INPUT');
  });
});
