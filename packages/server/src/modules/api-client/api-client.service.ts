import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail } from '../../common/errors.js';
import type { LimitsPolicy } from '../../config.js';
import type { RequestApp } from '../../graphql/context.js';
import {
  type BudgetStore,
  type CostReport,
  type CostResult,
  FIRST_MAX,
  FIRST_MIN,
  MemoryBudgetStore,
} from '../../graphql/limits.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { ApiClientEntity } from './api-client.entity.js';
import { ApiClientReasons as R } from './api-client.errors.js';
import type {
  CreateApiClientInput,
  RevokeApiClientInput,
  RotateApiClientKeyInput,
  UpdateApiClientInput,
} from './api-client.inputs.js';
import { originsOf } from './api-client.mappers.js';
import { apiClientPolicy, apiClientRead, placeOfApiClient } from './api-client.policy.js';

/** The app a request names with its key, as the request context carries it. */
export interface ApiClientIdentity {
  id: string;
  name: string;
  organisationId: string;
  budgetPerMinute: number;
}

const KEY_FORM = /^(ak_[A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

/** An allowed origin: `scheme://host[:port]`, nothing after. */
function normaliseOrigins(list: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of list) {
    const value = raw.trim();
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
      throw fail(R.API_CLIENT_BAD_ORIGIN, 'An allowed origin must be scheme://host[:port]', {
        field: 'allowedOrigins',
      });
    }
    out.add(url.origin);
  }
  return [...out];
}

export class ApiClientService {
  /** The clock keys are judged by (tests replace it to cross the end of a rotation's overlap). */
  clock: () => Date = () => new Date();

