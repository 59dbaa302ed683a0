import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { TicketState } from '../../src/modules/ticket/ticket.enums.js';
import { type TicketAction, TRANSITIONS } from '../../src/modules/ticket/ticket.transitions.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, codeOfAct, submit, type TicketRow } from '../helpers/tickets.js';
import {
  ACTORS,
  type ActorName,
  addDepartmentActor,
  buildWorld,
  type UserActor,
  type World,
} from '../helpers/world.js';

/**
 * viewerCan and the server's checks are one table: for a ticket in every state (and a resolved one
 * past the reopen window), for every signed-in actor, `viewerCan.x` is true exactly when doing x is
 * not refused as FORBIDDEN, NOT_FOUND or INVALID_TRANSITION. Refusals are tried on the shared
 * ticket (a refusal changes nothing); every permitted cell that moves the ticket is performed on a
 * fresh ticket in the same state, so a success cannot disturb the others.
 */
// The meeting module's actions have no mutation of their own (it takes them inside its mutations; test/meeting).
const MEETING_ONLY: readonly string[] = ['scheduleInMeeting', 'recordMeetingDecision', 'returnFromMeeting'];
/** Desk actions that also depend on the assignments (whose, overdue or not): tested in test/ticket-desk. */
const DESK_CONDITIONAL: readonly string[] = ['acknowledge', 'supervise'];
const ACTIONS = (Object.keys(TRANSITIONS) as TicketAction[]).filter(
  (a) => !MEETING_ONLY.includes(a) && !DESK_CONDITIONAL.includes(a),
);
const REFUSED = ['FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'];
const SIGNED_IN = ACTORS.filter((a): a is UserActor => a !== 'anon' && a !== 'appKey');
type Sample = TicketState | 'RESOLVED_LONG_AGO';
const SAMPLES: Sample[] = [...Object.values(TicketState), 'RESOLVED_LONG_AGO'];

const VIEWER_CAN = `query($id: ID!) { ticket(id: $id) { viewerCan { ${ACTIONS.join(' ')} } } }`;

describe('Ticket.viewerCan agrees with the workflow', () => {
  let s: TestServer;
  let w: World;
  let primaryId: string;
  // Routed to the community office, the property company and the owners' committee, so that
  // handlers of every kind have something to do.
  let handlers: string[];

  const input = (action: TicketAction): Record<string, unknown> => {
    switch (action) {
      case 'accept':
      case 'reassign':
        return { organisationIds: handlers };
      case 'merge':
        return { primaryTicketId: primaryId };
      default:
        return {};
    }
  };

  async function ticketIn(sample: Sample): Promise<TicketRow> {
    const t = await submit(s, w);
    const step = async (action: TicketAction) => {
      const r = await act(s, w, action, t.id, input(action));
      expect(r.errors, `${action} towards ${sample}`).toBeUndefined();
    };
    const path: Record<Sample, TicketAction[]> = {
      SUBMITTED: [],
      ACCEPTED: ['accept'],
      REJECTED: ['reject'],
      MERGED: ['merge'],
      REPLIED: ['accept', 'reply'],
      ESCALATED: ['accept', 'escalate'],
      IN_MEETING: ['accept', 'referToMeeting'],
      RESOLVED: ['accept', 'resolve'],
      RESOLVED_LONG_AGO: ['accept', 'resolve'],
      WITHDRAWN: ['withdraw'],
    };
    for (const a of path[sample]) await step(a);
    if (sample === 'RESOLVED_LONG_AGO') {
      await w.ds.getRepository(TicketEntity).update(t.id, { resolvedAt: new Date(Date.now() - 60 * 86_400_000) });
    }
    return t;
  }

  async function viewerCan(actor: ActorName, ticketId: string): Promise<Record<TicketAction, boolean>> {
    const r = await s.gql<{ ticket: { viewerCan: Record<TicketAction, boolean> } }>(
      VIEWER_CAN,
      { id: ticketId },
      w.tokens[actor],
    );
    // A ticket the viewer cannot see offers no buttons.
    if (r.errors?.[0]?.extensions?.code === 'NOT_FOUND') {
      return Object.fromEntries(ACTIONS.map((a) => [a, false])) as Record<TicketAction, boolean>;
    }
    expect(r.errors).toBeUndefined();
    return (r.data as { ticket: { viewerCan: Record<TicketAction, boolean> } }).ticket.viewerCan;
  }

  beforeAll(async () => {
    s = await startTestServer();
    w = await buildWorld(s);
    await addDepartmentActor(s, w);
    handlers = [w.org.boxueOffice, w.org.greentown, w.org.tianjuCommittee];
    const primary = await submit(s, w, { title: '主工单' });
    await act(s, w, 'accept', primary.id, { organisationIds: handlers });
    primaryId = primary.id;
  });
  afterAll(() => s.close());

  for (const sample of SAMPLES) {
    it(`${sample}: every actor's viewerCan matches what the server lets them do`, async () => {
      const shared = await ticketIn(sample);
      const mismatches: string[] = [];
      let permitted = 0;
      for (const actor of SIGNED_IN) {
        const may = await viewerCan(actor, shared.id);
        for (const action of ACTIONS) {
          // An action that keeps the state (note, reassign, rate) leaves the shared ticket as good as new.
          const keepsState = TRANSITIONS[action].to === null;
          const target = may[action] && !keepsState ? await ticketIn(sample) : shared;
          const code = codeOfAct(await act(s, w, action, target.id, input(action), w.tokens[actor]));
          const refused = REFUSED.includes(code);
          if (may[action]) permitted += 1;
          if (may[action] === refused) mismatches.push(`${actor} ${action}: viewerCan ${may[action]}, server ${code}`);
        }
      }
      expect(mismatches).toEqual([]);
      // The sample is not vacuous: someone may do something in every state but the terminal ones.
      const terminal = ['REJECTED', 'MERGED', 'WITHDRAWN'].includes(sample);
      expect(permitted > 0).toBe(!terminal);
    }, 120_000);
  }
});
