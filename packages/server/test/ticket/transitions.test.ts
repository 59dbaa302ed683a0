import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketState } from '../../src/modules/ticket/ticket.enums.js';
import { type TicketAction, TRANSITIONS } from '../../src/modules/ticket/ticket.transitions.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, codeOfAct, submit, ticketIn } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const STATES = Object.values(TicketState);
const ACTIONS = Object.keys(TRANSITIONS) as TicketAction[];

describe('ticket lifecycle: every action from every state', () => {
  let server: TestServer;
  let w: World;
  let primaryId: string;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    const primary = await submit(server, w, { title: '主工单' });
    await act(server, w, 'accept', primary.id);
    primaryId = primary.id;
  });
  afterAll(() => server.close());

  for (const state of STATES) {
    it(`from ${state}: allowed actions succeed, the others are refused with INVALID_TRANSITION and leave no trace`, async () => {
      const got: string[] = [];
      const want: string[] = [];
      for (const action of ACTIONS) {
        const t = await ticketIn(server, w, state, primaryId);
        const before = await w.ds.query('SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ?', [t.id]);
        const [{ version: versionBefore }] = await w.ds.query('SELECT version FROM ticket WHERE id = ?', [t.id]);
        const r = await act(server, w, action, t.id, action === 'merge' ? { primaryTicketId: primaryId } : {});
        const allowed = TRANSITIONS[action].from.includes(state);
        got.push(`${action}: ${codeOfAct(r)}`);
        want.push(`${action}: ${allowed ? 'OK' : 'INVALID_TRANSITION'}`);
        const after = await w.ds.query('SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ?', [t.id]);
        const [row] = await w.ds.query('SELECT state, version FROM ticket WHERE id = ?', [t.id]);
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
    const t = await ticketIn(server, w, 'RESOLVED', primaryId);
    const r = await act(server, w, 'accept', t.id);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { action: 'accept', from: 'RESOLVED' },
    });
  });
});
