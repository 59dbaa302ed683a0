/** Matrix rows of the webhook module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { WebhookSubscriptionEntity } from '../../src/modules/webhook/webhook.entity.js';
import { WebhookEventType } from '../../src/modules/webhook/webhook.enums.js';
import { buildWebhookDelivery, buildWebhookSubscription } from '../factories/webhook.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

/** The owner organisation: 博学路's community office ("in") or 兴议's ("out"). */
const ownerOf = (c: RunContext) => {
  const id = pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice);
  const communityId = pick(c.target, c.w.community.boxue, c.w.community.xingyi);
  return { id, streetId: c.w.streetId, communityId };
};
/**
 * A receiver that is never reached (the matrix only checks who may keep it); an event the matrix
 * never raises. For the app-key actor, the subscription in 博学路 is its app's own (an app keeps
 * only those; its organisation is 博学路社区居委会), the one in 兴议 another's.
 */
const quiet = (c: RunContext) =>
  buildWebhookSubscription(c.s, {
    organisation: ownerOf(c),
    url: 'http://127.0.0.1:9/matrix',
    events: [WebhookEventType.MAINTENANCE_OVERDUE],
    apiClient: c.apiKey && c.target === 'in' ? c.w.app : undefined,
  });

// An app key alone (no user token) passes the webhook gate and keeps its own app's subscriptions:
// in 博学路 (its organisation) those are visible and changeable, in 兴议 it has none (NOT_FOUND /
// empty), and subscribing another organisation is FORBIDDEN (WEBHOOK_APP_OTHER_ORGANISATION).
// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const WEBHOOK_ROWS: Record<string, Rule> = {
  webhookSubscriptions: {
    expect: 'UN FB OK/E E/OK E E OK OK E FB OK/E',
    list: 'webhookSubscriptions',
    run: async (c) => {
      await quiet(c);
      return c.s.gql(
        'query($id: ID!) { webhookSubscriptions(organisationId: $id) { totalCount edges { node { id apiClient { id name } } } } }',
        { id: ownerOf(c).id },
        c.token,
      );
    },
  },
  webhookDeliveries: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF FB OK/NF',
    list: 'webhookDeliveries',
    run: async (c) => {
      const sub = await quiet(c);
      await buildWebhookDelivery(c.s, sub);
      return c.s.gql(
        'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount } }',
        { id: sub.id },
        c.token,
      );
    },
  },
  createWebhookSubscription: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF FB OK/FB',
    run: async (c) => {
      c.scratch.name = `矩阵-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret subscription { id } } }',
        {
          i: {
            organisationId: ownerOf(c).id,
            name: c.scratch.name,
            url: 'http://127.0.0.1:9/matrix',
            events: ['MAINTENANCE_OVERDUE'],
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ webhookSubscriptions: { edges: { node: { name: string } }[] } }>(
        c,
        'query($id: ID!) { webhookSubscriptions(organisationId: $id, first: 100) { edges { node { name } } } }',
        { id: ownerOf(c).id },
      );
      expect(data.webhookSubscriptions.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
  setWebhookSubscriptionPaused: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF FB OK/NF',
    run: async (c) => {
      const sub = await quiet(c);
      c.scratch.id = sub.id;
      return c.s.gql(
        'mutation($i: SetWebhookSubscriptionPausedInput!) { setWebhookSubscriptionPaused(input: $i) { subscription { id } } }',
        { i: { id: sub.id, paused: true } },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ webhookSubscriptions: { edges: { node: { id: string; paused: boolean } }[] } }>(
        c,
        'query($id: ID!) { webhookSubscriptions(organisationId: $id, first: 100) { edges { node { id paused } } } }',
        { id: ownerOf(c).id },
      );
      expect(data.webhookSubscriptions.edges.find((e) => e.node.id === c.scratch.id)?.node.paused).toBe(true);
    },
  },
  deleteWebhookSubscription: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF FB OK/NF',
    run: async (c) => {
      const sub = await quiet(c);
      c.scratch.id = sub.id;
      return c.s.gql('mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: sub.id }, c.token);
    },
    effect: async (c) => {
      const data = await read<{ webhookSubscriptions: { edges: { node: { id: string } }[] } }>(
        c,
        'query($id: ID!) { webhookSubscriptions(organisationId: $id, first: 100) { edges { node { id } } } }',
        { id: ownerOf(c).id },
      );
      expect(data.webhookSubscriptions.edges.map((e) => e.node.id)).not.toContain(c.scratch.id);
    },
  },
  resendWebhookDelivery: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF FB OK/NF',
    run: async (c) => {
      const sub = await quiet(c);
      // Paused: the re-sent delivery stays PENDING for the effect check (no send races it).
      await c.s.db.dataSource.getRepository(WebhookSubscriptionEntity).update({ id: sub.id }, { paused: true });
      const d = await buildWebhookDelivery(c.s, sub);
      c.scratch.sub = sub.id;
      return c.s.gql(
        'mutation($id: ID!) { resendWebhookDelivery(id: $id) { delivery { id } } }',
        { id: d.id },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ webhookDeliveries: { edges: { node: { status: string } }[] } }>(
        c,
        'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { edges { node { status } } } }',
        { id: c.scratch.sub },
      );
      expect(data.webhookDeliveries.edges[0]?.node.status).toBe('PENDING');
    },
  },
};
