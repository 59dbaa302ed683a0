import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildEstate, buildOrganisation, buildResident, buildStaff } from '../factories/index.js';
import { buildActionItem, buildMeeting, buildParty } from '../factories/meeting.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { call, readMeeting } from './meeting.helpers.js';

const DAY = 86_400_000;

describe('meetings: who reads, edits and checks in', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('property staff read the meetings they are invited to, cannot edit the minutes, and report on their own action items', async () => {
    const community = await buildCommunity(s);
    const estate = await buildEstate(s, { community });
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    const other = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    const ps = await (await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company })).token();
    const invited = await buildMeeting(s, { community, startsAt: new Date() });
    const notInvited = await buildMeeting(s, { community });
    await buildParty(s, invited, { organisationId: company.id });

    const r = await readMeeting(s, invited.id, ps);
    expect(r.errors).toBeUndefined();
    expect(r.data?.meeting.viewerCan).toEqual({ manage: false, register: false });
    expect(r.data?.meeting.checkInCode).toBeNull();
    expect(codeOf(await readMeeting(s, notInvited.id, ps))).toBe('NOT_FOUND');
    const list = await s.gql<{ meetings: { edges: { node: { id: string } }[] } }>(
      'query($c: ID!) { meetings(communityId: $c) { edges { node { id } } } }',
      { c: community.id },
      ps,
    );
    expect(list.data?.meetings.edges.map((e) => e.node.id)).toEqual([invited.id]);

    const minutes = await call(
      s,
      'saveMeetingMinutes',
      'SaveMeetingMinutesInput',
      { meetingId: invited.id, html: '<p>改纪要</p>' },
      ps,
    );
    expect(codeOf(minutes)).toBe('FORBIDDEN');
    const [{ html }] = await s.db.dataSource.query('SELECT minutesHtml AS html FROM meeting WHERE id = ?', [
      invited.id,
    ]);
    expect(html).toBeNull();

    // They check in for their organisation with the door code, on the day.
    const checkIn = await call(
      s,
      'checkInToMeeting',
      'CheckInToMeetingInput',
      { meetingId: invited.id, code: invited.checkInCode },
      ps,
      '{ party { organisationId attendance } }',
    );
    expect(checkIn.data).toEqual({
      checkInToMeeting: { party: { organisationId: company.id, attendance: 'PRESENT' } },
    });

    // Their own action item they report on; another organisation's they do not even see.
    const mine = await buildActionItem(s, { meeting: invited, ownerOrganisationId: company.id });
    const theirs = await buildActionItem(s, { meeting: invited, ownerOrganisationId: other.id });
    const done = await call(
      s,
      'updateActionItem',
      'UpdateActionItemInput',
      { actionItemId: mine.id, state: 'DONE', completionNote: '已张贴告示' },
      ps,
      '{ actionItem { state completionNote completedAt } }',
    );
    expect(done.errors).toBeUndefined();
    expect(
      codeOf(
        await call(
          s,
          'updateActionItem',
          'UpdateActionItemInput',
          { actionItemId: theirs.id, state: 'DONE' },
          ps,
          '{ actionItem { id } }',
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('residents see open meetings of their own community only, and register within the capacity', async () => {
    const home = await buildCommunity(s);
    const away = await buildCommunity(s);
    const resident = await buildResident(s, { community: home });
    const token = await resident.token();
    const open = await buildMeeting(s, { community: home, openToResidents: true, residentCapacity: 1 });
    const closed = await buildMeeting(s, { community: home });
    const elsewhere = await buildMeeting(s, { community: away, openToResidents: true });
    const list = await s.gql<{ openMeetings: { edges: { node: { id: string; viewerCan: { register: boolean } } }[] } }>(
      '{ openMeetings { edges { node { id viewerCan { register } } } } }',
      {},
      token,
    );
    expect(list.data?.openMeetings.edges.map((e) => e.node)).toEqual([{ id: open.id, viewerCan: { register: true } }]);
    expect(codeOf(await readMeeting(s, closed.id, token))).toBe('NOT_FOUND');
    expect(codeOf(await readMeeting(s, elsewhere.id, token))).toBe('NOT_FOUND');
    expect(
      codeOf(await call(s, 'registerForMeeting', 'RegisterForMeetingInput', { meetingId: elsewhere.id }, token)),
    ).toBe('NOT_FOUND');
    // Residents do not list a community's meetings the staff way.
    expect(
      codeOf(await s.gql('query($c: ID!) { meetings(communityId: $c) { totalCount } }', { c: home.id }, token)),
    ).toBe('FORBIDDEN');

    expect(codeOf(await call(s, 'registerForMeeting', 'RegisterForMeetingInput', { meetingId: open.id }, token))).toBe(
      'OK',
    );
    const again = await call(s, 'registerForMeeting', 'RegisterForMeetingInput', { meetingId: open.id }, token);
    expect(again.errors?.[0]?.extensions?.reason).toBe('MEETING_FULL');
    const late = await buildResident(s, { community: home });
    const full = await call(
      s,
      'registerForMeeting',
      'RegisterForMeetingInput',
      { meetingId: open.id },
      await late.token(),
    );
    expect(full.errors?.[0]?.extensions?.reason).toBe('MEETING_FULL');
    const [{ n }] = await s.db.dataSource.query('SELECT registeredCount AS n FROM meeting WHERE id = ?', [open.id]);
    expect(Number(n)).toBe(1);
  });

  it('a check-in code works only for its meeting and only on its day', async () => {
    const community = await buildCommunity(s);
    const person = await buildResident(s, { community });
    const token = await person.token();
    const today = await buildMeeting(s, { community, startsAt: new Date() });
    const otherToday = await buildMeeting(s, { community, startsAt: new Date() });
    const tomorrow = await buildMeeting(s, { community, startsAt: new Date(Date.now() + DAY) });
    const yesterday = await buildMeeting(s, { community, startsAt: new Date(Date.now() - DAY) });
    for (const m of [today, tomorrow, yesterday]) await buildParty(s, m, { userId: person.user.id });
    const checkIn = (meetingId: string, code: string, t = token) =>
      call(s, 'checkInToMeeting', 'CheckInToMeetingInput', { meetingId, code }, t, '{ party { attendance } }');

    expect((await checkIn(today.id, otherToday.checkInCode)).errors?.[0]?.extensions?.reason).toBe(
      'MEETING_CHECK_IN_INVALID',
    );
    expect((await checkIn(tomorrow.id, tomorrow.checkInCode)).errors?.[0]?.extensions?.reason).toBe(
      'MEETING_CHECK_IN_NOT_TODAY',
    );
    expect((await checkIn(yesterday.id, yesterday.checkInCode)).errors?.[0]?.extensions?.reason).toBe(
      'MEETING_CHECK_IN_NOT_TODAY',
    );
    // Not a party of the other meeting: its own code does not let them in (nor is the meeting visible).
    expect(codeOf(await checkIn(otherToday.id, otherToday.checkInCode))).toBe('NOT_FOUND');
    // A resident of the community who is no party of an open meeting sees it but cannot check in.
    const open = await buildMeeting(s, { community, startsAt: new Date(), openToResidents: true });
    expect((await checkIn(open.id, open.checkInCode)).errors?.[0]?.extensions?.reason).toBe('MEETING_NOT_A_PARTY');
    const [{ n }] = await s.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM meeting_party WHERE userId = ? AND attendance = 'PRESENT'",
      [person.user.id],
    );
    expect(Number(n)).toBe(0);
    expect((await checkIn(today.id, today.checkInCode)).data).toEqual({
      checkInToMeeting: { party: { attendance: 'PRESENT' } },
    });
  });
});
