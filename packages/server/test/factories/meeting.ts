/** Factories of the meeting module: create the community (and owner organisation) they are not given. */
import { randomBytes } from 'node:crypto';
import {
  MeetingActionItemEntity,
  MeetingEntity,
  MeetingPartyEntity,
} from '../../src/modules/meeting/meeting.entity.js';
import {
  ActionItemState,
  Attendance,
  MeetingKind,
  MeetingPartyKind,
  MeetingState,
  MinutesState,
} from '../../src/modules/meeting/meeting.enums.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity, buildOrganisation } from './org.js';

type Community = { id: string; streetId: string };

/** A planned meeting (starting in an hour unless `startsAt` is given), open to residents if asked. */
export async function buildMeeting(
  f: FactoryContext,
  o: {
    community?: Community;
    title?: string;
    startsAt?: Date;
    state?: 'PLANNED' | 'HELD' | 'CANCELLED';
    openToResidents?: boolean;
    residentCapacity?: number;
  } = {},
): Promise<MeetingEntity> {
  const community = o.community ?? (await buildCommunity(f));
  const startsAt = o.startsAt ?? new Date(Date.now() + 3_600_000);
  return f.db.dataSource.getRepository(MeetingEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    title: o.title ?? `圆桌会-${seq()}`.slice(0, 100),
    kind: MeetingKind.MONTHLY_ROUND_TABLE,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    place: '社区三楼会议室',
    onlineUrl: null,
    state: (o.state ?? 'PLANNED') as MeetingState,
    cancelReason: null,
    hostOrganisationId: null,
    hostUserId: null,
    openToResidents: o.openToResidents ?? false,
    residentCapacity: o.residentCapacity ?? (o.openToResidents ? 30 : 0),
    registeredCount: 0,
    checkInCode: randomBytes(6).toString('base64url').toUpperCase().slice(0, 8),
    minutesHtml: null,
    minutesState: MinutesState.NONE,
    minutesPublishedAt: null,
    heldAt: o.state === 'HELD' ? new Date() : null,
    remindedAt: null,
    createdById: 'factory',
  } as MeetingEntity);
}

/** An invited organisation (or person) of a meeting. */
export async function buildParty(
  f: FactoryContext,
  meeting: MeetingEntity,
  who: { organisationId?: string; userId?: string },
): Promise<MeetingPartyEntity> {
  return f.db.dataSource.getRepository(MeetingPartyEntity).save({
    meetingId: meeting.id,
    communityId: meeting.communityId,
    kind: who.organisationId ? MeetingPartyKind.ORGANISATION : MeetingPartyKind.PERSON,
    partyKey: who.organisationId ? `org:${who.organisationId}` : `user:${who.userId}`,
    organisationId: who.organisationId ?? null,
    userId: who.userId ?? null,
    attendance: Attendance.UNKNOWN,
    checkedInAt: null,
    checkedInById: null,
  } as MeetingPartyEntity);
}

/** An open action item of a held meeting, owned by `ownerOrganisationId` (a new office if not given). */
export async function buildActionItem(
  f: FactoryContext,
  o: { meeting?: MeetingEntity; community?: Community; ownerOrganisationId?: string; dueAt?: Date } = {},
): Promise<MeetingActionItemEntity> {
  const meeting = o.meeting ?? (await buildMeeting(f, { community: o.community, state: 'HELD' }));
  const owner =
    o.ownerOrganisationId ??
    (
      await buildOrganisation(f, {
        kind: 'SOCIAL_ORGANISATION',
        community: { id: meeting.communityId, streetId: meeting.streetId } as never,
      })
    ).id;
  return f.db.dataSource.getRepository(MeetingActionItemEntity).save({
    meetingId: meeting.id,
    agendaItemId: null,
    ticketId: null,
    streetId: meeting.streetId,
    communityId: meeting.communityId,
    title: `督办-${seq()}`,
    ownerOrganisationId: owner,
    dueDays: 3,
    dueAt: o.dueAt ?? new Date(Date.now() + 3 * 86_400_000),
    state: ActionItemState.OPEN,
    completionNote: null,
    completedAt: null,
    overdueNotifiedAt: null,
  } as MeetingActionItemEntity);
}
