/** Rows for the statement-count test of the meeting module's lists; statements.test.ts collects this file by name. */

import { MeetingAgendaItemEntity } from '../../src/modules/meeting/meeting.entity.js';
import { buildCommunity, buildOrganisation, buildResident, buildStaff } from '../factories/index.js';
import { buildActionItem, buildMeeting, buildParty } from '../factories/meeting.js';
import type { TestServer } from '../helpers/server.js';

interface Fixture {
  community: { id: string; streetId: string };
  staff: string;
  resident: string;
}
let data: Promise<Fixture> | undefined;

/** One community with 21 open meetings, each with a party, an agenda item and an action item. */
function fixture(s: TestServer): Promise<Fixture> {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const office = await buildOrganisation(s, { kind: 'COMMUNITY_OFFICE', community });
    const resident = await buildResident(s, { community });
    for (let i = 0; i < 21; i++) {
      const meeting = await buildMeeting(s, { community, openToResidents: true });
      await buildParty(s, meeting, { organisationId: office.id });
      await buildParty(s, meeting, { userId: resident.user.id });
      await s.db.dataSource.getRepository(MeetingAgendaItemEntity).save({
        meetingId: meeting.id,
        communityId: meeting.communityId,
        position: 1,
        ticketId: null,
        topic: `议题${i}`,
        resolutionText: '决议',
        agreedBy: '各方',
        outcome: 'NONE',
        resolvedAt: new Date(),
      } as MeetingAgendaItemEntity);
      await buildActionItem(s, { meeting, ownerOrganisationId: office.id });
    }
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    return { community, staff: await staff.token(), resident: await resident.token() };
  })();
  return data;
}

export const LISTS = {
  meetings: async (s: TestServer) => {
    const f = await fixture(s);
    return { token: f.staff, args: `communityId: "${f.community.id}"` };
  },
  openMeetings: async (s: TestServer) => {
    const f = await fixture(s);
    return { token: f.resident, args: `communityId: "${f.community.id}"` };
  },
  meetingActionItems: async (s: TestServer) => {
    const f = await fixture(s);
    return { token: f.staff, args: `communityId: "${f.community.id}"` };
  },
};
