/** Matrix rows of the volunteer module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { VolunteerSignupEntity } from '../../src/modules/volunteer/volunteer.entity.js';
import { HoursStatus, SignupStatus } from '../../src/modules/volunteer/volunteer.enums.js';
import { buildTicket, buildUser } from '../factories/index.js';
import { buildActivity, buildVolunteer } from '../factories/volunteer.js';
import { at, pick, q, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => ({
  id: pick(c.target, c.w.community.boxue, c.w.community.xingyi),
  streetId: c.w.streetId,
});
const residentOf = (c: RunContext) => pick(c.target, c.w.user.resident, c.w.user.xingyiResident);

/** A sign-up of the target's resident on a fresh activity, at a step of its life. */
async function signup(c: RunContext, step: 'signed' | 'in' | 'recorded'): Promise<string> {
  const community = communityOf(c);
  const a = await buildActivity(c.s, { community });
  const s = await c.s.db.dataSource.getRepository(VolunteerSignupEntity).save({
    activityId: a.id,
    userId: residentOf(c),
    streetId: community.streetId,
    communityId: community.id,
    status: SignupStatus.SIGNED_UP,
    position: 1,
    checkedInAt: step === 'signed' ? null : new Date(Date.now() - 3600_000),
    checkedOutAt: step === 'recorded' ? new Date() : null,
    recordedMinutes: step === 'recorded' ? 60 : null,
    approvedMinutes: null,
    hoursStatus: step === 'recorded' ? HoursStatus.RECORDED : HoursStatus.NONE,
    correctionReason: null,
    approvedById: null,
    approvedAt: null,
  } as VolunteerSignupEntity);
  c.scratch.activity = a.id;
  c.scratch.signup = s.id;
  return s.id;
}
const signupNow = async (c: RunContext) => {
  const d = await read<{
    volunteerSignups: {
      edges: { node: { id: string; status: string; hoursStatus: string; checkedInAt: string | null } }[];
    };
  }>(
    c,
    'query($a: ID!) { volunteerSignups(activityId: $a, first: 100) { edges { node { id status hoursStatus checkedInAt } } } }',
    { a: c.scratch.activity },
  );
  return d.volunteerSignups.edges.find((e) => e.node.id === c.scratch.signup)?.node;
};

