/** Matrix rows of the ticket desk (issue 10): intake on behalf, department answers, imports, bulk work. */
import { expect } from 'vitest';
import type { GqlResult } from '../helpers/server.js';
import { key } from '../helpers/tickets.js';
import { at, pick, q, type Rule, type RunContext, read } from './kit.js';

let phones = 0;
const phone = () => `136${String(process.pid % 1000).padStart(3, '0')}${String(++phones % 100000).padStart(5, '0')}`;
const communityOf = (c: RunContext) => c.w.community[pick(c.target, 'boxue', 'xingyi')];
const categoryOf = (c: RunContext) => pick(c.target, c.w.category.boxue.OTHER, c.w.category.xingyi.OTHER);
const office = (c: RunContext) => pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice);

const onBehalf = (c: RunContext, contactPhone = phone()) => ({
  i: {
    categoryId: categoryOf(c),
    communityId: communityOf(c),
    title: '电话反映噪音',
    body: '居民来电反映夜间施工噪音扰民。',
    source: 'PHONE',
    contactName: '李先生',
    contactPhone,
    idempotencyKey: key(),
  },
});
const RAISE = 'mutation($i: RaiseTicketOnBehalfInput!) { raiseTicketOnBehalf(input: $i) { ticket { id } } }';

/** A fresh ticket taken on behalf in the target's community, by the system admin. */
async function takenOnBehalf(c: RunContext, contactPhone: string): Promise<string> {
  const r = await read<{ raiseTicketOnBehalf: { ticket: { id: string } } }>(c, RAISE, onBehalf(c, contactPhone));
  return r.raiseTicketOnBehalf.ticket.id;
}

/** A fresh submitted ticket in the target's community, taken on behalf by the system admin. */
const submitted = (c: RunContext) => takenOnBehalf(c, phone());

/** A fresh ticket escalated to the traffic police (in) or another department of the street (out). */
async function escalated(c: RunContext): Promise<string> {
  const id = await submitted(c);
  await read(c, 'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }', {
    i: { ticketId: id, organisationIds: [office(c)] },
  });
  await read(c, 'mutation($i: EscalateTicketInput!) { escalateTicket(input: $i) { ticket { id } } }', {
    i: { ticketId: id, departmentId: c.w.org.trafficPolice, reason: '需交警处理' },
  });
  return id;
}

const stateOf = async (c: RunContext, id: string) =>
  (
    await read<{ ticket: { state: string; source: string; timeline: { edges: { node: { type: string } }[] } } }>(
      c,
      'query($id: ID!) { ticket(id: $id) { state source timeline(first: 50) { edges { node { type } } } } }',
      { id },
    )
  ).ticket;

