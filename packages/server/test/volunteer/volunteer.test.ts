import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildResident, buildStaff, buildTicket } from '../factories/index.js';
import { buildActivity, buildVolunteer } from '../factories/volunteer.js';
import { testDialect } from '../helpers/database.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const SIGN = 'mutation($i: SignUpInput!) { signUpForActivity(input: $i) { signup { id status position } } }';
const CANCEL = 'mutation($i: CancelSignupInput!) { cancelActivitySignup(input: $i) { signup { id status } } }';
const IN = 'mutation($i: CheckInput!) { checkInVolunteer(input: $i) { signup { id checkedInAt } } }';
const OUT = 'mutation($i: CheckInput!) { checkOutVolunteer(input: $i) { signup { id recordedMinutes hoursStatus } } }';
const APPROVE =
  'mutation($i: ApproveHoursInput!) { approveVolunteerHours(input: $i) { signup { approvedMinutes hoursStatus correctionReason } } }';

describe(`volunteer service over HTTP (${testDialect})`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('50 concurrent sign-ups for 20 places: 20 signed up, 30 waiting in arrival order; a cancellation moves the first waiting up', async () => {
    const community = await buildCommunity(s);
    const activity = await buildActivity(s, { community, capacity: 20 });
    const people = [];
    for (let i = 0; i < 50; i++) people.push(await buildResident(s, { community }));
    const tokens: string[] = [];
    for (let i = 0; i < 50; i += 10) tokens.push(...(await Promise.all(people.slice(i, i + 10).map((p) => p.token()))));
    const results = await Promise.all(
      tokens.map((t) =>
        s.gql<{ signUpForActivity: { signup: { id: string; status: string; position: number } } }>(
          SIGN,
          { i: { activityId: activity.id } },
          t,
        ),
      ),
    );
    expect(results.map(codeOf)).toEqual(Array(50).fill('OK'));
    const rows = results.map(
      (r) => r.data?.signUpForActivity.signup as { id: string; status: string; position: number },
    );
    rows.sort((a, b) => a.position - b.position);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(rows.slice(0, 20).every((r) => r.status === 'SIGNED_UP')).toBe(true);
    expect(rows.slice(20).every((r) => r.status === 'WAITING')).toBe(true);
    const [a] = await s.db.dataSource.query('SELECT signedUpCount FROM volunteer_activity WHERE id = ?', [activity.id]);
    expect(Number(a.signedUpCount)).toBe(20);
    // Signing up again returns the same place.
    const again = await s.gql<{ signUpForActivity: { signup: { id: string } } }>(
      SIGN,
      { i: { activityId: activity.id } },
      tokens[0],
    );
    expect(again.data?.signUpForActivity.signup.id).toBe(results[0]?.data?.signUpForActivity.signup.id);
    // Two seats cancelled at once: positions 21 and 22 move up, in order.
    const seatA = rows[3] as { id: string };
    const seatB = rows[7] as { id: string };
    const owner = (id: string) =>
      tokens[results.findIndex((r) => r.data?.signUpForActivity.signup.id === id)] as string;
    await Promise.all([
      s.gql(CANCEL, { i: { signupId: seatA.id } }, owner(seatA.id)),
      s.gql(CANCEL, { i: { signupId: seatB.id } }, owner(seatB.id)),
    ]);
    const after = await s.db.dataSource.query(
      "SELECT position FROM volunteer_signup WHERE activityId = ? AND status = 'SIGNED_UP' ORDER BY position",
      [activity.id],
    );
    expect(after).toHaveLength(20);
    expect(after.slice(-2).map((r: { position: number }) => Number(r.position))).toEqual([21, 22]);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const list = await s.gql<{ volunteerSignups: { totalCount: number; edges: { node: { position: number } }[] } }>(
      'query($a: ID!) { volunteerSignups(activityId: $a, status: WAITING, first: 100) { totalCount edges { node { position displayName } } } }',
      { a: activity.id },
      staff,
    );
    expect(list.data?.volunteerSignups.totalCount).toBe(28);
    expect(list.data?.volunteerSignups.edges[0]?.node.position).toBe(23);
  }, 120_000);

  it('the sign-up deadline closes the list', async () => {
    const community = await buildCommunity(s);
    const activity = await buildActivity(s, { community, signupDeadline: new Date(Date.now() - 60_000) });
    const r = await buildResident(s, { community });
    const res = await s.gql(SIGN, { i: { activityId: activity.id } }, await r.token());
    expect(res.errors?.[0]?.extensions?.reason).toBe('VOLUNTEER_SIGNUP_CLOSED');
  });

  it('check in with the code at the place, check out by staff, hours corrected with a reason, points awarded once, record per year', async () => {
    const community = await buildCommunity(s);
    const activity = await buildActivity(s, {
      community,
      pointsPerHour: 6,
      startsAt: new Date(Date.now() - 30 * 60_000),
      signupDeadline: new Date(Date.now() - 40 * 60_000),
    });
    await s.db.dataSource.query('UPDATE volunteer_activity SET signupDeadline = ? WHERE id = ?', [
      s.db.dataSource.options.type === 'better-sqlite3'
        ? new Date(Date.now() + 60_000).toISOString().slice(0, 23).replace('T', ' ')
        : new Date(Date.now() + 60_000),
      activity.id,
    ]);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const r = await buildResident(s, { community });
    const t = await r.token();
    const signup = (
      await s.gql<{ signUpForActivity: { signup: { id: string } } }>(SIGN, { i: { activityId: activity.id } }, t)
    ).data?.signUpForActivity.signup.id as string;
    const wrong = await s.gql(IN, { i: { activityId: activity.id, code: '000000' } }, t);
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('VOLUNTEER_WRONG_CODE');
    expect(codeOf(await s.gql(IN, { i: { activityId: activity.id, code: '123456' } }, t))).toBe('OK');
    expect((await s.gql(IN, { i: { signupId: signup } }, staff)).errors?.[0]?.extensions?.reason).toBe(
      'VOLUNTEER_WRONG_STEP',
    );
    expect(codeOf(await s.gql(OUT, { i: { signupId: signup } }, t))).toBe('FORBIDDEN');
    // Pretend the check-in was two hours ago.
    await s.db.dataSource.query('UPDATE volunteer_signup SET checkedInAt = ? WHERE id = ?', [
      s.db.dataSource.options.type === 'better-sqlite3'
        ? new Date(Date.now() - 120 * 60_000).toISOString().slice(0, 23).replace('T', ' ')
        : new Date(Date.now() - 120 * 60_000),
      signup,
    ]);
    const out = await s.gql<{ checkOutVolunteer: { signup: { recordedMinutes: number; hoursStatus: string } } }>(
      OUT,
      { i: { signupId: signup } },
      staff,
    );
    expect(out.data?.checkOutVolunteer.signup).toEqual({ id: signup, recordedMinutes: 120, hoursStatus: 'RECORDED' });
    expect(
      (
        await s.gql<{ myPointsBalance: number }>(
          'query($c: ID!) { myPointsBalance(communityId: $c) }',
          { c: community.id },
          t,
        )
      ).data,
    ).toEqual({ myPointsBalance: 0 });
    const noReason = await s.gql(APPROVE, { i: { signupId: signup, minutes: 90 } }, staff);
    expect(noReason.errors?.[0]?.extensions?.reason).toBe('VOLUNTEER_REASON_REQUIRED');
    const [ok, twice] = await Promise.all([
      s.gql(APPROVE, { i: { signupId: signup, minutes: 90, reason: '提前半小时离开' } }, staff),
      s.gql(APPROVE, { i: { signupId: signup, minutes: 90, reason: '提前半小时离开' } }, staff),
    ]);
    expect([codeOf(ok), codeOf(twice)].sort()).toEqual(['CONFLICT', 'OK']);
    expect(
      (
        await s.gql<{ myPointsBalance: number }>(
          'query($c: ID!) { myPointsBalance(communityId: $c) }',
          { c: community.id },
          t,
        )
      ).data,
    ).toEqual({ myPointsBalance: 9 });
    const record = await s.gql<{ myVolunteerRecord: { totalMinutes: number; years: { minutes: number }[] } }>(
      'query($c: ID) { myVolunteerRecord(communityId: $c) { totalMinutes activities years { year minutes activities } } }',
      { c: community.id },
      t,
    );
    expect(record.data?.myVolunteerRecord.totalMinutes).toBe(90);
    expect(record.data?.myVolunteerRecord.years).toHaveLength(1);
  });

  it('staff make a volunteer from a volunteer-offer ticket in one step; the party flag is for staff only', async () => {
    const community = await buildCommunity(s);
    const staffP = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const staff = await staffP.token();
    const t = await buildTicket(s, { community, state: 'ACCEPTED', title: '我想当志愿者，会弹古筝' });
    const made = await s.gql<{
      createVolunteerFromTicket: {
        profile: { userId: string; skills: string[]; partyMember: boolean; sourceTicketId: string };
      };
    }>(
      'mutation($i: CreateVolunteerFromTicketInput!) { createVolunteerFromTicket(input: $i) { profile { userId skills partyMember sourceTicketId } } }',
      { i: { ticketId: t.id, skills: ['古筝', ' 急救 '] } },
      staff,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.createVolunteerFromTicket.profile).toEqual({
      userId: t.resident.user.id,
      skills: ['古筝', '急救'],
      partyMember: false,
      sourceTicketId: t.id,
    });
    const list = await s.gql<{ volunteers: { totalCount: number } }>(
      'query($c: ID!) { volunteers(communityId: $c, skill: "古筝") { totalCount edges { node { displayName skills } } } }',
      { c: community.id },
      staff,
    );
    expect(list.data?.volunteers.totalCount).toBe(1);
    const mine = await s.gql<{ myVolunteerProfile: { partyMember: boolean | null } }>(
      'query($c: ID!) { myVolunteerProfile(communityId: $c) { partyMember skills } }',
      { c: community.id },
      await t.resident.token(),
    );
    expect(mine.data?.myVolunteerProfile.partyMember).toBeNull();
    const other = await buildCommunity(s);
    const outsider = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: other })).token();
    expect(
      codeOf(
        await s.gql(
          'mutation($i: CreateVolunteerFromTicketInput!) { createVolunteerFromTicket(input: $i) { profile { id } } }',
          { i: { ticketId: t.id, skills: [] } },
          outsider,
        ),
      ),
    ).toBe('NOT_FOUND');
    const r = await buildResident(s, { community });
    await buildVolunteer(s, { community, userId: r.user.id, skills: ['书法'] });
    expect(
      codeOf(
        await s.gql(
          'query($c: ID!) { volunteers(communityId: $c) { totalCount } }',
          { c: community.id },
          await r.token(),
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
