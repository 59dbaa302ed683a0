import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { WebhookDeliveryEntity } from '../../src/modules/webhook/webhook.entity.js';
import { isPrivateAddress, retryDelay, urlRefusal, verifySignature } from '../../src/modules/webhook/webhook.rules.js';
import { buildCommunity, buildResident, buildStaff } from '../factories/index.js';
import { buildOrganisation } from '../factories/org.js';
import { buildTicket } from '../factories/ticket.js';
import { buildWebhookSubscription } from '../factories/webhook.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { type Received, startReceiver } from './receiver.js';

const CREATE = `mutation($i: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $i) { secret subscription { id name url events paused } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount edges { node {
  id eventType status attempts lastStatusCode lastResponse nextAttemptAt payload } } } }`;

/** A resident of an estate served by a property company whose staff member subscribes a receiver. */
async function companyDesk(s: TestServer) {
  const community = await buildCommunity(s);
  const resident = await buildResident(s, { community });
  const estate = await s.db.dataSource.getRepository(EstateEntity).findOneByOrFail({ id: resident.household.estateId });
  const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
  const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
  return { community, resident, estate, company, staff };
}

describe('webhooks over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('a receiver verifies the signature, answers 500 once and receives the retry', async () => {
    const receiver = await startReceiver([500]);
    const desk = await companyDesk(s);
    const made = await s.gql<{ createWebhookSubscription: { secret: string; subscription: { id: string } } }>(
      CREATE,
      { i: { organisationId: desk.company.id, name: '物业系统', url: receiver.url, events: ['TICKET_STATE_CHANGED'] } },
      await desk.staff.token(),
    );
    expect(made.errors).toBeUndefined();
    const { secret, subscription } = (
      made.data as { createWebhookSubscription: { secret: string; subscription: { id: string } } }
    ).createWebhookSubscription;
    expect(secret).toMatch(/^whsec_/);

    const ticket = await buildTicket(s, { community: desk.community, resident: desk.resident });
    const first = (await receiver.until(1))[0] as Received;
    const signature = String(first.headers['x-roundtable-signature']);
    expect(verifySignature(secret, first.body, signature)).toBe(true);
    expect(verifySignature('whsec_wrong', first.body, signature)).toBe(false);
    expect(verifySignature(secret, `${first.body} `, signature)).toBe(false);
    const body = JSON.parse(first.body);
    expect(body).toMatchObject({ type: 'TICKET_STATE_CHANGED', data: { ticketId: ticket.id, toState: 'SUBMITTED' } });
    // Private by default: ids and states only, no title, body or names.
    expect(first.body).not.toContain('测试工单');
    expect(first.headers['x-roundtable-event']).toBe('TICKET_STATE_CHANGED');

    const token = await desk.staff.token();
    const log = await s.gql<{ webhookDeliveries: { edges: { node: Record<string, unknown> }[] } }>(
      DELIVERIES,
      { id: subscription.id },
      token,
    );
    expect(log.data?.webhookDeliveries.edges[0]?.node).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 500,
      lastResponse: 'receiver is down',
    });
    // The job's clock moves past the first back-off: the retry arrives, signed afresh, and is answered 200.
    await s.app.services.webhook.deliverDue(new Date(Date.now() + retryDelay(1) + 1000));
    const retry = (await receiver.until(2))[1] as Received;
    expect(retry.body).toBe(first.body);
    expect(retry.headers['x-roundtable-delivery']).toBe(first.headers['x-roundtable-delivery']);
    expect(
      verifySignature(
        secret,
        retry.body,
        String(retry.headers['x-roundtable-signature']),
        new Date(Date.now() + retryDelay(1) + 1000),
      ),
    ).toBe(true);
    const after = await s.gql<{ webhookDeliveries: { edges: { node: Record<string, unknown> }[] } }>(
      DELIVERIES,
      { id: subscription.id },
      token,
    );
    expect(after.data?.webhookDeliveries.edges[0]?.node).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      lastStatusCode: 200,
    });

    // Re-sent from the console: delivered once more.
    const id = after.data?.webhookDeliveries.edges[0]?.node.id;
    const resent = await s.gql(
      'mutation($id: ID!) { resendWebhookDelivery(id: $id) { delivery { status } } }',
      { id },
      token,
    );
    expect(resent.errors).toBeUndefined();
    await receiver.until(3);
    await receiver.close();
  });

  it('delivers only within the owner organisation’s scope', async () => {
    const receiver = await startReceiver();
    const desk = await companyDesk(s);
    await buildWebhookSubscription(s, { organisation: desk.company, url: receiver.url });
    // A ticket of another community's estate: the company does not serve it.
    const elsewhere = await buildCommunity(s);
    await buildTicket(s, { community: elsewhere });
    await buildTicket(s, { community: desk.community, resident: desk.resident });
    await receiver.until(1);
    await s.app.services.webhook.deliverDue();
    expect(receiver.received).toHaveLength(1);
    await receiver.close();
  });

  it('pauses a receiver that keeps failing and tells its owner; resuming sends the held deliveries', async () => {
    const receiver = await startReceiver(Array(30).fill(503));
    const desk = await companyDesk(s);
    const sub = await buildWebhookSubscription(s, { organisation: desk.company, url: receiver.url });
    await buildTicket(s, { community: desk.community, resident: desk.resident });
    await receiver.until(1);
    let clock = Date.now();
    for (let i = 1; i < 12; i++) {
      clock += retryDelay(i) + 1000;
      await s.app.services.webhook.deliverDue(new Date(clock));
    }
    const token = await desk.staff.token();
    const list = await s.gql<{
      webhookSubscriptions: { edges: { node: { paused: boolean; pausedReason: string } }[] };
    }>('query { webhookSubscriptions { edges { node { id paused pausedReason consecutiveFailures } } } }', {}, token);
    expect(list.data?.webhookSubscriptions.edges[0]?.node).toMatchObject({ paused: true, pausedReason: 'FAILING' });
    const n = await s.gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      'query { notifications { edges { node { kind } } } }',
      {},
      token,
    );
    expect(n.data?.notifications.edges.map((e) => e.node.kind)).toContain('WEBHOOK_PAUSED');
    const before = receiver.received.length;
    await s.app.services.webhook.deliverDue(new Date(clock + 24 * 3600_000));
    expect(receiver.received.length).toBe(before);
    receiver.received.length = 0;
    const resumed = await s.gql(
      'mutation($i: SetWebhookSubscriptionPausedInput!) { setWebhookSubscriptionPaused(input: $i) { subscription { paused consecutiveFailures } } }',
      { i: { id: sub.id, paused: false } },
      token,
    );
    expect(resumed.data).toMatchObject({
      setWebhookSubscriptionPaused: { subscription: { paused: false, consecutiveFailures: 0 } },
    });
    await s.app.services.webhook.deliverDue(new Date(clock + 3 * 3600_000 + 1000));
    expect(receiver.received.length).toBeGreaterThan(0);
    await receiver.close();
  });

  it('gives up after a day: the delivery is FAILED and can be re-sent', async () => {
    const receiver = await startReceiver(Array(5).fill(500));
    const desk = await companyDesk(s);
    const sub = await buildWebhookSubscription(s, { organisation: desk.company, url: receiver.url });
    await buildTicket(s, { community: desk.community, resident: desk.resident });
    await receiver.until(1);
    await s.app.services.webhook.deliverDue(new Date(Date.now() + 25 * 3600_000));
    const row = await s.db.dataSource.getRepository(WebhookDeliveryEntity).findOneByOrFail({ subscriptionId: sub.id });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 2, nextAttemptAt: null });
    await receiver.close();
  });

  it('refuses a bad URL, no events and a stranger; hides the secret afterwards', async () => {
    const desk = await companyDesk(s);
    const token = await desk.staff.token();
    const base = { organisationId: desk.company.id, name: 'x', events: ['TICKET_REPLIED'] };
    for (const url of ['http://example.com/hook', 'ftp://127.0.0.1/x', 'not a url', 'https://user:pw@example.com/']) {
      const r = await s.gql(CREATE, { i: { ...base, url } }, token);
      expect(r.errors?.[0]?.extensions?.reason, url).toBe('WEBHOOK_BAD_URL');
    }
    expect(codeOf(await s.gql(CREATE, { i: { ...base, url: 'https://example.com/', events: [] } }, token))).toBe(
      'BAD_USER_INPUT',
    );
    const other = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY' });
    expect(
      codeOf(await s.gql(CREATE, { i: { ...base, organisationId: other.id, url: 'https://example.com/' } }, token)),
    ).toBe('NOT_FOUND');
    const r = await s.gql('query { webhookSubscriptions { edges { node { secret } } } }', {}, token);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('in production refuses private and loopback receivers (SSRF)', async () => {
    expect(await urlRefusal('https://127.0.0.1/x', true)).toMatch(/private/);
    expect(await urlRefusal('https://10.1.2.3/x', true)).toMatch(/private/);
    expect(await urlRefusal('https://[::1]/x', true)).toMatch(/private/);
    expect(await urlRefusal('http://127.0.0.1/x', true)).toMatch(/https/);
    expect(await urlRefusal('https://localhost/x', true)).toMatch(/private/);
    expect(await urlRefusal('http://127.0.0.1:8080/x', false)).toBeNull();
    expect(isPrivateAddress('192.168.1.1')).toBe(true);
    expect(isPrivateAddress('169.254.169.254')).toBe(true);
    expect(isPrivateAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
  });
});
