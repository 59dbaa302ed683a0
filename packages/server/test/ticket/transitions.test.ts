import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { TicketState } from '../../src/modules/ticket/ticket.enums.js';
import { type TicketAction, TRANSITIONS } from '../../src/modules/ticket/ticket.transitions.js';
import { buildCommunity, buildTicket, deskOf, type TicketStateName } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const STATES = Object.values(TicketState);
/** Actions only the meeting module takes, inside its own mutations (tested in test/meeting). */
const MEETING_ONLY = [
  'scheduleInMeeting',
  'recordMeetingDecision',
  'returnFromMeeting',
  // Taken only after a call-back in the same mutation (two events): tested in test/board.
  'reopenAfterCallback',
] as const;
/** Desk actions that also depend on the assignments (whose, overdue or not): tested in test/ticket-desk. */
const DESK_CONDITIONAL = ['acknowledge', 'supervise'] as const;
type ApiAction = Exclude<TicketAction, (typeof MEETING_ONLY)[number] | (typeof DESK_CONDITIONAL)[number]>;
const MUTATIONS: Record<ApiAction, [string, string]> = {
  accept: ['acceptTicket', 'AcceptTicketInput'],
  reject: ['rejectTicket', 'RejectTicketInput'],
  merge: ['mergeTicket', 'MergeTicketInput'],
  reassign: ['reassignTicket', 'ReassignTicketInput'],
  reply: ['replyToTicket', 'ReplyToTicketInput'],
  note: ['addTicketNote', 'AddTicketNoteInput'],
  escalate: ['escalateTicket', 'EscalateTicketInput'],
  answerEscalation: ['answerTicketEscalation', 'AnswerEscalationInput'],
  acknowledgeEscalation: ['acknowledgeTicketEscalation', 'AcknowledgeEscalationInput'],
  referToMeeting: ['referTicketToMeeting', 'ReferTicketToMeetingInput'],
  resolve: ['resolveTicket', 'ResolveTicketInput'],
  rate: ['rateTicket', 'RateTicketInput'],
  reopen: ['reopenTicket', 'ReopenTicketInput'],
  withdraw: ['withdrawTicket', 'WithdrawTicketInput'],
  // A follow-up call (board module).
  callBack: ['recordTicketCallback', 'RecordTicketCallbackInput'],
  changePriority: ['changeTicketPriority', 'ChangeTicketPriorityInput'],
};
const ACTIONS = (Object.keys(TRANSITIONS) as TicketAction[]).filter(
  (a): a is ApiAction => ![...MEETING_ONLY, ...DESK_CONDITIONAL].includes(a as never),
);

describe('ticket lifecycle: every action from every state', () => {
  let server: TestServer;
  let community: CommunityEntity;
  let primaryId: string;
  const ds = () => server.db.dataSource;
  beforeAll(async () => {
    server = await startTestServer();
    community = await buildCommunity(server);
    primaryId = (await buildTicket(server, { community, state: 'ACCEPTED', title: '主工单' })).id;
  });
  afterAll(() => server.close());

  const ticketIn = (state: string) => buildTicket(server, { community, state: state as TicketStateName, primaryId });

  /** Every action as the API call its actor makes: staff of the community, or the submitter. */
  async function act(action: ApiAction, ticketId: string) {
    const desk = await deskOf(server, community);
    const input: Record<ApiAction, Record<string, unknown>> = {
      accept: { organisationIds: [desk.office.id] },
      reject: { reason: '不属于社区事务' },
      merge: { primaryTicketId: primaryId },
      reassign: { organisationIds: [desk.office.id] },
      reply: { body: '已安排维保单位检查。' },
      note: { body: '内部备注' },
      escalate: { departmentId: desk.department.id, reason: '需部门处理' },
      answerEscalation: { answer: '部门已处理。' },
      acknowledgeEscalation: { note: '已签收' },
      referToMeeting: { note: '提交本月圆桌会' },
      resolve: { resolution: '已修复。' },
      rate: { score: 5 },
      reopen: { reason: '还是有异响' },
      withdraw: { reason: '已自行解决' },
      callBack: { reached: false },
      changePriority: { priority: 'URGENT', reason: '影响出行' },
    };
    const [mutation, type] = MUTATIONS[action];
    const byResident = action === 'rate' || action === 'reopen' || action === 'withdraw';
    return server.gql(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id } } }`,
      { i: { ticketId, ...input[action] } },
      await (byResident
        ? desk.resident
        : action === 'acknowledgeEscalation'
          ? desk.departmentStaff
          : desk.staff
      ).token(),
    );
  }

  for (const state of STATES) {
    it(`from ${state}: allowed actions succeed, the others are refused with INVALID_TRANSITION and leave no trace`, async () => {
      const got: string[] = [];
      const want: string[] = [];
      for (const action of ACTIONS) {
        const t = await ticketIn(state);
        const before = await ds().query('SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ?', [t.id]);
        const [{ version: versionBefore }] = await ds().query('SELECT version FROM ticket WHERE id = ?', [t.id]);
        const r = await act(action, t.id);
        const allowed = TRANSITIONS[action].from.includes(state);
        got.push(`${action}: ${codeOf(r)}`);
        // Department staff do not see a ticket never escalated to their department at all.
        const unseen = action === 'acknowledgeEscalation' && codeOf(r) === 'NOT_FOUND' && state !== 'ESCALATED';
        want.push(`${action}: ${allowed ? 'OK' : unseen ? 'NOT_FOUND' : 'INVALID_TRANSITION'}`);
        const after = await ds().query('SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ?', [t.id]);
        const [row] = await ds().query('SELECT state, version FROM ticket WHERE id = ?', [t.id]);
        if (allowed) {
          expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
          const to = TRANSITIONS[action].to ?? state;
          expect(row.state).toBe(to);
          expect(Number(row.version)).toBe(Number(versionBefore) + 1);
        } else {
          expect(Number(after[0].n)).toBe(Number(before[0].n));
          expect(row.state).toBe(state);
          expect(Number(row.version)).toBe(Number(versionBefore));
        }
      }
      expect(got).toEqual(want);
    });
  }

  it('refusals name the action and the state', async () => {
    const t = await ticketIn('RESOLVED');
    const r = await act('accept', t.id);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { action: 'accept', from: 'RESOLVED' },
    });
  });
});
