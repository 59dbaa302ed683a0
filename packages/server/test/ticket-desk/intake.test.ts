import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { buildCommunity, buildStaff, buildTicket, deskOf, factoryPhone } from '../factories/index.js';
import { codeOf, registerResident, startTestServer, type TestServer } from '../helpers/server.js';

const ON_BEHALF = `mutation($i: RaiseTicketOnBehalfInput!) { raiseTicketOnBehalf(input: $i) {
  ticket { id source externalRef contactName contactPhone awaitingLink version submitter { id } } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id source contactName contactPhone awaitingLink isPublicView viewerCan { withdraw } } }`;
const MY_TICKETS = '{ myTickets(first: 10) { edges { node { id source contactPhone } } } }';
let keys = 0;
const key = () => `desk-${process.pid}-${++keys}-${Date.now()}`;

describe('the ticket desk', () => {
  let server: TestServer;
  let community: CommunityEntity;
  let desk: Awaited<ReturnType<typeof deskOf>>;
  beforeAll(async () => {
    server = await startTestServer();
    community = await buildCommunity(server);
    desk = await deskOf(server, community);
  });
  afterAll(() => server.close());

  const raise = async (extra: Record<string, unknown>, token?: string) =>
    server.gql<{ raiseTicketOnBehalf: { ticket: Record<string, unknown> & { id: string } } }>(
      ON_BEHALF,
      {
        i: {
          categoryId: desk.category.id,
          communityId: community.id,
          title: '楼道灯不亮',
          body: '3号楼2单元楼道灯一周不亮，老人晚上看不见。',
          source: 'PHONE',
          contactName: '王阿姨',
          contactPhone: factoryPhone(),
          idempotencyKey: key(),
          ...extra,
        },
      },
      token ?? (await desk.staff.token()),
    );

  describe('intake on behalf', () => {
    it('a ticket for an unregistered phone waits, masked and audited, and becomes the person’s when that phone registers', async () => {
      const phone = factoryPhone();
      const r = await raise({ contactPhone: phone });
      expect(codeOf(r)).toBe('OK');
      const t = r.data?.raiseTicketOnBehalf.ticket;
      expect(t).toMatchObject({ source: 'PHONE', contactName: '王阿姨', awaitingLink: true });
      const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
      expect(t?.contactPhone).toBe(masked);
      // The recorder stands in as submitter meanwhile, yet sees the person's phone masked like all staff.
      const recorder = await server.gql<{ ticket: { contactPhone: string } }>(
        TICKET,
        { id: t?.id },
        await desk.staff.token(),
      );
      expect(recorder.data?.ticket.contactPhone).toBe(masked);
      expect(t?.submitter).toEqual({ id: desk.staff.user.id });

      // Staff reveal the full number through an audited mutation.
      const reveal = await server.gql<{ revealTicketContact: { phone: string } }>(
        'mutation($i: RevealTicketContactInput!) { revealTicketContact(input: $i) { phone } }',
        { i: { ticketId: t?.id } },
        await desk.staff.token(),
      );
      expect(reveal.data?.revealTicketContact.phone).toBe(phone);
      const audit = await server.db.dataSource.query(
        "SELECT operation FROM audit_log WHERE targetId = ? AND operation IN ('ticket.raiseOnBehalf', 'ticket.contact.reveal') ORDER BY id",
        [t?.id],
      );
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
        'ticket.raiseOnBehalf',
        'ticket.contact.reveal',
      ]);

      // The person registers with that phone: the ticket is theirs, with their number in full.
      // (with the SMS code that proves the phone, as every registration now needs)
      const reg = await registerResident<{ registerResident: { accessToken: string; user: { id: string } } }>(
        server,
        { phone, password: 'secret123', displayName: '王阿姨' },
        'accessToken user { id }',
      );
      expect(codeOf(reg)).toBe('OK');
      const token = reg.data?.registerResident.accessToken as string;
      const mine = await server.gql<{ myTickets: { edges: { node: { id: string; contactPhone: string } }[] } }>(
        MY_TICKETS,
        {},
        token,
      );
      expect(mine.data?.myTickets.edges.map((e) => e.node)).toEqual([
        { id: t?.id, source: 'PHONE', contactPhone: phone },
      ]);
      const own = await server.gql<{ ticket: { viewerCan: { withdraw: boolean } } }>(TICKET, { id: t?.id }, token);
      expect(own.data?.ticket).toMatchObject({
        isPublicView: false,
        awaitingLink: false,
        viewerCan: { withdraw: true },
      });
      const staffView = await server.gql<{ ticket: { awaitingLink: boolean; contactPhone: string } }>(
        TICKET,
        { id: t?.id },
        await desk.staff.token(),
      );
      expect(staffView.data?.ticket).toMatchObject({ awaitingLink: false, contactPhone: masked });
    });

    it('a registered phone makes the ticket the person’s at once; the 12345 number is required for transfers only', async () => {
      const r = await raise({
        contactPhone: desk.resident.user.phone,
        source: 'HOTLINE_12345',
        externalRef: 'SH12345-2026-0001',
      });
      expect(codeOf(r)).toBe('OK');
      expect(r.data?.raiseTicketOnBehalf.ticket).toMatchObject({
        source: 'HOTLINE_12345',
        externalRef: 'SH12345-2026-0001',
        awaitingLink: false,
        submitter: { id: desk.resident.user.id },
      });
      expect((await raise({ source: 'HOTLINE_12345' })).errors?.[0]?.extensions?.reason).toBe(
        'TICKET_EXTERNAL_REF_REQUIRED',
      );
      expect((await raise({ source: 'COUNTER', externalRef: 'X1' })).errors?.[0]?.extensions?.reason).toBe(
        'TICKET_EXTERNAL_REF_REQUIRED',
      );
      expect((await raise({ source: 'APP' })).errors?.[0]?.extensions?.reason).toBe('TICKET_SOURCE_NOT_ON_BEHALF');
      // A resident cannot take matters for others; staff of another community cannot either.
      expect(codeOf(await raise({}, await desk.resident.token()))).toBe('FORBIDDEN');
      const other = await buildStaff(server, { role: 'COMMUNITY_STAFF' });
      expect(codeOf(await raise({}, await other.token()))).toBe('FORBIDDEN');
    });

    it('the workbench filters by source', async () => {
      await raise({ source: 'GRID_PATROL' });
      const r = await server.gql<{ tickets: { edges: { node: { source: string } }[] } }>(
        'query($c: ID!) { tickets(first: 50, communityId: $c, sources: [GRID_PATROL]) { edges { node { source } } } }',
        { c: community.id },
        await desk.staff.token(),
      );
      const sources = r.data?.tickets.edges.map((e) => e.node.source) ?? [];
      expect(sources.length).toBeGreaterThan(0);
      expect(new Set(sources)).toEqual(new Set(['GRID_PATROL']));
    });
  });

  describe('street departments answer for themselves', () => {
    const ACK =
      'mutation($i: AcknowledgeEscalationInput!) { acknowledgeTicketEscalation(input: $i) { ticket { state } } }';
    const ANSWER = 'mutation($i: AnswerEscalationInput!) { answerTicketEscalation(input: $i) { ticket { state } } }';

    it('department staff see, acknowledge and answer escalations to their own department only; the answer time is counted', async () => {
      const mine = await buildTicket(server, { community, state: 'ESCALATED' });
      const notEscalated = await buildTicket(server, { community, state: 'ACCEPTED' });
      // Another department of the same street, with its own staff, and a ticket escalated there.
      const otherCommunity = await buildCommunity(server);
      const otherDesk = await deskOf(server, otherCommunity);
      const theirs = await buildTicket(server, { community: otherCommunity, state: 'ESCALATED' });
      expect(otherDesk.department.id).not.toBe(desk.department.id);

      const token = await desk.departmentStaff.token();
      const list = await server.gql<{ tickets: { edges: { node: { id: string; escalatedTo: { id: string } } }[] } }>(
        '{ tickets(first: 50) { edges { node { id escalatedTo { id } } } } }',
        {},
        token,
      );
      const ids = list.data?.tickets.edges.map((e) => e.node.id) ?? [];
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(ids).not.toContain(notEscalated.id);

      const can = await server.gql<{ ticket: { viewerCan: Record<string, boolean> } }>(
        'query($id: ID!) { ticket(id: $id) { viewerCan { acknowledgeEscalation answerEscalation accept reply } } }',
        { id: mine.id },
        token,
      );
      expect(can.data?.ticket.viewerCan).toEqual({
        acknowledgeEscalation: true,
        answerEscalation: true,
        accept: false,
        reply: false,
      });

      expect(codeOf(await server.gql(ACK, { i: { ticketId: theirs.id } }, token))).toBe('NOT_FOUND');
      expect(codeOf(await server.gql(ANSWER, { i: { ticketId: theirs.id, answer: '不是我们的。' } }, token))).toBe(
        'NOT_FOUND',
      );
      // Staff of the other department see it but may not answer for ours.
      const otherToken = await otherDesk.departmentStaff.token();
      expect(codeOf(await server.gql(ANSWER, { i: { ticketId: mine.id, answer: '越权答复。' } }, otherToken))).toBe(
        'NOT_FOUND',
      );

      expect(codeOf(await server.gql(ACK, { i: { ticketId: mine.id, note: '已签收' } }, token))).toBe('OK');
      const answered = await server.gql<{ answerTicketEscalation: { ticket: { state: string } } }>(
        ANSWER,
        { i: { ticketId: mine.id, answer: '交警中队已到现场处理违停。' } },
        token,
      );
      expect(answered.data?.answerTicketEscalation.ticket.state).toBe('REPLIED');
      const events = await server.db.dataSource.query(
        "SELECT type, organisationId FROM ticket_event WHERE ticketId = ? AND type IN ('ESCALATION_ACKNOWLEDGED', 'ESCALATION_ANSWERED') ORDER BY id",
        [mine.id],
      );
      expect(events).toEqual([
        { type: 'ESCALATION_ACKNOWLEDGED', organisationId: desk.department.id },
        { type: 'ESCALATION_ANSWERED', organisationId: desk.department.id },
      ]);
      // Community staff may not acknowledge for the department.
      const again = await buildTicket(server, { community, state: 'ESCALATED' });
      expect(codeOf(await server.gql(ACK, { i: { ticketId: again.id } }, await desk.staff.token()))).toBe('FORBIDDEN');

      const admin = await buildStaff(server, { role: 'SYSTEM_ADMIN' });
      const figures = await server.gql<{ departmentAnswerTimes: Record<string, unknown>[] }>(
        'query($f: DateTimeISO!, $t: DateTimeISO!) { departmentAnswerTimes(from: $f, to: $t) { organisationId organisation { name } escalated acknowledged answered medianAnswerHours } }',
        { f: new Date(Date.now() - 3_600_000).toISOString(), t: new Date(Date.now() + 60_000).toISOString() },
        await admin.token(),
      );
      const row = figures.data?.departmentAnswerTimes.find((r) => r.organisationId === desk.department.id);
      expect(row).toMatchObject({ escalated: 2, acknowledged: 1, answered: 1 });
      expect(typeof row?.medianAnswerHours).toBe('number');
    });
  });
});
