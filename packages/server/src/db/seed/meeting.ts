import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  MeetingActionItemEntity,
  MeetingAgendaItemEntity,
  MeetingEntity,
  MeetingPartyEntity,
} from '../../modules/meeting/meeting.entity.js';
import {
  ActionItemState,
  Attendance,
  MeetingKind,
  MeetingPartyKind,
  MeetingState,
  MinutesState,
  ResolutionOutcome,
} from '../../modules/meeting/meeting.enums.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';

const HELD = '十一月圆桌会（示例）';
const DAY = 86_400_000;
const code = () => randomBytes(6).toString('base64url').toUpperCase().slice(0, 8);

/**
 * Demo meetings of 博学路社区 (idempotent: skipped once the held one exists): last month's round
 * table, held, with published minutes, a resolution and an action item of 绿城物业 now overdue;
 * and next week's, planned and open to residents.
 */
export async function seedMeetings(ds: DataSource): Promise<void> {
  const meetings = ds.getRepository(MeetingEntity);
  if (await meetings.existsBy({ title: HELD })) return;
  const community = await ds.getRepository(CommunityEntity).findOneBy({ name: '博学路社区' });
  const office = await ds.getRepository(OrganisationEntity).findOneBy({ name: '博学路社区居委会' });
  const greentown = await ds.getRepository(OrganisationEntity).findOneBy({ name: '绿城物业服务集团' });
  if (!community || !office || !greentown) return;
  const base = {
    streetId: community.streetId,
    communityId: community.id,
    onlineUrl: null,
    cancelReason: null,
    hostOrganisationId: office.id,
    hostUserId: null,
    remindedAt: null,
    createdById: 'seed',
    registeredCount: 0,
  };
  const held = await meetings.save({
    ...base,
    title: HELD,
    kind: MeetingKind.MONTHLY_ROUND_TABLE,
    startsAt: new Date(Date.now() - 20 * DAY),
    endsAt: new Date(Date.now() - 20 * DAY + 2 * 3_600_000),
    place: '博学路社区三楼会议室',
    state: MeetingState.HELD,
    openToResidents: false,
    residentCapacity: 0,
    checkInCode: code(),
    minutesHtml:
      '<h3>会议纪要</h3><p>社区、物业、业委会和居民代表就小区停车秩序进行了协商。</p><ul><li>物业两周内在东门划定临时停车位。</li></ul>',
    minutesState: MinutesState.PUBLISHED,
    minutesPublishedAt: new Date(Date.now() - 19 * DAY),
    heldAt: new Date(Date.now() - 20 * DAY),
  } as MeetingEntity);
  await meetings.save({
    ...base,
    title: '十二月圆桌会（示例）',
    kind: MeetingKind.MONTHLY_ROUND_TABLE,
    startsAt: new Date(Date.now() + 7 * DAY),
    endsAt: new Date(Date.now() + 7 * DAY + 2 * 3_600_000),
    place: '博学路社区三楼会议室',
    state: MeetingState.PLANNED,
    openToResidents: true,
    residentCapacity: 20,
    checkInCode: code(),
    minutesHtml: null,
    minutesState: MinutesState.NONE,
    minutesPublishedAt: null,
    heldAt: null,
  } as MeetingEntity);
  for (const org of [office, greentown]) {
    await ds.getRepository(MeetingPartyEntity).save({
      meetingId: held.id,
      communityId: community.id,
      kind: MeetingPartyKind.ORGANISATION,
      partyKey: `org:${org.id}`,
      organisationId: org.id,
      userId: null,
      attendance: Attendance.PRESENT,
      checkedInAt: held.startsAt,
      checkedInById: null,
    } as MeetingPartyEntity);
  }
  const item = await ds.getRepository(MeetingAgendaItemEntity).save({
    meetingId: held.id,
    communityId: community.id,
    position: 1,
    ticketId: null,
    topic: '小区停车秩序',
    resolutionText: '物业两周内在东门划定临时停车位，社区协调交警加强夜间巡查。',
    agreedBy: '社区、物业、业委会、居民代表',
    outcome: ResolutionOutcome.NONE,
    resolvedAt: held.startsAt,
  } as MeetingAgendaItemEntity);
  await ds.getRepository(MeetingActionItemEntity).save({
    meetingId: held.id,
    agendaItemId: item.id,
    ticketId: null,
    streetId: community.streetId,
    communityId: community.id,
    title: '东门划定临时停车位',
    ownerOrganisationId: greentown.id,
    dueDays: 10,
    dueAt: new Date(Date.now() - 3 * DAY),
    state: ActionItemState.OPEN,
    completionNote: null,
    completedAt: null,
    overdueNotifiedAt: null,
  } as MeetingActionItemEntity);
}
