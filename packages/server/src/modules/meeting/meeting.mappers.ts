import type {
  MeetingActionItemEntity,
  MeetingAgendaItemEntity,
  MeetingEntity,
  MeetingPartyEntity,
} from './meeting.entity.js';
import { ActionItemState, ResolutionOutcome } from './meeting.enums.js';
import type { Meeting, MeetingActionItem, MeetingAgendaItem, MeetingParty } from './meeting.types.js';

export const toMeeting = (e: MeetingEntity): Meeting => ({
  id: e.id,
  streetId: e.streetId,
  communityId: e.communityId,
  title: e.title,
  kind: e.kind,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  place: e.place,
  onlineUrl: e.onlineUrl,
  state: e.state,
  cancelReason: e.cancelReason,
  hostOrganisationId: e.hostOrganisationId,
  openToResidents: e.openToResidents,
  residentCapacity: e.residentCapacity,
  registeredCount: e.registeredCount,
  minutesState: e.minutesState,
  minutesPublishedAt: e.minutesPublishedAt,
  heldAt: e.heldAt,
  createdAt: e.createdAt,
  minutesHtml: e.minutesHtml,
  checkInCode: e.checkInCode,
});

export const toParty = (e: MeetingPartyEntity): MeetingParty => ({
  id: e.id,
  meetingId: e.meetingId,
  kind: e.kind,
  organisationId: e.organisationId,
  userId: e.userId,
  attendance: e.attendance,
  checkedInAt: e.checkedInAt,
});

export const toAgendaItem = (e: MeetingAgendaItemEntity): MeetingAgendaItem => ({
  id: e.id,
  meetingId: e.meetingId,
  position: e.position,
  ticketId: e.ticketId,
  topic: e.topic,
  resolution:
    e.resolutionText && e.resolvedAt
      ? {
          text: e.resolutionText,
          agreedBy: e.agreedBy,
          outcome: e.outcome ?? ResolutionOutcome.NONE,
          resolvedAt: e.resolvedAt,
        }
      : null,
});

export const toActionItem = (e: MeetingActionItemEntity, now = new Date()): MeetingActionItem => ({
  id: e.id,
  meetingId: e.meetingId,
  agendaItemId: e.agendaItemId,
  ticketId: e.ticketId,
  streetId: e.streetId,
  communityId: e.communityId,
  title: e.title,
  ownerOrganisationId: e.ownerOrganisationId,
  dueDays: e.dueDays,
  dueAt: e.dueAt,
  state: e.state,
  isOverdue: e.state === ActionItemState.OPEN && e.dueAt.getTime() < now.getTime(),
  completionNote: e.completionNote,
  completedAt: e.completedAt,
  createdAt: e.createdAt,
});
