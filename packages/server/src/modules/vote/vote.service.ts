import { type DataSource, type EntityManager, In } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, can } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { BindingStatus, HouseholdRelation } from '../identity/identity.enums.js';
import type { NotificationService } from '../notification/notification.service.js';
import { EstateEntity } from '../org/estate.entity.js';
import { authorizeVote, type LoadedVote, loadVote } from './vote.access.js';
import { VoteEntity, VoteMatterEntity, VoteUnitEntity, VoteVoterEntity } from './vote.entity.js';
import { VoteStatus } from './vote.enums.js';
import { VoteReasons as R } from './vote.errors.js';
import type { CreateVoteInput, UpdateVoteInput, VoteMatterInput } from './vote.inputs.js';
import { VoteNoticeKind } from './vote.notices.js';
import { mayOrganise, placeOf, type VoteRecord, votePolicy, voteRead } from './vote.policy.js';
import { buildRoll, type TallyResult, type UnitOfRecord } from './vote.rule.js';

const MAX_PERIOD_MS = 90 * 24 * 3600_000;
const ACCEPTED_ATTACHMENTS = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** Where the frozen result goes once a vote closes: the committee's disclosure channel (vote.disclosure.ts). */
export interface VoteResultPublisher {
  /** Called inside the closing transaction `m`, after the result is frozen; returns whether it was published. */
  publish(m: EntityManager, vote: VoteEntity, result: TallyResult, now: Date): Promise<boolean>;
}

