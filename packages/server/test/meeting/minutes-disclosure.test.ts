import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildResident, deskOf } from '../factories/index.js';
import { buildMeeting } from '../factories/meeting.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { call, ok } from './meeting.helpers.js';

const AFFAIRS = `query { publications(channel: COMMUNITY_AFFAIRS, first: 20) {
  totalCount edges { node { id title body kind scope communityId status revisionNumber } } } }`;

/** Published minutes go to the community's affairs channel (三务公开) in the same transaction. */
describe('meeting minutes → COMMUNITY_AFFAIRS publication', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('publishes the minutes for the community’s residents; a re-save makes a new revision', async () => {
    const community = await buildCommunity(s);
    const staff = await (await deskOf(s, community)).staff.token();
    const resident = await (await buildResident(s, { community })).token();
    const meeting = await buildMeeting(s, { community, state: 'HELD', title: '十二月圆桌会' });
    type Node = { title: string; body: string; kind: string; communityId: string; revisionNumber: number };
    const read = async () => {
      const r = await s.gql<{ publications: { totalCount: number; edges: { node: Node }[] } }>(AFFAIRS, {}, resident);
      expect(r.errors).toBeUndefined();
      return r.data?.publications;
    };
    const save = (html: string, publish: boolean) =>
      ok(
        call(
          s,
          'saveMeetingMinutes',
          'SaveMeetingMinutesInput',
          { meetingId: meeting.id, html, publish },
          staff,
          '{ meeting { minutesState } }',
        ),
      );

    // A draft publishes nothing.
    await save('<p>草稿</p>', false);
    expect((await read())?.totalCount).toBe(0);

    await save('<p>会议纪要：同意加装电梯<script>alert(1)</script></p>', true);
    const first = await read();
    expect(first?.totalCount).toBe(1);
    expect(first?.edges[0]?.node).toMatchObject({
      title: '会议纪要：十二月圆桌会',
      kind: 'GOVERNMENT_AFFAIRS',
      communityId: community.id,
      revisionNumber: 1,
    });
    expect(first?.edges[0]?.node.body).toContain('会议纪要：同意加装电梯');
    expect(first?.edges[0]?.node.body).not.toContain('script');

    // Saving the published minutes again with a changed text: the same publication, revision 2.
    await save('<p>会议纪要：同意加装电梯，下月开工</p>', false);
    const second = await read();
    expect(second?.totalCount).toBe(1);
    expect(second?.edges[0]?.node.revisionNumber).toBe(2);
    expect(second?.edges[0]?.node.body).toContain('下月开工');

    // A resident of another community does not see it.
    const stranger = await (await buildResident(s)).token();
    const other = await s.gql<{ publications: { totalCount: number } }>(AFFAIRS, {}, stranger);
    expect(other.data?.publications.totalCount).toBe(0);
  });
});