const bulk =
  (mutation: string, type: string, extra: (c: RunContext, ids: string[]) => Promise<Record<string, unknown>>) =>
  async (c: RunContext): Promise<GqlResult> => {
    const ids = [await submitted(c), await submitted(c)];
    const r = await c.s.gql<Record<string, { results: { ok: boolean; code: string | null }[] }>>(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { succeeded results { ticketId ok code } } }`,
      { i: { items: ids.map((ticketId) => ({ ticketId })), ...(await extra(c, ids)) } },
      c.token,
    );
    // The call answers per ticket: when every ticket was refused, the cell shows that refusal.
    const results = r.data?.[mutation]?.results ?? [];
    const refused = results.find((o) => !o.ok);
    if (results.length > 0 && results.every((o) => !o.ok))
      return { errors: [{ message: 'every ticket refused', extensions: { code: refused?.code } }] } as GqlResult;
    return r;
  };
/** Effect of a bulk row: each ticket the actor may act on moved; the rest were reported, not moved. */
const bulkMoved = (mutation: string, state: string) => async (c: RunContext, r: GqlResult) => {
  const results = at<{ ticketId: string; ok: boolean }[]>(r, `${mutation}.results`);
  for (const o of results) {
    if (o.ok) expect((await stateOf(c, o.ticketId)).state).toBe(state);
    else expect((await stateOf(c, o.ticketId)).state).toBe('SUBMITTED');
  }
};

const CSV_HEADER = 'submittedAt,category,text,outcome,reply,repliedAt,resolvedAt';

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const TICKET_DESK_ROWS: Record<string, Rule> = {
  raiseTicketOnBehalf: {
    expect: 'UN FB OK/FB FB/OK FB FB OK OK FB FB UN',
    run: q(RAISE, (c) => onBehalf(c)),
    effect: async (c, r) => expect((await stateOf(c, at(r, 'raiseTicketOnBehalf.ticket.id'))).source).toBe('PHONE'),
  },
  revealTicketContact: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.phone = phone();
      c.scratch.id = await takenOnBehalf(c, c.scratch.phone as string);
      return c.s.gql(
        'mutation($i: RevealTicketContactInput!) { revealTicketContact(input: $i) { ticketId phone } }',
        { i: { ticketId: c.scratch.id } },
        c.token,
      );
    },
    effect: async (c, r) => {
      expect(at(r, 'revealTicketContact.phone')).toBe(c.scratch.phone);
      const rows = await c.w.ds.query(
        "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'ticket.contact.reveal' AND targetId = ?",
        [c.scratch.id],
      );
      expect(Number(rows[0].n)).toBe(1);
    },
  },
  // Only DEPARTMENT_STAFF acknowledge: the staff of the department the ticket was escalated to.
  acknowledgeTicketEscalation: {
    expect: 'UN FB FB FB FB FB FB FB FB OK UN',
    run: async (c) =>
      c.s.gql(
        'mutation($i: AcknowledgeEscalationInput!) { acknowledgeTicketEscalation(input: $i) { ticket { id } } }',
        { i: { ticketId: await escalated(c) } },
        c.token,
      ),
    effect: async (c, r) =>
      expect(
        (await stateOf(c, at(r, 'acknowledgeTicketEscalation.ticket.id'))).timeline.edges.map((e) => e.node.type),
      ).toContain('ESCALATION_ACKNOWLEDGED'),
  },
  importTickets: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      const codes = await read<{ ticketCategories: { id: string; code: string }[] }>(
        c,
        'query($c: ID!) { ticketCategories(communityId: $c) { id code } }',
        { c: communityOf(c) },
      );
      const code = codes.ticketCategories.find((x) => x.id === categoryOf(c))?.code;
      c.scratch.text = `历史导入矩阵${key()}`;
      const csv = `${CSV_HEADER}\n2025-04-01 09:00,${code},${c.scratch.text},RESOLVED,已处理,2025-04-01 10:00,2025-04-02 10:00\n`;
      return c.s.gql(
        'mutation($i: ImportTicketsInput!) { importTickets(input: $i) { imported errors { row } } }',
        { i: { communityId: communityOf(c), format: 'CSV', content: Buffer.from(csv).toString('base64') } },
        c.token,
      );
    },
    effect: async (c, r) => {
      expect(at(r, 'importTickets.imported')).toBe(1);
      const rows = await c.w.ds.query('SELECT imported, communityId FROM ticket WHERE body = ?', [c.scratch.text]);
      expect(rows.map((x: { communityId: string }) => x.communityId)).toEqual([communityOf(c)]);
    },
  },
  bulkAcceptTickets: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: bulk('bulkAcceptTickets', 'BulkAcceptTicketsInput', async (c) => ({ organisationIds: [office(c)] })),
    effect: bulkMoved('bulkAcceptTickets', 'ACCEPTED'),
  },
  bulkRejectTickets: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: bulk('bulkRejectTickets', 'BulkRejectTicketsInput', async () => ({ reason: '不属于受理范围' })),
    effect: bulkMoved('bulkRejectTickets', 'REJECTED'),
  },
  bulkMergeTickets: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: bulk('bulkMergeTickets', 'BulkMergeTicketsInput', async (c) => ({ primaryTicketId: await submitted(c) })),
    effect: bulkMoved('bulkMergeTickets', 'MERGED'),
  },
  departmentAnswerTimes: {
    expect: 'UN FB OK OK E E OK OK E E UN',
    list: 'departmentAnswerTimes',
    run: async (c) => {
      await escalated(c);
      return c.s.gql(
        'query($s: ID!) { departmentAnswerTimes(streetId: $s, from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { organisationId escalated } }',
        { s: c.w.streetId },
        c.token,
      );
    },
  },
};