/** Votes: drafts, the editor, opening (the roll frozen), lists, reminders. */
export class VoteService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly notifications: NotificationService,
  ) {}

  /** A page of an estate's (or a community's) votes the viewer may read, newest first. */
  list(actor: Actor, args: PageArgs & { communityId: string; estateId?: string | null }) {
    const qb = scoped(this.ds, actor.viewer)
      .query(voteRead, 'vote')
      .andWhere('vote.communityId = :communityId', { communityId: args.communityId });
    if (args.estateId) qb.andWhere('vote.estateId = :estateId', { estateId: args.estateId });
    return paginate(qb, args, (e) => e);
  }

  get(viewer: Viewer | null, id: string): Promise<LoadedVote> {
    return loadVote(this.ds, viewer, id);
  }

  async create(actor: Actor, input: CreateVoteInput): Promise<VoteEntity> {
    const estate = await unscoped(this.ds, 'the place of the new vote, checked by the policy next')
      .repo(EstateEntity)
      .findOneBy({ id: input.estateId });
    if (!estate || estate.archivedAt) throw notFound('Estate');
    const draft: VoteRecord = {
      streetId: estate.streetId,
      communityId: estate.communityId,
      estateId: estate.id,
      status: VoteStatus.DRAFT,
      organiser: input.organiser,
      openBallots: input.openBallots,
      myVoter: null,
    };
    const v = actor.viewer;
    if (v && !mayOrganise(v, draft) && can(v, 'vote.manage', placeOf(draft)))
      throw fail(R.VOTE_ORGANISER_NOT_ALLOWED, 'Only community staff organise a first assembly', {
        field: 'organiser',
      });
    const viewer = authorize(v, votePolicy, 'edit', draft);
    const title = checkHead(input.title, input.opensAt, input.closesAt);
    return this.ds.transaction(async (m) => {
      const vote = await m.getRepository(VoteEntity).save({
        streetId: estate.streetId,
        communityId: estate.communityId,
        estateId: estate.id,
        title,
        organiser: input.organiser,
        status: VoteStatus.DRAFT,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        openBallots: input.openBallots,
        totalArea: null,
        totalOwners: null,
        openedAt: null,
        closedAt: null,
        result: null,
        publishedAt: null,
        createdById: viewer.userId,
        version: 1,
      } as VoteEntity);
      await this.saveMatters(m, viewer, vote, input.matters, []);
      await this.record(actor, viewer, m, vote, 'vote.create', { title, matters: input.matters.length });
      return vote;
    });
  }

  async update(actor: Actor, input: UpdateVoteInput): Promise<VoteEntity> {
    const vote = await loadVote(this.ds, actor.viewer, input.voteId);
    const viewer = authorizeVote(actor.viewer, vote, 'edit', VoteStatus.DRAFT, R.VOTE_NOT_DRAFT);
    const title = checkHead(input.title, input.opensAt, input.closesAt);
    return this.ds.transaction(async (m) => {
      // The draft is still a draft when it is changed: the version decides between two editors.
      const r = await m
        .createQueryBuilder()
        .update(VoteEntity)
        .set({
          title,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          openBallots: input.openBallots,
          version: vote.version + 1,
        })
        .where('id = :id AND version = :v AND status = :s', { id: vote.id, v: vote.version, s: VoteStatus.DRAFT })
        .execute();
      if (r.affected !== 1) throw fail(R.VOTE_NOT_DRAFT, 'The vote changed meanwhile (opened or edited): reload');
      const old = await m.getRepository(VoteMatterEntity).findBy({ voteId: vote.id });
      const kept = old.flatMap((o) => JSON.parse(o.attachmentFileIds) as string[]);
      await m.getRepository(VoteMatterEntity).delete({ voteId: vote.id });
      await this.saveMatters(m, viewer, vote, input.matters, kept);
      await this.record(actor, viewer, m, vote, 'vote.update', { title, matters: input.matters.length });
      return m.getRepository(VoteEntity).findOneByOrFail({ id: vote.id });
    });
  }

  /** Opens a draft: the roll is frozen from the estate's voting units (解释第八、九条), owners told. */
  async open(actor: Actor, voteId: string): Promise<VoteEntity> {
    const vote = await loadVote(this.ds, actor.viewer, voteId);
    const viewer = authorizeVote(actor.viewer, vote, 'open', VoteStatus.DRAFT, R.VOTE_NOT_DRAFT);
    const units = await unitsOfRecord(this.ds.manager, vote.estateId);
    const roll = buildRoll(units);
    if (roll.length === 0) throw fail(R.VOTE_EMPTY_ROLL, 'No household of the estate has a registered area');
    const now = new Date();
    const totalArea = roll.reduce((s, o) => s + o.areaCentiM2, 0);
    const { saved, rows } = await this.ds.transaction(async (m) => {
      const r = await m
        .createQueryBuilder()
        .update(VoteEntity)
        .set({ status: VoteStatus.OPEN, openedAt: now, totalArea, totalOwners: roll.length, version: vote.version + 1 })
        .where('id = :id AND status = :s', { id: vote.id, s: VoteStatus.DRAFT })
        .execute();
      if (r.affected !== 1) throw fail(R.VOTE_NOT_DRAFT, 'The vote was opened meanwhile');
      const voters = roll.map((o, position) =>
        m.create(VoteVoterEntity, {
          voteId: vote.id,
          ownerKey: o.ownerKey,
          userId: o.userId,
          ownerName: o.ownerName,
          developer: o.developer,
          areaCentiM2: o.areaCentiM2,
          unitCount: o.householdIds.length,
          householdIds: JSON.stringify(o.householdIds),
          position,
        }),
      );
      await m.save(voters, { chunk: 200 });
      await this.record(actor, viewer, m, vote, 'vote.open', { owners: roll.length, area: totalArea });
      const notices = await this.notifications.add(
        m,
        voters
          .filter((v) => v.userId)
          .map((v) => ({
            userId: v.userId as string,
            kind: VoteNoticeKind.VOTE_OPENED,
            subject: { type: 'Vote', id: vote.id },
            params: { title: vote.title, closesAt: vote.closesAt.toISOString() },
            communityId: vote.communityId,
          })),
      );
      return { saved: await m.getRepository(VoteEntity).findOneByOrFail({ id: vote.id }), rows: notices };
    });
    this.notifications.publish(rows);
    return saved;
  }

  /** Tells the owners of the roll who have an account and have not voted yet; returns how many. */
  async remind(actor: Actor, voteId: string): Promise<number> {
    const vote = await loadVote(this.ds, actor.viewer, voteId);
    const viewer = authorizeVote(actor.viewer, vote, 'remind', VoteStatus.OPEN, R.VOTE_NOT_OPEN);
    const pending = await this.ds
      .getRepository(VoteVoterEntity)
      .createQueryBuilder('v')
      .where('v.voteId = :id AND v.userId IS NOT NULL', { id: vote.id })
      .andWhere('NOT EXISTS (SELECT 1 FROM vote_ballot b WHERE b.voteId = v.voteId AND b.voterId = v.id)')
      .getMany();
    const rows = await this.ds.transaction(async (m) => {
      await this.record(actor, viewer, m, vote, 'vote.remind', { owners: pending.length });
      return this.notifications.add(
        m,
        pending.map((v) => ({
          userId: v.userId as string,
          kind: VoteNoticeKind.VOTE_REMINDER,
          subject: { type: 'Vote', id: vote.id },
          params: { title: vote.title, closesAt: vote.closesAt.toISOString() },
          communityId: vote.communityId,
        })),
      );
    });
    this.notifications.publish(rows);
    return pending.length;
  }

  private async saveMatters(
    m: EntityManager,
    viewer: Viewer,
    vote: VoteEntity,
    matters: VoteMatterInput[],
    alreadyAttached: string[],
  ): Promise<void> {
    const all = matters.flatMap((x) => x.attachmentFileIds ?? []);
    const fresh = all.filter((id) => !alreadyAttached.includes(id));
    await this.files.assertAttachable(
      viewer,
      fresh,
      { field: 'attachmentFileIds', max: 100, accept: ACCEPTED_ATTACHMENTS },
      m,
    );
    await this.files.attach(m, fresh, 'Vote', vote.id);
    await m.getRepository(VoteMatterEntity).save(
      matters.map((x, position) => {
        const title = x.title.trim();
        const text = x.text.trim();
        if (!title || !text) throw fail(R.VOTE_BLANK_TITLE, 'A matter’s title or text is blank', { field: 'matters' });
        return m.create(VoteMatterEntity, {
          voteId: vote.id,
          position,
          kind: x.kind,
          title,
          text,
          attachmentFileIds: JSON.stringify(x.attachmentFileIds ?? []),
        });
      }),
    );
  }

  private record(
    actor: Actor,
    viewer: Viewer,
    m: EntityManager,
    vote: VoteEntity,
    operation: string,
    summary: Record<string, string | number>,
  ) {
    return this.audit.record(
      actor.meta,
      {
        operation,
        targetType: 'Vote',
        targetId: vote.id,
        grant: actingGrant(viewer, 'vote.manage', placeOf(vote)),
        streetId: vote.streetId,
        communityId: vote.communityId,
        summary,
      },
      m,
    );
  }
}

