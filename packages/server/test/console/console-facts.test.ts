import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOperations } from '../../src/app/modules.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

/** What the console's dialogs and audit log rely on the server for (issue 17). */
describe('facts the console shows', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const replyDue = async (id: string) =>
    (
      await server.gql<{ ticket: { replyDeadline: { dueAt: string } | null } }>(
        'query($id: ID!) { ticket(id: $id) { replyDeadline { dueAt } } }',
        { id },
        w.tokens.boxue,
      )
    ).data?.ticket.replyDeadline?.dueAt;

  it('a category’s new reply days apply to tickets raised after the change; running tickets keep theirs', async () => {
    const categoryId = w.category.boxue.FACILITIES_REPAIR as string;
    const before = await submit(server, w, { title: '改期限之前提交' });
    const dueBefore = await replyDue(before.id);
    const cats = await server.gql<{ ticketCategories: { id: string; version: number; replyDays: number }[] }>(
      'query($c: ID!) { ticketCategories(communityId: $c) { id version replyDays } }',
      { c: w.community.boxue },
      w.tokens.boxue,
    );
    const cat = cats.data?.ticketCategories.find((c) => c.id === categoryId);
    const days = cat?.replyDays ?? 3;
    // Reply days are 1 to 5: move far enough for the next ticket's deadline to differ.
    const next = days >= 3 ? 1 : 5;
    const up = await server.gql(
      'mutation($i: UpdateTicketCategoryInput!) { updateTicketCategory(input: $i) { category { replyDays } } }',
      { i: { id: categoryId, replyDays: next, expectedVersion: cat?.version } },
      w.tokens.boxue,
    );
    expect(up.errors).toBeUndefined();
    // The running ticket keeps its deadline …
    expect(await replyDue(before.id)).toBe(dueBefore);
    // … also once accepted after the change.
    const accepted = await server.gql(
      'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }',
      { i: { ticketId: before.id, organisationIds: [w.org.greentown] } },
      w.tokens.boxue,
    );
    expect(accepted.errors).toBeUndefined();
    expect(await replyDue(before.id)).toBe(dueBefore);
    // A ticket raised after the change gets the new days.
    const after = await submit(server, w, { title: '改期限之后提交' });
    const [a, b] = [Date.parse((await replyDue(after.id)) ?? ''), Date.parse(dueBefore ?? '')];
    if (next > days) expect(a).toBeGreaterThan(b);
    else expect(a).toBeLessThan(b);
  });

  it('each timeline text says who reads it (noteVisibility)', async () => {
    const t = await submit(server, w, { title: '文字可见范围' });
    await server.gql(
      'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }',
      { i: { ticketId: t.id, organisationIds: [w.org.greentown], note: '内部说明' } },
      w.tokens.boxue,
    );
    const r = await server.gql<{
      ticket: { timeline: { edges: { node: { type: string; visibility: string; noteVisibility: string } }[] } };
    }>(
      'query($id: ID!) { ticket(id: $id) { timeline(first: 20) { edges { node { type visibility noteVisibility } } } } }',
      { id: t.id },
      w.tokens.boxue,
    );
    const accepted = r.data?.ticket.timeline.edges.find((e) => e.node.type === 'ACCEPTED')?.node;
    expect(accepted).toEqual({ type: 'ACCEPTED', visibility: 'PUBLIC', noteVisibility: 'STAFF_ONLY' });
  });

  it('auditOperations lists every operation every module declares, with its module', async () => {
    const r = await server.gql<{ auditOperations: { operation: string; module: string }[] }>(
      '{ auditOperations { operation module } }',
      {},
      w.tokens.boxue,
    );
    const ops = r.data?.auditOperations ?? [];
    expect(ops.map((o) => o.operation).sort()).toEqual([...new Set(auditOperations)].sort());
    expect(ops.find((o) => o.operation === 'ticket.accept')?.module).toBe('ticket');
  });

  it('community staff read the departments of their street (the escalate dialog’s choices)', async () => {
    const r = await server.gql<{ organisations: { edges: { node: { name: string; kind: string } }[] } }>(
      '{ organisations(kind: DEPARTMENT, first: 100) { edges { node { name kind } } } }',
      {},
      w.tokens.boxue,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.organisations.edges.length).toBeGreaterThan(0);
  });
});
