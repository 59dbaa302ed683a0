import { type DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { Config } from '../../config.js';
import { type PageArgs, paginate } from '../../graphql/pagination.js';
import { ApiClientEntity } from '../api-client/api-client.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import { WebhookDeliveryStatus as DS, type WebhookEventType, WebhookPauseReason } from './webhook.enums.js';
import { WebhookReasons as R } from './webhook.errors.js';
import type { CreateWebhookSubscriptionInput, SetWebhookSubscriptionPausedInput } from './webhook.inputs.js';
import { onDeliveriesCommitted } from './webhook.outbox.js';
import { authorizeWebhook, type WebhookCaller, type WebhookOwnerPlace, webhookReadFor } from './webhook.policy.js';
import {
  newSecret,
  PAUSE_AFTER_FAILURES,
  PAUSE_AFTER_MS,
  POLL_MS,
  RESPONSE_EXCERPT,
  RETRY_WINDOW_MS,
  retryDelay,
  SEND_TIMEOUT_MS,
  signatureHeader,
  urlRefusal,
} from './webhook.rules.js';

const ownerPlace = (s: WebhookSubscriptionEntity) => ({
  organisationId: s.organisationId,
  streetId: s.streetId,
  communityId: s.communityId,
  apiClientId: s.apiClientId,
});
/** The audit grant of the acting user (null for an app-only call). */
const grantOf = (viewer: Viewer | null, p: WebhookOwnerPlace) =>
  viewer ? actingGrant(viewer, 'webhook.manage', placeOf(p)) : null;
/** The audit summary names the app of an app-key call. */
const byApp = (app: WebhookCaller | null) => (app ? { apiClientId: app.id } : {});
const placeOf = (s: WebhookOwnerPlace) => ({ streetId: s.streetId, communityId: s.communityId, estateId: null });

/** Sends one request; the seam tests and the clock-driven job share. */
export type WebhookSender = (
  url: string,
  init: { headers: Record<string, string>; body: string },
) => Promise<{ status: number | null; text: string }>;

const fetchSender: WebhookSender = async (url, init) => {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      redirect: 'manual', // a redirect could lead into the private network: it counts as a failure
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return { status: res.status, text: (await res.text()).slice(0, RESPONSE_EXCERPT) };
  } catch (err) {
    return { status: null, text: String((err as Error).message ?? err).slice(0, RESPONSE_EXCERPT) };
  }
};

/**
 * Webhook subscriptions and their deliveries. Deliveries are written by the outbox
 * (webhook.outbox.ts) in the transaction of the change; `deliverDue(now)` sends what is due —
 * right after such a commit, and on every tick of the job timer for retries.
 */