function checkHead(rawTitle: string, opensAt: Date, closesAt: Date): string {
  const title = rawTitle.trim();
  if (!title) throw fail(R.VOTE_BLANK_TITLE, 'The title is blank', { field: 'title' });
  const span = closesAt.getTime() - opensAt.getTime();
  if (!(span > 0) || span > MAX_PERIOD_MS)
    throw fail(R.VOTE_BAD_PERIOD, 'The vote must close after it opens, within 90 days', { field: 'closesAt' });
  return title;
}

/** The estate's voting units with their owner of record (staff-entered, else the approved OWNER binding). */
export async function unitsOfRecord(m: EntityManager, estateId: string): Promise<UnitOfRecord[]> {
  const rows: VoteUnitEntity[] = await m
    .getRepository(VoteUnitEntity)
    .createQueryBuilder('u')
    .innerJoin('household', 'h', 'h.id = u.householdId AND h.archivedAt IS NULL')
    .innerJoin('building', 'b', 'b.id = h.buildingId')
    .where('u.estateId = :estateId', { estateId })
    .orderBy('b.name', 'ASC')
    .addOrderBy('h.unit', 'ASC')
    .addOrderBy('h.room', 'ASC')
    .getMany();
  const owners = await bindingOwners(
    m,
    rows.map((r) => r.householdId),
  );
  return rows.map((u) => ({
    householdId: u.householdId,
    areaCentiM2: u.areaCentiM2,
    userId: u.ownerUserId ?? owners.get(u.householdId) ?? null,
    ownerRef: u.ownerRef,
    ownerName: u.ownerName,
    developerHeld: u.developerHeld,
  }));
}

/** The owner of record from the approved OWNER binding of each household (the earliest reviewed). */
export async function bindingOwners(m: EntityManager, householdIds: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (let i = 0; i < householdIds.length; i += 500) {
    const rows = await unscoped(m, 'owners of record of units whose estate the caller already placed in scope')
      .repo(HouseholdBindingEntity)
      .find({
        where: {
          householdId: In(householdIds.slice(i, i + 500)),
          status: BindingStatus.APPROVED,
          relation: HouseholdRelation.OWNER,
        },
        order: { reviewedAt: 'ASC', id: 'ASC' },
      });
    for (const r of rows) if (!map.has(r.householdId)) map.set(r.householdId, r.userId);
  }
  return map;
}
