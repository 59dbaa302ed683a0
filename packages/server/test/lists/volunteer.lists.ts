/** Rows for the statement-count test of the volunteer module's lists; statements.test.ts collects this file by name. */
import { VolunteerSignupEntity } from '../../src/modules/volunteer/volunteer.entity.js';
import { HoursStatus, SignupStatus } from '../../src/modules/volunteer/volunteer.enums.js';
import { buildCommunity, buildResident, buildStaff, buildUser } from '../factories/index.js';
import { buildActivity, buildVolunteer } from '../factories/volunteer.js';
import type { TestServer } from '../helpers/server.js';

interface Data {
  staff: string;
  resident: string;
  c: string;
  activity: string;
}
let data: Promise<Data> | undefined;

/** One community with 21 volunteers and activities; one activity with 21 recorded sign-ups; a resident on 21 activities. */
function fill(s: TestServer): Promise<Data> {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const resident = await buildResident(s, { community });
    const main = await buildActivity(s, { community, capacity: 30 });
    const repo = s.db.dataSource.getRepository(VolunteerSignupEntity);
    const signup = (activityId: string, userId: string, position: number) =>
      repo.save({
        activityId,
        userId,
        streetId: community.streetId,
        communityId: community.id,
        status: SignupStatus.SIGNED_UP,
        position,
        checkedInAt: new Date(Date.now() - 3600_000),
        checkedOutAt: new Date(),
        recordedMinutes: 60,
        approvedMinutes: null,
        hoursStatus: HoursStatus.RECORDED,
        correctionReason: null,
        approvedById: null,
        approvedAt: null,
      } as VolunteerSignupEntity);
    for (let i = 0; i < 21; i++) {
      const u = await buildUser(s);
      await buildVolunteer(s, { community, userId: u.user.id, skills: ['古筝'] });
      await signup(main.id, u.user.id, i + 1);
      const other = await buildActivity(s, { community });
      await signup(other.id, resident.user.id, 1);
    }
    return { staff: await staff.token(), resident: await resident.token(), c: community.id, activity: main.id };
  })();
  return data;
}

export const LISTS = {
  volunteers: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.staff, args: `communityId: "${d.c}"` };
  },
  volunteerActivities: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: `communityId: "${d.c}"` };
  },
  volunteerSignups: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.staff, args: `activityId: "${d.activity}"` };
  },
  volunteerHours: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.staff, args: `communityId: "${d.c}"` };
  },
  mySignups: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: '' };
  },
};
