import { expect } from 'vitest';
import type { GqlResult, TestServer } from './server.js';
import type { World } from './world.js';

let seq = 0;
export const key = () => `test-${process.pid}-${Date.now()}-${++seq}`;

export interface TicketRow {
  id: string;
  state: string;
  version: number;
}

const SUBMIT = `mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id state version } } }`;

/** A resident's ticket in Boxue (天钜银河府 by default), through the API. */
export async function submit(
  s: TestServer,
  w: World,
  opts: { token?: string; code?: string; estateId?: string | null; title?: string; idempotencyKey?: string } = {},
): Promise<TicketRow> {
  const r = await s.gql<{ submitTicket: { ticket: TicketRow } }>(
    SUBMIT,
    {
      i: {
        categoryId: w.category.boxue[opts.code ?? 'FACILITIES_REPAIR'],
        title: opts.title ?? '电梯异响',
        body: '3幢1单元电梯运行时有明显异响，请尽快检修。',
        estateId: opts.estateId === null ? undefined : (opts.estateId ?? w.estate.tianju),
        anonymous: false,
        idempotencyKey: opts.idempotencyKey ?? key(),
      },
    },
    opts.token ?? w.tokens.resident,
  );
  expect(r.errors).toBeUndefined();
  return (r.data as { submitTicket: { ticket: TicketRow } }).submitTicket.ticket;
}

const FIELDS = '{ ticket { id state version } }';

/** Every action as the API call a user would make. */
export function act(
  s: TestServer,
  w: World,
  action: string,
  ticketId: string,
  extra: Record<string, unknown> = {},
  token?: string,
) {
  const staff = token ?? w.tokens.boxue;
  const resident = token ?? w.tokens.resident;
  const call = (mutation: string, type: string, input: Record<string, unknown>, t: string | undefined) =>
    s.gql<Record<string, { ticket: TicketRow }>>(
      `mutation($i: ${type}!) { ${mutation}(input: $i) ${FIELDS} }`,
      { i: { ticketId, ...input, ...extra } },
      t,
    );
  switch (action) {
    case 'accept':
      return call('acceptTicket', 'AcceptTicketInput', { organisationIds: [w.org.boxueOffice] }, staff);
    case 'reject':
      return call('rejectTicket', 'RejectTicketInput', { reason: '不属于社区事务' }, staff);
    case 'merge':
      return call('mergeTicket', 'MergeTicketInput', {}, staff);
    case 'reassign':
      return call('reassignTicket', 'ReassignTicketInput', { organisationIds: [w.org.greentown] }, staff);
    case 'reply':
      return call('replyToTicket', 'ReplyToTicketInput', { body: '已安排维保单位检查。' }, staff);
    case 'note':
      return call('addTicketNote', 'AddTicketNoteInput', { body: '内部备注：维保合同在期内' }, staff);
    case 'escalate':
      return call(
        'escalateTicket',
        'EscalateTicketInput',
        { departmentId: w.org.trafficPolice, reason: '需交警处理' },
        staff,
      );
    case 'answerEscalation':
      return call('answerTicketEscalation', 'AnswerEscalationInput', { answer: '交警已施划禁停标线。' }, staff);
    case 'acknowledgeEscalation':
      // Only a department's own staff acknowledge; the caller passes their token (none among the matrix actors).
      return call('acknowledgeTicketEscalation', 'AcknowledgeEscalationInput', { note: '已签收' }, staff);
    case 'referToMeeting':
      return call('referTicketToMeeting', 'ReferTicketToMeetingInput', { note: '提交本月圆桌会' }, staff);
    case 'resolve':
      return call('resolveTicket', 'ResolveTicketInput', { resolution: '已修复。' }, staff);
    case 'rate':
      return call('rateTicket', 'RateTicketInput', { score: 5, comment: '非常好' }, resident);
    case 'reopen':
      return call('reopenTicket', 'ReopenTicketInput', { reason: '还是有异响' }, resident);
    case 'withdraw':
      return call('withdrawTicket', 'WithdrawTicketInput', { reason: '已自行解决' }, resident);
    // Follow-up calls (board module): a call-back, and a dissatisfied one that reopens.
    case 'callBack':
      return call('recordTicketCallback', 'RecordTicketCallbackInput', { reached: false }, staff);
    case 'reopenAfterCallback':
      return call(
        'recordTicketCallback',
        'RecordTicketCallbackInput',
        { reached: true, satisfaction: 'DISSATISFIED', note: '仍有异响', reopen: true },
        staff,
      );
    case 'changePriority':
      return call(
        'changeTicketPriority',
        'ChangeTicketPriorityInput',
        { priority: 'URGENT', reason: '影响出行' },
        staff,
      );
    default:
      throw new Error(`unknown action ${action}`);
  }
}

export const codeOfAct = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? 'OK';

/** A fresh ticket brought into `state` through the API. */
export async function ticketIn(s: TestServer, w: World, state: string, primaryId: string): Promise<TicketRow> {
  const t = await submit(s, w);
  const step = async (action: string, extra: Record<string, unknown> = {}) => {
    const r = await act(s, w, action, t.id, extra);
    expect(r.errors, `${action} towards ${state}`).toBeUndefined();
  };
  switch (state) {
    case 'SUBMITTED':
      break;
    case 'ACCEPTED':
      await step('accept');
      break;
    case 'REJECTED':
      await step('reject');
      break;
    case 'MERGED':
      await step('merge', { primaryTicketId: primaryId });
      break;
    case 'REPLIED':
      await step('accept');
      await step('reply');
      break;
    case 'ESCALATED':
      await step('accept');
      await step('escalate');
      break;
    case 'IN_MEETING':
      await step('accept');
      await step('referToMeeting');
      break;
    case 'RESOLVED':
      await step('accept');
      await step('resolve');
      break;
    case 'WITHDRAWN':
      await step('withdraw');
      break;
    default:
      throw new Error(state);
  }
  return t;
}
