/**
 * Webhooks of apps: a subscription made with an app key (`X-Api-Key`, no user token) is the app's,
 * owned by its organisation; another app neither sees nor pauses it; staff see which app it is; a
 * revoked app's subscriptions receive no deliveries (checked at send time).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { WebhookDeliveryEntity } from '../../src/modules/webhook/webhook.entity.js';
import { buildCommunity, buildResident, buildStaff } from '../factories/index.js';
import { buildOrganisation } from '../factories/org.js';
import { buildTicket } from '../factories/ticket.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { startReceiver } from './receiver.js';

interface Answer {
  // biome-ignore lint/suspicious/noExplicitAny: answers are read by shape, each checked by its expectation
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One GraphQL request with an app key and/or a user token. */
async function call(
  s: TestServer,
  query: string,
  variables: Record<string, unknown>,
  who: { key?: string; token?: string },
): Promise<Answer> {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(who.key ? { 'x-api-key': who.key } : {}),
      ...(who.token ? { authorization: `Bearer ${who.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}
const code = (a: Answer) => a.errors?.[0]?.extensions?.code ?? 'OK';
const reason = (a: Answer) => a.errors?.[0]?.extensions?.reason;

const CREATE = `mutation($i: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $i) { secret subscription { id organisationId apiClientId } } }`;
const LIST = 'query { webhookSubscriptions { totalCount edges { node { id name apiClient { id name revoked } } } } }';
const PAUSE = `mutation($i: SetWebhookSubscriptionPausedInput!) {
  setWebhookSubscriptionPaused(input: $i) { subscription { id paused } } }`;

describe('webhook subscriptions of apps', () => {
  let s: TestServer;
  let admin: string;
  const registerApp = async (organisationId: string, name: string) => {
    const r = await call(
      s,
      'mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { apiClient { id } key } }',
      { i: { organisationId, name } },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    return r.data?.createApiClient as { apiClient: { id: string }; key: string };
  };

  beforeAll(async () => {
    s = await startTestServer();
    admin = await (await buildStaff(s, { role: 'SYSTEM_ADMIN' })).token();
  });
  afterAll(() => s.close());

  it('an app key makes a subscription of the app, owned by its organisation; another app cannot see or pause it', async () => {
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY' });
    const other = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY' });
    const mine = await registerApp(company.id, '物业自有系统');
    const sibling = await registerApp(company.id, '另一个应用');
    const stranger = await registerApp(other.id, '别家系统');
    const input = { name: '工单同步', url: 'http://127.0.0.1:9/app', events: ['TICKET_STATE_CHANGED'] };

    // No user token: the app key alone; the owner is the app's organisation.
    const made = await call(s, CREATE, { i: input }, { key: mine.key });
    expect(made.errors).toBeUndefined();
    const sub = made.data?.createWebhookSubscription.subscription;
    expect(sub).toMatchObject({ organisationId: company.id, apiClientId: mine.apiClient.id });
    expect(made.data?.createWebhookSubscription.secret).toMatch(/^whsec_/);
    // Naming the app's own organisation is the same; another one is refused with its reason.
    expect(code(await call(s, CREATE, { i: { ...input, organisationId: company.id } }, { key: mine.key }))).toBe('OK');
    const elsewhere = await call(s, CREATE, { i: { ...input, organisationId: other.id } }, { key: mine.key });
    expect([code(elsewhere), reason(elsewhere)]).toEqual(['FORBIDDEN', 'WEBHOOK_APP_OTHER_ORGANISATION']);
    // Without an app key the organisation is required.
    const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
    const token = await staff.token();
    expect(reason(await call(s, CREATE, { i: input }, { token }))).toBe('WEBHOOK_NO_ORGANISATION');
    // Neither a token nor a key: signed out.
    expect(code(await call(s, LIST, {}, {}))).toBe('UNAUTHENTICATED');

    // The app lists only its own; another app of the same company and an app of another company see none.
    const own = await call(s, LIST, {}, { key: mine.key });
    expect(own.data?.webhookSubscriptions.totalCount).toBe(2);
    for (const key of [sibling.key, stranger.key]) {
      expect((await call(s, LIST, {}, { key })).data?.webhookSubscriptions.totalCount).toBe(0);
      const paused = await call(s, PAUSE, { i: { id: sub.id, paused: true } }, { key });
      expect(code(paused)).toBe('NOT_FOUND');
      expect(
        code(await call(s, 'mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: sub.id }, { key })),
      ).toBe('NOT_FOUND');
      expect(
        code(
          await call(
            s,
            'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount } }',
            { id: sub.id },
            { key },
          ),
        ),
      ).toBe('NOT_FOUND');
    }
    // The app pauses and resumes its own.
    expect((await call(s, PAUSE, { i: { id: sub.id, paused: true } }, { key: mine.key })).data).toMatchObject({
      setWebhookSubscriptionPaused: { subscription: { paused: true } },
    });
    expect(code(await call(s, PAUSE, { i: { id: sub.id, paused: false } }, { key: mine.key }))).toBe('OK');

    // The company's staff see the subscription and which app it belongs to (the app's name).
    const seen = await call(s, LIST, {}, { token });
    const node = seen.data?.webhookSubscriptions.edges.find(
      (e: { node: { id: string } }) => e.node.id === sub.id,
    )?.node;
    expect(node?.apiClient).toEqual({ id: mine.apiClient.id, name: '物业自有系统', revoked: false });
    // A staff member's token together with the app key: both rules hold (the app's own, in the staff member's reach).
    expect((await call(s, LIST, {}, { key: mine.key, token })).data?.webhookSubscriptions.totalCount).toBe(2);
    // The audit log names the app of an app-only call.
    const audit = await s.db.dataSource.query(
      "SELECT actorId, summary FROM audit_log WHERE operation = 'webhook.create' AND targetId = ?",
      [sub.id],
    );
    expect(audit[0]?.actorId ?? null).toBeNull();
    expect(String(audit[0]?.summary)).toContain(mine.apiClient.id);
  });

  it('a revoked app’s subscription receives no delivery (checked at send time)', async () => {
    const community = await buildCommunity(s);
    const resident = await buildResident(s, { community });
    const estate = await s.db.dataSource
      .getRepository(EstateEntity)
      .findOneByOrFail({ id: resident.household.estateId });
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    const live = await registerApp(company.id, '在用应用');
    const gone = await registerApp(company.id, '停用应用');
    const receiver = await startReceiver();
    const url = receiver.url;
    const input = { name: 'hook', url, events: ['TICKET_STATE_CHANGED'] };
    const kept = (await call(s, CREATE, { i: input }, { key: live.key })).data?.createWebhookSubscription.subscription;
    const dead = (await call(s, CREATE, { i: input }, { key: gone.key })).data?.createWebhookSubscription.subscription;
    const revoked = await call(
      s,
      'mutation($i: RevokeApiClientInput!) { revokeApiClient(input: $i) { apiClient { id } } }',
      { i: { id: gone.apiClient.id } },
      { token: admin },
    );
    expect(revoked.errors).toBeUndefined();

    await buildTicket(s, { community, resident });
    await receiver.until(1);
    await s.app.services.webhook.deliverDue();
    await s.app.services.webhook.deliverDue(new Date(Date.now() + 3600_000));
    // Only the live app's subscription was called.
    expect(receiver.received).toHaveLength(1);
    const repo = s.db.dataSource.getRepository(WebhookDeliveryEntity);
    expect(await repo.findOneByOrFail({ subscriptionId: kept.id })).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    expect(await repo.findOneByOrFail({ subscriptionId: dead.id })).toMatchObject({
      status: 'FAILED',
      attempts: 0,
      nextAttemptAt: null,
      lastResponse: 'not sent: the app this subscription belongs to is revoked',
    });
    // Staff see it is a revoked app's; re-sending does not reach the receiver either.
    const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
    const token = await staff.token();
    const seen = await call(s, LIST, {}, { token });
    const node = seen.data?.webhookSubscriptions.edges.find(
      (e: { node: { id: string } }) => e.node.id === dead.id,
    )?.node;
    expect(node?.apiClient).toMatchObject({ name: '停用应用', revoked: true });
    const d = await repo.findOneByOrFail({ subscriptionId: dead.id });
    expect(
      code(
        await call(
          s,
          'mutation($id: ID!) { resendWebhookDelivery(id: $id) { delivery { id } } }',
          { id: d.id },
          { token },
        ),
      ),
    ).toBe('OK');
    await s.app.services.webhook.deliverDue();
    expect(receiver.received).toHaveLength(1);
    expect(await repo.findOneByOrFail({ id: d.id })).toMatchObject({ status: 'FAILED', attempts: 0 });
    await receiver.close();
  });
});