  /** Where cost budgets live: in this process; a shared store (Redis) can replace it. */
  budgets: BudgetStore = new MemoryBudgetStore();
  /** The budgets' clock in milliseconds (tests control it). */
  budgetClock: () => number = Date.now;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly secret: string,
    private readonly limits: LimitsPolicy,
  ) {}

  /**
   * Admits one measured operation: every `first` 1 to 100 (API_PAGE_SIZE_OUT_OF_RANGE), a cost of at
   * most MAX_QUERY_COST and the app's budget (API_QUERY_TOO_COSTLY), then charges the cost to the
   * app's bucket and the user's (or the anonymous address's) — RATE_LIMITED, API_BUDGET_EXCEEDED
   * with `details.retryAfterSeconds` when one cannot pay.
   */
  async admit(
    who: { viewer: Viewer | null; app: RequestApp | null; ip: string | null },
    measured: CostResult,
  ): Promise<CostReport> {
    const { cost, badFirst } = measured;
    if (badFirst) {
      throw fail(
        R.API_PAGE_SIZE_OUT_OF_RANGE,
        `"first" of ${badFirst.field} must be between ${FIRST_MIN} and ${FIRST_MAX}`,
        {
          field: 'first',
        },
      );
    }
    const maxCost = Math.min(this.limits.maxCost, who.app?.budgetPerMinute ?? Number.POSITIVE_INFINITY);
    if (cost > maxCost) {
      throw fail(R.API_QUERY_TOO_COSTLY, `The query costs ${cost} points; one request may cost at most ${maxCost}`, {
        details: { cost, maxCost },
      });
    }
    const buckets: [string, number][] = [];
    if (who.app) buckets.push([`app:${who.app.id}`, who.app.budgetPerMinute]);
    if (this.limits.userBudgetPerMinute > 0) {
      buckets.push([who.viewer ? `user:${who.viewer.userId}` : `ip:${who.ip ?? '?'}`, this.limits.userBudgetPerMinute]);
    }
    const now = this.budgetClock();
    let left: number | null = null;
    for (const [key, perMinute] of buckets) {
      const charge = await this.budgets.take(key, cost, perMinute, now);
      if (!charge.ok) {
        const whose = key.startsWith('app:') ? 'app' : 'user';
        throw fail(R.API_BUDGET_EXCEEDED, `The ${whose} cost budget is spent: retry in ${charge.retryAfterSeconds} s`, {
          details: { retryAfterSeconds: charge.retryAfterSeconds, cost, budgetLeft: charge.left },
        });
      }
      left = left === null ? charge.left : Math.min(left, charge.left);
    }
    return { requested: cost, maxCost, budgetLeft: left };
  }

  /** Keyed hash of a key's secret (HMAC-SHA256 with a key derived from the server secret), hex. */
  private hash(secret: string): string {
    return createHmac('sha256', `api-client-key:${this.secret}`).update(secret).digest('hex');
  }

  private newKey(): { keyId: string; secret: string; key: string } {
    const keyId = `ak_${randomBytes(12).toString('base64url')}`;
    const secret = randomBytes(32).toString('base64url');
    return { keyId, secret, key: `${keyId}.${secret}` };
  }

  /**
   * The app a presented `X-Api-Key` names, judged at this instant: APP_KEY_INVALID for a malformed,
   * unknown or expired key, APP_KEY_REVOKED for a revoked app, FORBIDDEN when a browser origin
   * is not among the app's allowed origins. One indexed statement.
   */
  async authenticate(presented: string, origin: string | undefined): Promise<ApiClientIdentity> {
    const m = KEY_FORM.exec(presented.trim());
    if (!m) throw fail(R.API_KEY_UNKNOWN, 'The API key is not valid');
    const [, keyId = '', secret = ''] = m;
    const row = await unscoped(this.ds, 'the app a presented key names; judged by its hash next')
      .query(ApiClientEntity, 'a')
      .where('a.keyId = :keyId OR a.previousKeyId = :keyId', { keyId })
      .getOne();
    if (!row) throw fail(R.API_KEY_UNKNOWN, 'The API key is not valid');
    const current = row.keyId === keyId;
    const expected = current ? row.secretHash : (row.previousSecretHash ?? '');
    const given = this.hash(secret);
    if (expected.length !== given.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(given))) {
      throw fail(R.API_KEY_UNKNOWN, 'The API key is not valid');
    }
    if (row.revokedAt) throw fail(R.API_KEY_REVOKED, 'The API key was revoked');
    if (!current && !(row.previousValidUntil && row.previousValidUntil.getTime() > this.clock().getTime())) {
      throw fail(R.API_KEY_EXPIRED, 'The API key was replaced and its overlap has ended');
    }
    const origins = originsOf(row);
    if (origin && origins.length > 0 && !origins.includes(origin)) {
      throw fail(R.API_ORIGIN_NOT_ALLOWED, 'This origin may not use the API key');
    }
    return { id: row.id, name: row.name, organisationId: row.organisationId, budgetPerMinute: row.budgetPerMinute };
  }

  private originCache: { at: number; origins: Set<string> } | null = null;

  /**
   * Whether a browser origin belongs to an active app (its `allowedOrigins`): CORS lets it call
   * besides CORS_ORIGINS. One statement a minute at most (a new app's origin works within a minute).
   */
  async knowsOrigin(origin: string): Promise<boolean> {
    const now = Date.now();
    if (!this.originCache || now - this.originCache.at > 60_000) {
      const rows = await unscoped(this.ds, 'origins of active apps, for CORS; no app details leave')
        .query(ApiClientEntity, 'a')
        .select(['a.id', 'a.allowedOrigins'])
        .where('a.revokedAt IS NULL')
        .getMany();
      this.originCache = { at: now, origins: new Set(rows.flatMap((r) => originsOf(r))) };
    }
    return this.originCache.origins.has(origin);
  }

  /** Forgets the cached origins (after a change to an app). */
  private originsChanged() {
    this.originCache = null;
  }

  /** A page of the apps the viewer may read (their streets'), newest first. */
  list(actor: Actor, page: PageArgs & { includeRevoked?: boolean }) {
    const qb = scoped(this.ds, actor.viewer).query(apiClientRead, 'apiClient');
    if (!page.includeRevoked) qb.andWhere('apiClient.revokedAt IS NULL');
    return paginate(qb, page, (e) => e);
  }

  /** Registers an app of an organisation (`apiclient.manage` in its street), audited; returns its key once. */
  async create(actor: Actor, input: CreateApiClientInput): Promise<{ row: ApiClientEntity; key: string }> {
    const owner = await unscoped(this.ds, 'the owner of the new app; its street is checked by the policy next')
      .repo(OrganisationEntity)
      .findOneBy({ id: input.organisationId });
    if (!owner || owner.archivedAt) {
      throw fail(R.API_CLIENT_OWNER_NOT_FOUND, 'No such organisation', { field: 'organisationId' });
    }
    const draft = { streetId: owner.streetId };
    const viewer = authorize(actor.viewer, apiClientPolicy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.API_CLIENT_BLANK_NAME, 'The name is blank', { field: 'name' });
    const origins = normaliseOrigins(input.allowedOrigins ?? []);
    const key = this.newKey();
    const row = await this.ds.transaction(async (m) => {
      const saved = await m.getRepository(ApiClientEntity).save({
        streetId: owner.streetId,
        organisationId: owner.id,
        name,
        keyId: key.keyId,
        secretHash: this.hash(key.secret),
        previousKeyId: null,
        previousSecretHash: null,
        previousValidUntil: null,
        allowedOrigins: JSON.stringify(origins),
        budgetPerMinute: input.budgetPerMinute,
        revokedAt: null,
        version: 1,
      } as ApiClientEntity);
      await this.record(m, actor, viewer, saved, 'apiclient.create', { name, organisationId: owner.id });
      return saved;
    });
    this.originsChanged();
    return { row, key: key.key };
  }

  /** Changes name, origins or budget; CONFLICT when `expectedVersion` is stale. */
  async update(actor: Actor, input: UpdateApiClientInput): Promise<ApiClientEntity> {
    const row = await scoped(this.ds, actor.viewer).get(apiClientRead, input.id);
    const viewer = authorize(actor.viewer, apiClientPolicy, 'update', row);
    if (row.revokedAt) throw fail(R.API_CLIENT_REVOKED, 'The app is revoked');
    const patch: Partial<ApiClientEntity> = {};
    if (input.name != null) {
      patch.name = input.name.trim();
      if (!patch.name) throw fail(R.API_CLIENT_BLANK_NAME, 'The name is blank', { field: 'name' });
    }
    if (input.allowedOrigins != null) patch.allowedOrigins = JSON.stringify(normaliseOrigins(input.allowedOrigins));
    if (input.budgetPerMinute != null) patch.budgetPerMinute = input.budgetPerMinute;
    return this.write(actor, viewer, row, input.expectedVersion ?? row.version, patch, 'apiclient.update', {
      changed: Object.keys(patch),
    });
  }

  /** Issues a new key; the old one stays valid for `overlapSeconds` (0: ends now). Returns the key once. */
  async rotate(actor: Actor, input: RotateApiClientKeyInput): Promise<{ row: ApiClientEntity; key: string }> {
    const row = await scoped(this.ds, actor.viewer).get(apiClientRead, input.id);
    const viewer = authorize(actor.viewer, apiClientPolicy, 'rotate', row);
    if (row.revokedAt) throw fail(R.API_CLIENT_REVOKED, 'The app is revoked');
    const key = this.newKey();
    const until = new Date(this.clock().getTime() + input.overlapSeconds * 1000);
    const saved = await this.write(
      actor,
      viewer,
      row,
      row.version,
      {
        keyId: key.keyId,
        secretHash: this.hash(key.secret),
        previousKeyId: input.overlapSeconds > 0 ? row.keyId : null,
        previousSecretHash: input.overlapSeconds > 0 ? row.secretHash : null,
        previousValidUntil: input.overlapSeconds > 0 ? until : null,
      },
      'apiclient.rotate',
      { overlapSeconds: input.overlapSeconds },
    );
    return { row: saved, key: key.key };
  }

  /** Revokes an app: every key of it is refused from now on (idempotent). */
  async revoke(actor: Actor, input: RevokeApiClientInput): Promise<ApiClientEntity> {
    const row = await scoped(this.ds, actor.viewer).get(apiClientRead, input.id);
    const viewer = authorize(actor.viewer, apiClientPolicy, 'revoke', row);
    if (row.revokedAt) return row;
    return this.write(actor, viewer, row, row.version, { revokedAt: this.clock() }, 'apiclient.revoke', {
      name: row.name,
    });
  }

  private write(
    actor: Actor,
    viewer: Viewer,
    row: ApiClientEntity,
    expectedVersion: number,
    patch: Partial<ApiClientEntity>,
    operation: string,
    summary: Record<string, unknown>,
  ): Promise<ApiClientEntity> {
    return this.ds
      .transaction(async (m) => {
        const result = await m
          .getRepository(ApiClientEntity)
          .update({ id: row.id, version: expectedVersion }, { ...patch, version: expectedVersion + 1 });
        if (result.affected === 0) throw fail(R.API_CLIENT_CHANGED, 'The app changed meanwhile: reload and retry');
        await this.record(m, actor, viewer, row, operation, summary);
        return m.getRepository(ApiClientEntity).findOneByOrFail({ id: row.id });
      })
      .finally(() => this.originsChanged());
  }

  private record(
    m: import('typeorm').EntityManager,
    actor: Actor,
    viewer: Viewer,
    row: ApiClientEntity,
    operation: string,
    summary: Record<string, unknown>,
  ) {
    return this.audit.record(
      actor.meta,
      {
        operation,
        targetType: 'ApiClient',
        targetId: row.id,
        grant: actingGrant(viewer, 'apiclient.manage', placeOfApiClient(row)),
        streetId: row.streetId,
        communityId: null,
        summary,
      },
      m,
    );
  }
}
