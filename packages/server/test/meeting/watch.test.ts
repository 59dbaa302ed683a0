import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildEstate, buildOrganisation, buildResident, buildStaff } from '../factories/index.js';
import { buildMeeting, buildParty } from '../factories/meeting.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { call, createMeeting, ok } from './meeting.helpers.js';

const DAY = 86_400_000;

describe('meetings: the watch (overdue action items, reminders) on a controlled clock', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  const notices = async (userId: string, kind: string) => {
    const [{ n }] = await s.db.dataSource.query(
      'SELECT COUNT(*) AS n FROM notification WHERE userId = ? AND kind = ?',
      [userId, kind],
    );
    return Number(n);
  };

  it('an action item past due notifies its owner once, and shows as overdue', async () => {
    const community = await buildCommunity(s);
    const estate = await buildEstate(s, { community });
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    const owner = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const made = (await ok(createMeeting(s, staff, { communityId: community.id }))) as {
      createMeeting: { meeting: { id: string } };
    };
    const meetingId = made.createMeeting.meeting.id;
    await ok(call(s, 'holdMeeting', 'HoldMeetingInput', { meetingId }, staff, '{ meeting { state } }'));
    const added = (await ok(
      call(
        s,
        'addActionItem',
        'AddActionItemInput',
        { meetingId, title: '更换单元门禁', ownerOrganisationId: company.id, dueDays: 2 },
        staff,
        '{ actionItem { id dueAt isOverdue } }',
      ),
    )) as { addActionItem: { actionItem: { id: string; dueAt: string; isOverdue: boolean } } };
    const item = added.addActionItem.actionItem;
    expect(item.isOverdue).toBe(false);
    // Two working days: at least two calendar days away, at the end of a Shanghai day.
    expect(new Date(item.dueAt).getTime()).toBeGreaterThan(Date.now() + DAY);
    expect(await notices(owner.user.id, 'MEETING_ACTION_ASSIGNED')).toBe(1);

    const watch = s.app.services.meetingActions;
    const before = await watch.watch(new Date(Date.now() + DAY / 2));
    expect(before.result?.overdue).toBe(0);
    const later = new Date(new Date(item.dueAt).getTime() + 3 * 3_600_000);
    expect((await watch.watch(later)).result?.overdue).toBe(1);
    expect((await watch.watch(new Date(later.getTime() + 3_600_000))).result?.overdue).toBe(0);
    expect((await watch.watch(new Date(later.getTime() + 5 * DAY))).result?.overdue).toBe(0);
    expect(await notices(owner.user.id, 'MEETING_ACTION_OVERDUE')).toBe(1);

    // The tracker flags it once the real clock passes its due time (moved back here to see it).
    await s.db.dataSource.query('UPDATE meeting_action_item SET dueAt = ? WHERE id = ?', [
      s.db.dataSource.options.type === 'better-sqlite3'
        ? new Date(Date.now() - DAY).toISOString().slice(0, 23).replace('T', ' ')
        : new Date(Date.now() - DAY),
      item.id,
    ]);
    const tracker = await s.gql<{ meetingActionItems: { edges: { node: { id: string; isOverdue: boolean } }[] } }>(
      'query($c: ID!) { meetingActionItems(communityId: $c, overdueOnly: true) { edges { node { id isOverdue } } } }',
      { c: community.id },
      await owner.token(),
    );
    expect(tracker.data?.meetingActionItems.edges.map((e) => e.node)).toEqual([{ id: item.id, isOverdue: true }]);
  });

  it('invited parties are told, and reminded once the day before', async () => {
    const community = await buildCommunity(s);
    const person = await buildResident(s, { community });
    const now = new Date();
    const meeting = await buildMeeting(s, { community, startsAt: new Date(now.getTime() + DAY) });
    await buildParty(s, meeting, { userId: person.user.id });
    const watch = s.app.services.meetingActions;
    expect((await watch.watch(now)).result?.reminded).toBe(1);
    expect((await watch.watch(new Date(now.getTime() + 3_600_000))).result?.reminded).toBe(0);
    expect(await notices(person.user.id, 'MEETING_REMINDER')).toBe(1);
  });
});