export class WebhookService {
  private sending: Promise<number> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly sender: WebhookSender = fetchSender,
  ) {
    onDeliveriesCommitted(ds, () => this.soon());
    // A safety net for the kick after commit: a short, indexed look for due deliveries.
    setInterval(() => {
      if (this.ds.isInitialized) this.soon();
    }, POLL_MS).unref();
  }

  /** Sends what is due, in the background (errors are retried by the next pass). */
  private soon(): void {
    setImmediate(() => void this.deliverDue().catch(() => undefined));
  }

  /** The subscriptions the viewer keeps, newest first. */
  list(actor: Actor, args: PageArgs & { organisationId?: string | null }, app: WebhookCaller | null = null) {
    const qb = scoped(this.ds, actor.viewer).query(webhookReadFor(app), 's');
    if (args.organisationId) qb.andWhere('s.organisationId = :org', { org: args.organisationId });
    return paginate(qb, args, (e) => e);
  }

  /** The deliveries of a subscription the viewer keeps, newest first. */
  async deliveries(
    actor: Actor,
    args: PageArgs & { subscriptionId: string; status?: DS | null },
    app: WebhookCaller | null = null,
  ) {
    await scoped(this.ds, actor.viewer).get(webhookReadFor(app), args.subscriptionId);
    const qb = unscoped(this.ds, 'the subscription was read through its rule just above')
      .query(WebhookDeliveryEntity, 'd')
      .where('d.subscriptionId = :sid', { sid: args.subscriptionId });
    if (args.status) qb.andWhere('d.status = :st', { st: args.status });
    return paginate(qb, args, (e) => e);
  }

  async create(
    actor: Actor,
    input: CreateWebhookSubscriptionInput,
    app: WebhookCaller | null = null,
  ): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    if (app && input.organisationId && input.organisationId !== app.organisationId)
      throw fail(R.WEBHOOK_APP_OTHER_ORGANISATION, 'An app subscribes for its own organisation only', {
        field: 'organisationId',
      });
    const orgId = app ? app.organisationId : input.organisationId;
    if (!orgId) throw fail(R.WEBHOOK_NO_ORGANISATION, 'Name the owner organisation', { field: 'organisationId' });
    const org = await unscoped(this.ds, 'the owner of the new subscription, checked by the policy next')
      .repo(OrganisationEntity)
      .findOneBy({ id: orgId });
    if (!org) throw notFound('Organisation');
    const place: WebhookOwnerPlace = { organisationId: org.id, streetId: org.streetId, communityId: org.communityId };
    const viewer = authorizeWebhook(actor.viewer, app, 'create', { ...place, apiClientId: app?.id ?? null });
    const name = input.name.trim();
    if (!name) throw fail(R.WEBHOOK_BLANK_NAME, 'The name is blank', { field: 'name' });
    const url = input.url.trim();
    const refusal = await urlRefusal(url, this.config.nodeEnv === 'production');
    if (refusal) throw fail(R.WEBHOOK_BAD_URL, `The receiver URL is refused: ${refusal}`, { field: 'url' });
    const events = [...new Set(input.events)];
    if (events.length === 0) throw fail(R.WEBHOOK_NO_EVENTS, 'Choose at least one event', { field: 'events' });
    const secret = newSecret();
    const row = await this.ds.transaction(async (m) => {
      const saved = await m.getRepository(WebhookSubscriptionEntity).save({
        ...place,
        apiClientId: app?.id ?? null,
        name,
        url,
        events: events.join(','),
        secret,
        paused: false,
        pausedReason: null,
        consecutiveFailures: 0,
        failingSince: null,
        createdById: viewer?.userId ?? null,
      } as WebhookSubscriptionEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'webhook.create',
          targetType: 'WebhookSubscription',
          targetId: saved.id,
          grant: grantOf(viewer, place),
          streetId: place.streetId,
          communityId: place.communityId,
          summary: { name, url, events: events.join(','), ...byApp(app) },
        },
        m,
      );
      return saved;
    });
    return { subscription: row, secret };
  }

  async setPaused(
    actor: Actor,
    input: SetWebhookSubscriptionPausedInput,
    app: WebhookCaller | null = null,
  ): Promise<WebhookSubscriptionEntity> {
    const s = await scoped(this.ds, actor.viewer).get(webhookReadFor(app), input.id);
    const viewer = authorizeWebhook(actor.viewer, app, 'pause', ownerPlace(s));
    const patch = input.paused
      ? { paused: true, pausedReason: WebhookPauseReason.MANUAL }
      : { paused: false, pausedReason: null, consecutiveFailures: 0, failingSince: null };
    await this.ds.transaction(async (m) => {
      await m.update(WebhookSubscriptionEntity, { id: s.id }, patch);
      await this.audit.record(
        actor.meta,
        {
          operation: input.paused ? 'webhook.pause' : 'webhook.resume',
          targetType: 'WebhookSubscription',
          targetId: s.id,
          grant: grantOf(viewer, s),
          streetId: s.streetId,
          communityId: s.communityId,
          summary: { name: s.name, ...byApp(app) },
        },
        m,
      );
    });
    if (!input.paused) this.soon();
    return { ...s, ...patch } as WebhookSubscriptionEntity;
  }

  async remove(actor: Actor, id: string, app: WebhookCaller | null = null): Promise<boolean> {
    const s = await scoped(this.ds, actor.viewer).get(webhookReadFor(app), id);
    const viewer = authorizeWebhook(actor.viewer, app, 'delete', ownerPlace(s));
    await this.ds.transaction(async (m) => {
      await m.delete(WebhookDeliveryEntity, { subscriptionId: s.id });
      await m.delete(WebhookSubscriptionEntity, { id: s.id });
      await this.audit.record(
        actor.meta,
        {
          operation: 'webhook.delete',
          targetType: 'WebhookSubscription',
          targetId: s.id,
          grant: grantOf(viewer, s),
          streetId: s.streetId,
          communityId: s.communityId,
          summary: { name: s.name, ...byApp(app) },
        },
        m,
      );
    });
    return true;
  }

  /** Sends a delivery again now (a DELIVERED or FAILED one; a PENDING one is still being retried). */
  async resend(actor: Actor, deliveryId: string, app: WebhookCaller | null = null): Promise<WebhookDeliveryEntity> {
    const d = await unscoped(this.ds, 'its subscription is read through its rule next')
      .repo(WebhookDeliveryEntity)
      .findOneBy({ id: deliveryId });
    if (!d) throw notFound('WebhookDelivery');
    const s = await scoped(this.ds, actor.viewer)
      .get(webhookReadFor(app), d.subscriptionId)
      .catch(() => {
        throw notFound('WebhookDelivery');
      });
    const viewer = authorizeWebhook(actor.viewer, app, 'resend', ownerPlace(s));
    if (d.status === DS.PENDING) throw fail(R.WEBHOOK_DELIVERY_PENDING, 'The delivery is still being retried');
    const patch = { status: DS.PENDING, nextAttemptAt: new Date(), lockedUntil: null };
    await this.ds.transaction(async (m) => {
      await m.update(WebhookDeliveryEntity, { id: d.id }, patch);
      await this.audit.record(
        actor.meta,
        {
          operation: 'webhook.resend',
          targetType: 'WebhookDelivery',
          targetId: d.id,
          grant: grantOf(viewer, s),
          streetId: s.streetId,
          communityId: s.communityId,
          summary: { subscription: s.name, event: d.eventType, ...byApp(app) },
        },
        m,
      );
    });
    this.soon();
    return { ...d, ...patch } as WebhookDeliveryEntity;
  }

  /**
   * Sends every delivery due at `now` of an active subscription (the job's clock is a parameter,
   * so tests move it). Calls overlapping in one process share the running pass.
   */
  deliverDue(now = new Date()): Promise<number> {
    if (this.sending) return this.sending.then(() => this.deliverDue(now));
    this.sending = this.pass(now).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async pass(now: Date): Promise<number> {
    const repo = this.ds.getRepository(WebhookDeliveryEntity);
    const due = await repo
      .createQueryBuilder('d')
      .innerJoin(WebhookSubscriptionEntity, 's', 's.id = d.subscriptionId AND s.paused = :no', { no: false })
      .where('d.status = :st AND d.nextAttemptAt <= :now', { st: DS.PENDING, now })
      .andWhere('(d.lockedUntil IS NULL OR d.lockedUntil <= :now)', { now })
      .orderBy('d.nextAttemptAt', 'ASC')
      .take(50)
      .getMany();
    let sent = 0;
    for (const d of due) {
      // Claim the attempt: another process that read the same row finds nothing to update.
      const claim = await repo.update(
        { id: d.id, status: DS.PENDING, attempts: d.attempts, nextAttemptAt: LessThanOrEqual(now) },
        { lockedUntil: new Date(now.getTime() + 2 * SEND_TIMEOUT_MS) },
      );
      if (!claim.affected) continue;
      const s = await this.ds.getRepository(WebhookSubscriptionEntity).findOneBy({ id: d.subscriptionId });
      if (!s || s.paused) continue;
      if (s.apiClientId && (await this.appRevoked(s.apiClientId))) {
        await this.notSent(d, now, 'not sent: the app this subscription belongs to is revoked');
        continue;
      }
      await this.attempt(s, d, now);
      sent++;
    }
    return sent;
  }

  /** Whether the app a subscription belongs to is revoked (or gone): checked at send time. */
  private async appRevoked(apiClientId: string): Promise<boolean> {
    const app = await unscoped(this.ds, 'the send job checks the app of a subscription it is about to deliver to')
      .repo(ApiClientEntity)
      .findOne({ where: { id: apiClientId }, select: { id: true, revokedAt: true } });
    return !app || app.revokedAt !== null;
  }

  /** Closes a delivery without sending it (FAILED, no attempt counted), saying why in its log. */
  private async notSent(d: WebhookDeliveryEntity, now: Date, why: string): Promise<void> {
    await this.ds.getRepository(WebhookDeliveryEntity).update(
      { id: d.id },
      {
        status: DS.FAILED,
        lastAttemptAt: now,
        lastStatusCode: null,
        lastResponse: why.slice(0, RESPONSE_EXCERPT),
        lockedUntil: null,
        nextAttemptAt: null,
      },
    );
  }

  private async attempt(s: WebhookSubscriptionEntity, d: WebhookDeliveryEntity, now: Date): Promise<void> {
    const refusal = await urlRefusal(s.url, this.config.nodeEnv === 'production');
    const answer = refusal
      ? { status: null, text: `refused: ${refusal}` }
      : await this.sender(s.url, {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Roundtable-Webhooks/1',
            'x-roundtable-event': d.eventType,
            'x-roundtable-delivery': d.id,
            'x-roundtable-signature': signatureHeader(s.secret, d.payload, now),
            // The request whose write caused the event: the receiver's logs and ours meet on it.
            ...(d.requestId ? { 'x-request-id': d.requestId } : {}),
          },
          body: d.payload,
        });
    const ok = answer.status !== null && answer.status >= 200 && answer.status < 300;
    const attempts = d.attempts + 1;
    const expired = now.getTime() - d.createdAt.getTime() >= RETRY_WINDOW_MS;
    await this.ds.getRepository(WebhookDeliveryEntity).update(
      { id: d.id },
      {
        attempts,
        lastAttemptAt: now,
        lastStatusCode: answer.status,
        lastResponse: answer.text.slice(0, RESPONSE_EXCERPT) || null,
        lockedUntil: null,
        status: ok ? DS.DELIVERED : expired ? DS.FAILED : DS.PENDING,
        deliveredAt: ok ? now : null,
        nextAttemptAt: ok || expired ? null : new Date(now.getTime() + retryDelay(attempts)),
      },
    );
    if (ok) {
      if (s.consecutiveFailures > 0)
        await this.ds
          .getRepository(WebhookSubscriptionEntity)
          .update({ id: s.id }, { consecutiveFailures: 0, failingSince: null });
      return;
    }
    await this.failed(s, now);
  }

  /** Counts a failure; a receiver failing PAUSE_AFTER_FAILURES times over PAUSE_AFTER_MS is paused, its owner told. */
  private async failed(s: WebhookSubscriptionEntity, now: Date): Promise<void> {
    const failures = s.consecutiveFailures + 1;
    const since = s.failingSince ?? now;
    const pause = failures >= PAUSE_AFTER_FAILURES && now.getTime() - since.getTime() >= PAUSE_AFTER_MS;
    const published = await this.ds.transaction(async (m) => {
      await m.update(
        WebhookSubscriptionEntity,
        { id: s.id },
        pause
          ? {
              consecutiveFailures: failures,
              failingSince: since,
              paused: true,
              pausedReason: WebhookPauseReason.FAILING,
            }
          : { consecutiveFailures: failures, failingSince: since },
      );
      if (!pause) return [];
      const staff = await m.find(MembershipEntity, {
        where: { organisationId: s.organisationId, revokedAt: IsNull() },
      });
      const userIds = new Set([...staff.map((x) => x.userId), ...(s.createdById ? [s.createdById] : [])]);
      const notes: NewNotification[] = [...userIds].map((userId) => ({
        userId,
        kind: 'WEBHOOK_PAUSED',
        subject: { type: 'WebhookSubscription', id: s.id },
        params: { name: s.name, failures },
        communityId: s.communityId,
      }));
      return this.notifications.add(m, notes);
    });
    this.notifications.publish(published);
  }
}

export const eventsOf = (s: WebhookSubscriptionEntity) => s.events.split(',').filter(Boolean) as WebhookEventType[];
