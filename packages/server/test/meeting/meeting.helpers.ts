/** GraphQL snippets the meeting tests share. */
import { expect } from 'vitest';
import type { GqlResult, TestServer } from '../helpers/server.js';

export const MEETING_FIELDS =
  'id title state minutesState registeredCount checkInCode checkInLink minutesHtml viewerCan { manage register } agenda { id position ticketId topic resolution { text outcome } } parties { id kind organisationId userId attendance checkedInAt }';

export async function ok<T>(p: Promise<GqlResult<T>>): Promise<T> {
  const r = await p;
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

/** Calls one meeting mutation with its input; the payload's selection is given. */
export const call = (
  s: TestServer,
  mutation: string,
  type: string,
  input: Record<string, unknown>,
  token: string | undefined,
  selection = `{ meeting { ${MEETING_FIELDS} } }`,
) => s.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) ${selection} }`, { i: input }, token);

export const createMeeting = (s: TestServer, token: string | undefined, input: Record<string, unknown>) =>
  call(
    s,
    'createMeeting',
    'CreateMeetingInput',
    {
      title: '十二月圆桌会',
      kind: 'MONTHLY_ROUND_TABLE',
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      place: '社区三楼会议室',
      ...input,
    },
    token,
  );

export const readMeeting = (s: TestServer, id: string, token: string | undefined) =>
  s.gql<{
    meeting: Record<string, unknown> & {
      agenda: { id: string; ticketId: string | null; topic: string }[];
      parties: { id: string; kind: string; userId: string | null; organisationId: string | null; attendance: string }[];
    };
  }>(`query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`, { id }, token);

export const readTicket = (s: TestServer, id: string, token: string | undefined) =>
  s.gql<{
    ticket: {
      state: string;
      timeline: { edges: { node: { type: string; note: string | null; toState: string | null } }[] };
      meetingAgendaItems: { meetingTitle: string }[];
      meetingActionItems: { title: string }[];
      assignments: { deadline: { dueAt: string } }[];
    };
  }>(
    'query($id: ID!) { ticket(id: $id) { state timeline(first: 50) { edges { node { type note toState } } } meetingAgendaItems { meetingTitle topic resolution { outcome } } meetingActionItems { title } } }',
    { id },
    token,
  );
