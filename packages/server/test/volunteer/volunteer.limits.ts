/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { VolunteerSignupEntity } from '../../src/modules/volunteer/volunteer.entity.js';
import { HoursStatus, SignupStatus } from '../../src/modules/volunteer/volunteer.enums.js';
import { buildTicket, buildUser } from '../factories/index.js';
import { buildActivity, buildVolunteer } from '../factories/volunteer.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };
const boxue = (c: Ctx) => ({ id: c.w.community.boxue, streetId: c.w.streetId });

async function recorded(c: Ctx) {
  const a = await buildActivity(c.s, { community: boxue(c), startsAt: new Date(Date.now() - 600_000) });
  return c.s.db.dataSource.getRepository(VolunteerSignupEntity).save({
    activityId: a.id,
    userId: c.w.user.resident,
    streetId: c.w.streetId,
    communityId: c.w.community.boxue,
    status: SignupStatus.SIGNED_UP,
    position: 1,
    checkedInAt: new Date(Date.now() - 3600_000),
    checkedOutAt: new Date(),
    recordedMinutes: 60,
    approvedMinutes: null,
    hoursStatus: HoursStatus.RECORDED,
    correctionReason: null,
    approvedById: null,
    approvedAt: null,
  } as VolunteerSignupEntity);
}

export const BASES = {
  saveMyVolunteerProfile: async (c: Ctx) => ({
    token: c.w.tokens.resident,
    values: { communityId: c.w.community.boxue, skills: ['古筝'], availability: '周末' },
  }),
  createVolunteerFromTicket: async (c: Ctx) => {
    const community = await c.s.db.dataSource
      .getRepository(CommunityEntity)
      .findOneByOrFail({ id: c.w.community.boxue });
    const t = await buildTicket(c.s, { community, state: 'ACCEPTED' });
    return { token: c.w.tokens.system, values: { ticketId: t.id, skills: ['急救'] } };
  },
  updateVolunteer: async (c: Ctx) => {
    const u = await buildUser(c.s);
    const p = await buildVolunteer(c.s, { community: boxue(c), userId: u.user.id });
    return { token: c.w.tokens.system, values: { profileId: p.id } };
  },
  createVolunteerActivity: async (c: Ctx) => {
    const start = Date.now() + 48 * 3600_000;
    return {
      token: c.w.tokens.system,
      values: {
        communityId: c.w.community.boxue,
        title: '垃圾分类宣传',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 7200_000).toISOString(),
        place: '文化家园',
        capacity: 10,
        pointsPerHour: 2,
      },
    };
  },
  // With a code the volunteer checks in themselves; at the limit the code is simply wrong.
  checkInVolunteer: async (c: Ctx) => ({
    token: c.w.tokens.resident,
    values: { activityId: (await buildActivity(c.s, { community: boxue(c) })).id, code: '123456' },
    atMax: { code: 'BAD_USER_INPUT code' },
  }),
  checkOutVolunteer: async (c: Ctx) => ({
    token: c.w.tokens.resident,
    values: { activityId: (await buildActivity(c.s, { community: boxue(c) })).id, code: '123456' },
    atMax: { code: 'BAD_USER_INPUT code' },
  }),
  approveVolunteerHours: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { signupId: (await recorded(c)).id },
  }),
};