const PUBLIC = 'UN OK/NF OK/NF NF/OK NF NF OK OK NF NF UN';
const STAFF = 'UN FB/NF OK/NF NF/OK NF NF OK OK NF NF UN';
const ANYONE = 'UN OK OK OK OK OK OK OK OK OK UN';
const RESIDENT_ONLY = 'UN OK/NF FB/NF NF/FB NF NF FB FB NF NF UN';

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const VOLUNTEER_ROWS: Record<string, Rule> = {
  volunteers: {
    expect: STAFF,
    list: 'volunteers',
    run: async (c) => {
      const u = await buildUser(c.s);
      await buildVolunteer(c.s, { community: communityOf(c), userId: u.user.id, skills: ['古筝'] });
      return c.s.gql(
        'query($c: ID!) { volunteers(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  myVolunteerProfile: {
    expect: ANYONE,
    run: q('query($c: ID!) { myVolunteerProfile(communityId: $c) { id } }', (c) => ({ c: communityOf(c).id })),
  },
  volunteerActivities: {
    expect: PUBLIC,
    list: 'volunteerActivities',
    run: async (c) => {
      await buildActivity(c.s, { community: communityOf(c) });
      return c.s.gql(
        'query($c: ID!) { volunteerActivities(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  volunteerActivity: {
    expect: PUBLIC,
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { volunteerActivity(id: $id) { id } }',
        { id: (await buildActivity(c.s, { community: communityOf(c) })).id },
        c.token,
      ),
  },
  volunteerSignups: {
    expect: STAFF,
    list: 'volunteerSignups',
    run: async (c) => {
      await signup(c, 'signed');
      return c.s.gql(
        'query($a: ID!) { volunteerSignups(activityId: $a) { totalCount } }',
        { a: c.scratch.activity },
        c.token,
      );
    },
  },
  volunteerHours: {
    expect: STAFF,
    list: 'volunteerHours',
    run: async (c) => {
      await signup(c, 'recorded');
      return c.s.gql(
        'query($c: ID!) { volunteerHours(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  mySignups: { expect: ANYONE, run: q('{ mySignups { totalCount } }') },
  myVolunteerRecord: { expect: ANYONE, run: q('{ myVolunteerRecord { totalMinutes } }') },
  saveMyVolunteerProfile: {
    expect: RESIDENT_ONLY,
    run: (c) =>
      c.s.gql(
        'mutation($i: SaveMyVolunteerProfileInput!) { saveMyVolunteerProfile(input: $i) { profile { id } } }',
        { i: { communityId: communityOf(c).id, skills: ['古筝'], availability: '周末' } },
        c.token,
      ),
    effect: async (c, r) => {
      const d = await read<{ myVolunteerProfile: { id: string } | null }>(
        c,
        'query($c: ID!) { myVolunteerProfile(communityId: $c) { id } }',
        { c: communityOf(c).id },
        c.token,
      );
      expect(d.myVolunteerProfile?.id).toBe(at(r, 'saveMyVolunteerProfile.profile.id'));
    },
  },
  createVolunteerFromTicket: {
    expect: 'UN NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      const community = await c.w.ds.getRepository(CommunityEntity).findOneByOrFail({ id: communityOf(c).id });
      const t = await buildTicket(c.s, { community, state: 'ACCEPTED', title: '我想报名当志愿者' });
      return c.s.gql(
        'mutation($i: CreateVolunteerFromTicketInput!) { createVolunteerFromTicket(input: $i) { profile { id } } }',
        { i: { ticketId: t.id, skills: ['急救'] } },
        c.token,
      );
    },
    effect: async (c, r) => {
      const d = await read<{ volunteers: { edges: { node: { id: string } }[] } }>(
        c,
        'query($c: ID!) { volunteers(communityId: $c, first: 100) { edges { node { id } } } }',
        { c: communityOf(c).id },
      );
      expect(d.volunteers.edges.map((e) => e.node.id)).toContain(at(r, 'createVolunteerFromTicket.profile.id'));
    },
  },
  updateVolunteer: {
    expect: 'UN NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      const u = await buildUser(c.s);
      const p = await buildVolunteer(c.s, { community: communityOf(c), userId: u.user.id });
      c.scratch.profile = p.id;
      return c.s.gql(
        'mutation($i: UpdateVolunteerInput!) { updateVolunteer(input: $i) { profile { id } } }',
        { i: { profileId: p.id, skills: ['书法'], partyMember: true } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{
        volunteers: { edges: { node: { id: string; skills: string[]; partyMember: boolean } }[] };
      }>(
        c,
        'query($c: ID!) { volunteers(communityId: $c, skill: "书法", first: 100) { edges { node { id skills partyMember } } } }',
        { c: communityOf(c).id },
      );
      expect(d.volunteers.edges.map((e) => e.node)).toContainEqual({
        id: c.scratch.profile,
        skills: ['书法'],
        partyMember: true,
      });
    },
  },
  createVolunteerActivity: {
    expect: STAFF,
    run: (c) => {
      c.scratch.title = `矩阵活动-${c.actor}-${c.target}`;
      const start = Date.now() + 48 * 3600_000;
      return c.s.gql(
        'mutation($i: CreateActivityInput!) { createVolunteerActivity(input: $i) { activity { id } } }',
        {
          i: {
            communityId: communityOf(c).id,
            title: c.scratch.title,
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + 7200_000).toISOString(),
            place: '文化家园',
            capacity: 10,
            pointsPerHour: 2,
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ volunteerActivities: { edges: { node: { title: string } }[] } }>(
        c,
        'query($c: ID!) { volunteerActivities(communityId: $c, first: 100) { edges { node { title } } } }',
        { c: communityOf(c).id },
      );
      expect(d.volunteerActivities.edges.map((e) => e.node.title)).toContain(c.scratch.title);
    },
  },
  signUpForActivity: {
    expect: RESIDENT_ONLY,
    run: async (c) => {
      const a = await buildActivity(c.s, { community: communityOf(c) });
      return c.s.gql(
        'mutation($i: SignUpInput!) { signUpForActivity(input: $i) { signup { id } } }',
        { i: { activityId: a.id } },
        c.token,
      );
    },
    effect: async (c, r) => {
      const d = await read<{ mySignups: { edges: { node: { id: string } }[] } }>(
        c,
        '{ mySignups(first: 100) { edges { node { id } } } }',
        {},
        c.token,
      );
      expect(d.mySignups.edges.map((e) => e.node.id)).toContain(at(r, 'signUpForActivity.signup.id'));
    },
  },
  cancelActivitySignup: {
    expect: 'UN OK/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) =>
      c.s.gql(
        'mutation($i: CancelSignupInput!) { cancelActivitySignup(input: $i) { signup { id } } }',
        { i: { signupId: await signup(c, 'signed') } },
        c.token,
      ),
    effect: async (c) => expect((await signupNow(c))?.status).toBe('CANCELLED'),
  },
  checkInVolunteer: {
    expect: STAFF,
    run: async (c) =>
      c.s.gql(
        'mutation($i: CheckInput!) { checkInVolunteer(input: $i) { signup { id } } }',
        { i: { signupId: await signup(c, 'signed') } },
        c.token,
      ),
    effect: async (c) => expect((await signupNow(c))?.checkedInAt).toBeTruthy(),
  },
  checkOutVolunteer: {
    expect: STAFF,
    run: async (c) =>
      c.s.gql(
        'mutation($i: CheckInput!) { checkOutVolunteer(input: $i) { signup { id } } }',
        { i: { signupId: await signup(c, 'in') } },
        c.token,
      ),
    effect: async (c) => expect((await signupNow(c))?.hoursStatus).toBe('RECORDED'),
  },
  approveVolunteerHours: {
    expect: STAFF,
    run: async (c) =>
      c.s.gql(
        'mutation($i: ApproveHoursInput!) { approveVolunteerHours(input: $i) { signup { id } } }',
        { i: { signupId: await signup(c, 'recorded') } },
        c.token,
      ),
    effect: async (c) => expect((await signupNow(c))?.hoursStatus).toBe('APPROVED'),
  },
};
