/** Factories of the volunteer module: they create the community they are not given. */
import { VolunteerActivityEntity, VolunteerProfileEntity } from '../../src/modules/volunteer/volunteer.entity.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

type Place = { id: string; streetId: string };
const HOUR = 3600_000;

export async function buildActivity(
  f: FactoryContext,
  o: {
    community?: Place;
    title?: string;
    capacity?: number;
    pointsPerHour?: number;
    startsAt?: Date;
    signupDeadline?: Date;
  } = {},
): Promise<VolunteerActivityEntity> {
  const community = o.community ?? (await buildCommunity(f));
  const startsAt = o.startsAt ?? new Date(Date.now() + 24 * HOUR);
  return f.db.dataSource.getRepository(VolunteerActivityEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    title: o.title ?? `活动${seq()}`,
    description: null,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * HOUR),
    place: '社区活动室',
    capacity: o.capacity ?? 10,
    organiserOrganisationId: null,
    skillsWanted: '',
    pointsPerHour: o.pointsPerHour ?? 2,
    signupDeadline: o.signupDeadline ?? startsAt,
    checkCode: '123456',
    signedUpCount: 0,
    lastPosition: 0,
    createdById: null,
  } as VolunteerActivityEntity);
}

export async function buildVolunteer(
  f: FactoryContext,
  o: { community?: Place; userId: string; skills?: string[]; partyMember?: boolean },
): Promise<VolunteerProfileEntity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(VolunteerProfileEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    userId: o.userId,
    skillTags: o.skills?.length ? `|${o.skills.join('|')}|` : '',
    availability: null,
    partyMember: o.partyMember ?? false,
    active: true,
    sourceTicketId: null,
  } as VolunteerProfileEntity);
}
