import { type DataSource, type EntityManager, In } from 'typeorm';
import { authorize, serialize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { badInput, DomainError, fail } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import { sqlDate } from '../../db/sql.js';
import type { Connection } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { EstateEntity } from '../org/estate.entity.js';
import { StreetEntity } from '../org/street.entity.js';
import {
  PublicationEntity,
  PublicationRevisionEntity,
  PublicationViewEntity,
  PublicationVisitEntity,
  type PublisherKind,
} from './publication.entity.js';
import { AffairsKind, PublicationChannel, PublicationScope, PublicationStatus as St } from './publication.enums.js';
import { PublicationReasons as R } from './publication.errors.js';
import type * as I from './publication.inputs.js';
import {
  mayPublish,
  type PublicationShape,
  publicationPolicy,
  publicationRead,
  publishRight,
} from './publication.policy.js';
import { type DiffPiece, sanitizeBody, textOf, wordDiff } from './publication.text.js';

const IMAGES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
const FILE_TYPE = 'Publication';

/** What another module passes to `publishSystem` (see the method). */
export interface SystemPublicationInput {
  channel: PublicationChannel;
  kind?: AffairsKind | null;
  scope: PublicationScope;
  /** The street, community or estate id, as `scope` says. */
  placeId: string;
  title: string;
  /** HTML; sanitised here. */
  body: string;
  /** The publishing organisation (a committee, a company), if any. */
  publisherOrganisationId?: string | null;
  /** Files already attached to the source record (readable under its own file rule). */
  attachmentFileIds?: string[];
  /** The record shown (e.g. `CommitteeResolution`, `Meeting`, `OwnerVote`) and its id: one publication per source. */
  sourceType: string;
  sourceId: string;
  /** The user on whose behalf it is published (null for a job). */
  authorId?: string | null;
  /** Note of a later revision when the same source is published again with a changed text. */
  changeNote?: string;
}

interface Cursor {
  pinned: number;
  at: Date;
  id: string;
}
const encode = (e: PublicationEntity) =>
  Buffer.from(`${e.pinned ? 1 : 0}|${new Date(e.sortAt).getTime()}|${e.id}`, 'utf8').toString('base64url');
function decode(c: string): Cursor {
  const m = /^([01])\|(\d{1,15})\|([A-Za-z0-9-]{1,36})$/.exec(Buffer.from(c, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'Invalid cursor');
  return { pinned: Number(m[1]), at: new Date(Number(m[2])), id: m[3] as string };
}

/** Publications: drafts, publishing (now or scheduled), revisions, withdrawal, pinning, readers' views. */
export class PublicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileService,
  ) {}

  /** A page of the publications the viewer may read: pinned first, then newest. Two statements. */
  async list(actor: Actor, args: I.PublicationListArgs): Promise<Connection<PublicationEntity>> {
    const qb = scoped(this.ds, actor.viewer).query(publicationRead, 'p');
    if (args.channel) qb.andWhere('p.channel = :channel', { channel: args.channel });
    if (args.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: args.statuses });
    if (args.placeId)
      qb.andWhere(
        '(p.estateId = :place OR (p.estateId IS NULL AND p.communityId = :place) OR (p.scope = :st AND p.streetId = :place))',
        {
          place: args.placeId,
          st: PublicationScope.STREET,
        },
      );
    const totalCount = await qb.clone().getCount();
    const page = qb.clone();
    if (args.after) {
      const c = decode(args.after);
      const at = sqlDate(this.ds, c.at);
      page.andWhere('(p.pinned < :cp OR (p.pinned = :cp AND (p.sortAt < :ca OR (p.sortAt = :ca AND p.id < :ci))))', {
        cp: c.pinned === 1,
        ca: at,
        ci: c.id,
      });
    }
    const rows = await page
      .orderBy('p.pinned', 'DESC')
      .addOrderBy('p.sortAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    const items = rows.slice(0, args.first);
    const edges = items.map((node) => ({ cursor: encode(node), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** One publication the viewer may read (NOT_FOUND otherwise). */
  get(actor: Actor, id: string, db: DataSource | EntityManager = this.ds): Promise<PublicationEntity> {
    return scoped(db, actor.viewer).get(publicationRead, id);
  }

  /** Revisions of a readable publication, newest first. */
  async revisions(actor: Actor, args: I.PublicationRevisionArgs): Promise<Connection<PublicationRevisionEntity>> {
    const p = await this.get(actor, args.publicationId);
    const qb = unscoped(this.ds, 'revisions of a publication the viewer reads (checked just above)')
      .query(PublicationRevisionEntity, 'r')
      .where('r.publicationId = :id', { id: p.id });
    return paginate(qb, args, (r) => r);
  }

  /** Word-level diff between two revisions of a readable publication. */
  async diff(
    actor: Actor,
    args: I.PublicationDiffArgs,
  ): Promise<{ from: number; to: number; title: DiffPiece[]; body: DiffPiece[] }> {
    const p = await this.get(actor, args.publicationId);
    const rows = await unscoped(this.ds, 'revisions of a publication the viewer reads (checked just above)')
      .repo(PublicationRevisionEntity)
      .findBy({ publicationId: p.id, number: In([args.from, args.to]) });
    const a = rows.find((r) => r.number === args.from);
    const b = rows.find((r) => r.number === args.to);
    if (!a || !b) throw badInput(a ? 'to' : 'from', 'No such revision of this publication');
    return {
      from: a.number,
      to: b.number,
      title: wordDiff(a.title, b.title),
      body: wordDiff(textOf(a.body), textOf(b.body)),
    };
  }

  /** What the viewer may do with it (`viewerCan`). */
  viewerCan(viewer: Viewer | null, p: PublicationShape) {
    return serialize(viewer, publicationPolicy, p);
  }

  /** Writes a draft (the channel's publisher at that place), audited. */
  async create(actor: Actor, input: I.CreatePublicationInput): Promise<PublicationEntity> {
    this.checkKind(input.channel, input.kind ?? null);
    const place = await this.placeOf(this.ds, input.scope, input.placeId);
    const shape = { channel: input.channel, scope: input.scope, ...place, status: St.DRAFT } as PublicationShape;
    const right = publishRight(shape);
    if (!right)
      throw fail(R.PUBLICATION_SCOPE_NOT_ALLOWED, 'This channel is not published at this level', { field: 'scope' });
    const grant = actingGrant(requireViewer(actor.viewer), right.action, right.place);
    const org = grant?.organisationId ?? null;
    const publisherKind: PublisherKind = org
      ? 'ORGANISATION'
      : grant?.role === 'STREET_ADMIN'
        ? 'STREET'
        : grant?.role === 'COMMUNITY_STAFF'
          ? 'COMMUNITY'
          : 'SYSTEM';
    const draft = { ...shape, publisherKind, publisherOrganisationId: org };
    // A draft not yet written is judged as its place's readers would see it: out of reach → NOT_FOUND,
    // in reach but not the channel's publisher there → FORBIDDEN.
    const viewer = authorize(actor.viewer, publicationPolicy, 'create', { ...draft, status: St.PUBLISHED });
    const title = this.title(input.title);
    const body = this.body(input.body);
    const fileIds = [...(input.coverFileId ? [input.coverFileId] : []), ...input.attachmentFileIds];
    return this.ds.transaction(async (m) => {
      await this.checkFiles(viewer, m, input.coverFileId ?? null, input.attachmentFileIds);
      const now = new Date();
      const row = await m.getRepository(PublicationEntity).save(
        m.create(PublicationEntity, {
          ...draft,
          kind: input.kind ?? null,
          title,
          body,
          coverFileId: input.coverFileId ?? null,
          attachmentFileIds: input.attachmentFileIds,
          pinned: false,
          status: St.DRAFT,
          publishAt: null,
          publishedAt: null,
          sortAt: now,
          revisionNumber: 0,
          withdrawnAt: null,
          withdrawnById: null,
          withdrawalReason: null,
          viewCount: 0,
          authorId: viewer.userId,
          sourceType: null,
          sourceId: null,
        }),
      );
      await this.files.attach(m, fileIds, FILE_TYPE, row.id);
      await this.record(actor, m, 'publication.create', row, { channel: row.channel, title });
      return row;
    });
  }

  /** Edits a draft in place, or a published item as a new immutable revision with its change note. */
  async update(actor: Actor, input: I.UpdatePublicationInput): Promise<PublicationEntity> {
    return this.ds.transaction(async (m) => {
      const p = await this.loadForWrite(actor, m, input.id, 'edit', [St.DRAFT, St.SCHEDULED, St.PUBLISHED]);
      if (input.expectedVersion != null && input.expectedVersion !== p.version)
        throw fail(R.PUBLICATION_VERSION_STALE, 'The publication changed since you loaded it');
      const viewer = actor.viewer as Viewer;
      const title = input.title != null ? this.title(input.title) : p.title;
      const body = input.body != null ? this.body(input.body) : p.body;
      const coverFileId = input.coverFileId !== undefined ? input.coverFileId : p.coverFileId;
      const attachmentFileIds = input.attachmentFileIds ?? p.attachmentFileIds;
      const known = new Set([...(p.coverFileId ? [p.coverFileId] : []), ...p.attachmentFileIds]);
      const fresh = attachmentFileIds.filter((id) => !known.has(id));
      const freshCover = coverFileId && !known.has(coverFileId) ? coverFileId : null;
      await this.checkFiles(viewer, m, freshCover, fresh);
      const changed =
        title !== p.title ||
        body !== p.body ||
        coverFileId !== p.coverFileId ||
        JSON.stringify(attachmentFileIds) !== JSON.stringify(p.attachmentFileIds);
      let note: string | null = null;
      if (p.status === St.PUBLISHED) {
        note = input.changeNote?.trim() ?? '';
        if (!note) throw fail(R.PUBLICATION_CHANGE_NOTE_REQUIRED, 'A change note is required', { field: 'changeNote' });
        if (!changed) throw fail(R.PUBLICATION_NOTHING_CHANGED, 'Nothing changed');
      }
      await this.files.attach(m, [...(freshCover ? [freshCover] : []), ...fresh], FILE_TYPE, p.id);
      Object.assign(p, { title, body, coverFileId, attachmentFileIds });
      p.version += 1;
      if (p.status === St.PUBLISHED) await this.addRevision(m, p, viewer.userId, note);
      const saved = await this.saveVersioned(m, p);
      await this.record(actor, m, 'publication.update', saved, {
        revision: p.status === St.PUBLISHED ? p.revisionNumber : null,
        changeNote: note,
      });
      return saved;
    });
  }

  /** Publishes a draft now (revision 1), or schedules it for `publishAt` (the job publishes it). */
  async publish(actor: Actor, input: I.PublishPublicationInput, now = new Date()): Promise<PublicationEntity> {
    return this.ds.transaction(async (m) => {
      const p = await this.loadForWrite(actor, m, input.id, 'publish', [St.DRAFT, St.SCHEDULED]);
      const viewer = actor.viewer as Viewer;
      if (input.publishAt && input.publishAt.getTime() > now.getTime()) {
        p.status = St.SCHEDULED;
        p.publishAt = input.publishAt;
      } else {
        this.goLive(p, now);
        await this.addRevision(m, p, viewer.userId, null);
      }
      p.version += 1;
      const saved = await this.saveVersioned(m, p);
      await this.record(actor, m, 'publication.publish', saved, {
        status: saved.status,
        publishAt: saved.publishAt?.toISOString() ?? null,
      });
      return saved;
    });
  }

  /** Withdraws with a reason: the item and every revision stay readable, marked withdrawn. */
  async withdraw(actor: Actor, input: I.WithdrawPublicationInput, now = new Date()): Promise<PublicationEntity> {
    const reason = input.reason.trim();
    if (!reason) throw fail(R.PUBLICATION_REASON_REQUIRED, 'A reason is required', { field: 'reason' });
    return this.ds.transaction(async (m) => {
      const p = await this.loadForWrite(actor, m, input.id, 'withdraw', [St.PUBLISHED, St.SCHEDULED]);
      // A scheduled item never went public: it goes back to draft rather than into the public history.
      if (p.status === St.SCHEDULED) {
        p.status = St.DRAFT;
        p.publishAt = null;
      } else {
        p.status = St.WITHDRAWN;
        p.withdrawnAt = now;
        p.withdrawnById = (actor.viewer as Viewer).userId;
        p.withdrawalReason = reason;
        p.pinned = false;
      }
      p.version += 1;
      const saved = await this.saveVersioned(m, p);
      await this.record(actor, m, 'publication.withdraw', saved, { reason });
      return saved;
    });
  }

  /** Pins or unpins a published item. */
  async pin(actor: Actor, input: I.PinPublicationInput): Promise<PublicationEntity> {
    return this.ds.transaction(async (m) => {
      const p = await this.loadForWrite(actor, m, input.id, 'pin', [St.PUBLISHED]);
      p.pinned = input.pinned;
      p.version += 1;
      const saved = await this.saveVersioned(m, p);
      await this.record(actor, m, 'publication.pin', saved, { pinned: input.pinned });
      return saved;
    });
  }

  /**
   * A reader opened a published item: the view counts once per user (the unique key of
   * publication_view decides under concurrency; the counter moves only when the row was new).
   */
  async recordView(actor: Actor, id: string): Promise<PublicationEntity> {
    const p = await this.get(actor, id);
    const viewer = actor.viewer as Viewer;
    if (p.status !== St.PUBLISHED) return p;
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(PublicationViewEntity)
      .values({ publicationId: p.id, userId: viewer.userId } as PublicationViewEntity)
      .orIgnore()
      .execute();
    const views = await this.ds.getRepository(PublicationViewEntity).countBy({ publicationId: p.id });
    if (views !== p.viewCount) {
      await this.ds.getRepository(PublicationEntity).update({ id: p.id }, { viewCount: views });
      p.viewCount = views;
    }
    return p;
  }

  /** Stores the viewer's visit of a channel: items published before it are no longer new to them. */
  async markVisited(actor: Actor, channel: PublicationChannel, now = new Date()) {
    const viewer = actor.viewer as Viewer;
    const repo = unscoped(this.ds, "the viewer's own visit row").repo(PublicationVisitEntity);
    await repo.upsert({ userId: viewer.userId, channel, visitedAt: now } as PublicationVisitEntity, [
      'userId',
      'channel',
    ]);
    return { channel, visitedAt: now };
  }

  /** The scheduled job: publishes every SCHEDULED item whose time has come (each in its own transaction). */
  async publishDue(now = new Date()): Promise<number> {
    const due = await unscoped(this.ds, 'a system job over every scheduled item')
      .query(PublicationEntity, 'p')
      .where('p.status = :s AND p.publishAt <= :now', { s: St.SCHEDULED, now: sqlDate(this.ds, now) })
      .orderBy('p.publishAt', 'ASC')
      .take(200)
      .getMany();
    let done = 0;
    for (const row of due) {
      // Several processes run the timer: the version check (or the revision's unique key) lets one
      // of them publish an item; the others find it done and skip it.
      const won = await this.ds
        .transaction(async (m) => {
          const p = await m.getRepository(PublicationEntity).findOneBy({ id: row.id, status: St.SCHEDULED });
          if (!p) return false;
          this.goLive(p, p.publishAt ?? now);
          await this.addRevision(m, p, p.authorId, null);
          p.version += 1;
          await this.saveVersioned(m, p);
          return true;
        })
        .catch((err: unknown) => {
          if (err instanceof DomainError && err.code === 'CONFLICT') return false;
          throw err;
        });
      if (won) done += 1;
    }
    return done;
  }

  /**
   * For other modules (meetings, owners' votes, committee resolutions): publishes a text as the
   * system inside the caller's transaction `m`, with no policy check (the caller has checked its
   * own rule and writes its own audit entry). One publication per (sourceType, sourceId): calling
   * again with a changed text adds a revision (with `changeNote`); with the same text it returns
   * the existing item unchanged.
   */
  async publishSystem(m: EntityManager, input: SystemPublicationInput, now = new Date()): Promise<PublicationEntity> {
    this.checkKind(input.channel, input.kind ?? null);
    const title = this.title(input.title);
    const body = this.body(input.body);
    const repo = m.getRepository(PublicationEntity);
    const existing = await repo.findOneBy({ sourceType: input.sourceType, sourceId: input.sourceId });
    if (existing) {
      const attachmentFileIds = input.attachmentFileIds ?? existing.attachmentFileIds;
      const same =
        existing.title === title &&
        existing.body === body &&
        JSON.stringify(attachmentFileIds) === JSON.stringify(existing.attachmentFileIds);
      if (same || existing.status === St.WITHDRAWN) return existing;
      Object.assign(existing, { title, body, attachmentFileIds, version: existing.version + 1 });
      await this.addRevision(m, existing, input.authorId ?? null, input.changeNote ?? 'Updated by its source');
      return this.saveVersioned(m, existing);
    }
    const place = await this.placeOf(m, input.scope, input.placeId);
    const p = repo.create({
      channel: input.channel,
      kind: input.kind ?? null,
      scope: input.scope,
      ...place,
      publisherKind: input.publisherOrganisationId ? 'ORGANISATION' : 'SYSTEM',
      publisherOrganisationId: input.publisherOrganisationId ?? null,
      title,
      body,
      coverFileId: null,
      attachmentFileIds: input.attachmentFileIds ?? [],
      pinned: false,
      status: St.DRAFT,
      publishAt: null,
      publishedAt: null,
      sortAt: now,
      revisionNumber: 0,
      withdrawnAt: null,
      withdrawnById: null,
      withdrawalReason: null,
      viewCount: 0,
      authorId: input.authorId ?? null,
      sourceType: input.sourceType,
      sourceId: input.sourceId,
    });
    this.goLive(p, now);
    const saved = await repo.save(p);
    await this.addRevision(m, saved, input.authorId ?? null, null);
    // addRevision numbered the row in memory only: store revision 1 (a later revision would collide otherwise).
    await repo.update({ id: saved.id }, { revisionNumber: saved.revisionNumber });
    return saved;
  }

  // ---- helpers ----

  private goLive(p: PublicationEntity, at: Date) {
    p.status = St.PUBLISHED;
    p.publishAt = null;
    p.publishedAt = at;
    p.sortAt = at;
  }

  private async addRevision(m: EntityManager, p: PublicationEntity, by: string | null, note: string | null) {
    p.revisionNumber += 1;
    // The unique key (publicationId, number) decides between two concurrent edits: the loser rolls back.
    await m
      .getRepository(PublicationRevisionEntity)
      .insert({
        publicationId: p.id,
        number: p.revisionNumber,
        title: p.title,
        body: p.body,
        changeNote: note,
        coverFileId: p.coverFileId,
        attachmentFileIds: p.attachmentFileIds,
        publishedById: by,
      } as PublicationRevisionEntity)
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw fail(R.PUBLICATION_VERSION_STALE, 'The publication changed meanwhile');
        throw err;
      });
  }

  /** Saves only if nobody changed the row meanwhile (version was incremented by the caller). */
  private async saveVersioned(m: EntityManager, p: PublicationEntity): Promise<PublicationEntity> {
    const { id, version, createdAt: _c, updatedAt: _u, ...rest } = p;
    const r = await m
      .getRepository(PublicationEntity)
      .update({ id, version: version - 1 }, { ...rest, version } as Partial<PublicationEntity>);
    if (!r.affected) throw fail(R.PUBLICATION_VERSION_STALE, 'The publication changed meanwhile');
    return (await m.getRepository(PublicationEntity).findOneByOrFail({ id })) as PublicationEntity;
  }

  private async loadForWrite(
    actor: Actor,
    m: EntityManager,
    id: string,
    ability: 'edit' | 'publish' | 'withdraw' | 'pin',
    statuses: St[],
  ): Promise<PublicationEntity> {
    const p = await this.get(actor, id, m);
    if (!mayPublish(actor.viewer as Viewer, p)) authorize(actor.viewer, publicationPolicy, ability, p);
    if (!statuses.includes(p.status))
      throw fail(R.PUBLICATION_WRONG_STATUS, `Not possible while ${p.status}`, { details: { status: p.status } });
    authorize(actor.viewer, publicationPolicy, ability, p);
    return p;
  }

  private async record(
    actor: Actor,
    m: EntityManager,
    operation: string,
    p: PublicationEntity,
    summary: Record<string, unknown>,
  ) {
    const right = publishRight(p);
    await this.audit.record(
      actor.meta,
      {
        operation,
        targetType: 'Publication',
        targetId: p.id,
        grant: right && actor.viewer ? actingGrant(actor.viewer, right.action, right.place) : null,
        streetId: p.streetId,
        communityId: p.communityId,
        summary: { title: p.title, ...summary },
      },
      m,
    );
  }

  private checkKind(channel: PublicationChannel, kind: AffairsKind | null) {
    if ((channel === PublicationChannel.COMMUNITY_AFFAIRS) !== (kind !== null))
      throw fail(R.PUBLICATION_KIND_MISMATCH, 'COMMUNITY_AFFAIRS needs a kind; other channels take none', {
        field: 'kind',
      });
  }

  private title(raw: string): string {
    const t = raw.trim();
    if (!t) throw fail(R.PUBLICATION_BLANK_TITLE, 'The title is blank', { field: 'title' });
    return t;
  }

  private body(raw: string): string {
    const b = sanitizeBody(raw);
    if (!textOf(b) && !b.includes('<img')) throw fail(R.PUBLICATION_BLANK_BODY, 'The body is empty', { field: 'body' });
    // A MySQL TEXT column holds 65,535 bytes; sanitising can lengthen the input (escapes, link attributes).
    if (Buffer.byteLength(b, 'utf8') > 65_000)
      throw fail(R.PUBLICATION_BODY_TOO_LONG, 'The sanitised body is too long', { field: 'body' });
    return b;
  }

  private async checkFiles(viewer: Viewer, m: EntityManager, cover: string | null, attachments: string[]) {
    if (cover) {
      const [file] = await this.files.assertAttachable(viewer, [cover], { field: 'coverFileId', max: 1 }, m);
      if (!file || !IMAGES.includes(file.mime))
        throw fail(R.PUBLICATION_COVER_NOT_IMAGE, 'The cover must be an image', { field: 'coverFileId' });
      if (attachments.includes(cover)) throw badInput('attachmentFileIds', 'The cover is listed as an attachment');
    }
    await this.files.assertAttachable(viewer, attachments, { field: 'attachmentFileIds', max: 9 }, m);
  }

  /** The tree ids of the place named by `scope` + `placeId` (BAD_USER_INPUT when unknown). */
  private async placeOf(db: DataSource | EntityManager, scope: PublicationScope, placeId: string) {
    const why = 'the place of a new publication, judged by the policy next';
    const unknown = () => fail(R.PUBLICATION_UNKNOWN_PLACE, 'Unknown place', { field: 'placeId' });
    if (scope === PublicationScope.STREET) {
      const s = await unscoped(db, why).repo(StreetEntity).findOneBy({ id: placeId });
      if (!s || s.archivedAt) throw unknown();
      return { streetId: s.id, communityId: null, estateId: null };
    }
    if (scope === PublicationScope.COMMUNITY) {
      const c = await unscoped(db, why).repo(CommunityEntity).findOneBy({ id: placeId });
      if (!c || c.archivedAt) throw unknown();
      return { streetId: c.streetId, communityId: c.id, estateId: null };
    }
    const e = await unscoped(db, why).repo(EstateEntity).findOneBy({ id: placeId });
    if (!e || e.archivedAt) throw unknown();
    return { streetId: e.streetId, communityId: e.communityId, estateId: e.id };
  }
}
