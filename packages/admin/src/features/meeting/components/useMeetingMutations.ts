import { useMutation } from '@apollo/client/react';
import type {
  AddActionItemInput,
  Attendance,
  InviteMeetingPartyInput,
  RecordResolutionInput,
} from '../../../gql/graphql';
import {
  AddActionItemDocument,
  AddAgendaItemDocument,
  CancelMeetingDocument,
  HoldMeetingDocument,
  InviteMeetingPartyDocument,
  RecordAttendanceDocument,
  RecordResolutionDocument,
  ReorderAgendaDocument,
  SaveMeetingMinutesDocument,
} from '../graphql/meeting';
import { useRun } from './useRun';

/** Every organiser action of the meeting drawer, each refreshing the meeting afterwards. */
export function useMeetingMutations(refresh: () => unknown) {
  const { run, busy } = useRun(refresh);
  const [addItem] = useMutation(AddAgendaItemDocument);
  const [reorder] = useMutation(ReorderAgendaDocument);
  const [invite] = useMutation(InviteMeetingPartyDocument);
  const [attend] = useMutation(RecordAttendanceDocument);
  const [holdIt] = useMutation(HoldMeetingDocument);
  const [cancelIt] = useMutation(CancelMeetingDocument);
  const [minutes] = useMutation(SaveMeetingMinutesDocument);
  const [resolve] = useMutation(RecordResolutionDocument);
  const [addAction] = useMutation(AddActionItemDocument);
  return {
    busy,
    /** Adds tickets one after another (each its own step on the ticket's timeline), then a topic if given. */
    addItems: (meetingId: string, ticketIds: string[], topic?: string) =>
      run(async () => {
        for (const ticketId of ticketIds) await addItem({ variables: { input: { meetingId, ticketId } } });
        if (topic) await addItem({ variables: { input: { meetingId, topic } } });
      }),
    reorder: (meetingId: string, itemIds: string[]) =>
      run(() => reorder({ variables: { input: { meetingId, itemIds } } })),
    invite: (input: InviteMeetingPartyInput) => run(() => invite({ variables: { input } })),
    attend: (partyId: string, attendance: Attendance) =>
      run(() => attend({ variables: { input: { partyId, attendance } } })),
    hold: (meetingId: string) => run(() => holdIt({ variables: { input: { meetingId } } })),
    cancel: (meetingId: string, reason: string) => run(() => cancelIt({ variables: { input: { meetingId, reason } } })),
    minutes: (meetingId: string, html: string, publish: boolean) =>
      run(() => minutes({ variables: { input: { meetingId, html, publish } } })),
    resolve: (input: RecordResolutionInput) => run(() => resolve({ variables: { input } })),
    addAction: (input: AddActionItemInput) => run(() => addAction({ variables: { input } })),
  };
}

export type MeetingMutations = ReturnType<typeof useMeetingMutations>;
