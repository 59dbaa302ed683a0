import type { DataSource, EntityManager } from 'typeorm';
import { actingGrant } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import { sqlDate } from '../../db/sql.js';
import { type PageArgs, paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { authorizeVote, type LoadedVote, loadVote } from './vote.access.js';
import {
  VoteBallotEntity,
  VoteBallotRevisionEntity,
  VoteChoiceEntity,
  VoteEntity,
  VoteMatterEntity,
  VoteVoterEntity,
} from './vote.entity.js';
import { BallotChannel, VoteStatus } from './vote.enums.js';
import { VoteReasons as R } from './vote.errors.js';
import type { BallotChoiceInput, CastBallotInput, EnterPaperBallotInput } from './vote.inputs.js';
import { VoteNoticeKind } from './vote.notices.js';
import { placeOf, votePolicy } from './vote.policy.js';
import type { TallyResult } from './vote.rule.js';
import type { VoteResultPublisher } from './vote.service.js';
import { liveTallies } from './vote-tally.js';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
const ATTEMPTS = 4;

/** Which owners of the roll a page lists. */
export type RollFilter = 'ALL' | 'VOTED' | 'NOT_VOTED';

/** Ballots (online and paper), the live tally, closing and the frozen result. */
export class VoteBallotService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly notifications: NotificationService,
    private readonly publisher: VoteResultPublisher,
  ) {}

  /** An owner's own ballot, online: cast or changed until the vote closes; every version kept. */
  async cast(actor: Actor, input: CastBallotInput): Promise<LoadedVote> {
    const vote = await loadVote(this.ds, actor.viewer, input.voteId);
    authorizeVote(actor.viewer, vote, 'cast', VoteStatus.OPEN, R.VOTE_NOT_OPEN);
    const voter = vote.myVoter as VoteVoterEntity;
    await this.write(vote, voter, input.choices, {
      channel: BallotChannel.ONLINE,
      enteredById: null,
      scanFileId: null,
    });
    return vote;
  }

  /** A signed paper ballot entered by staff with its scan; audited (who entered it for whom). */
  async enterPaper(actor: Actor, input: EnterPaperBallotInput): Promise<LoadedVote> {
    const vote = await loadVote(this.ds, actor.viewer, input.voteId);
    const viewer = authorizeVote(actor.viewer, vote, 'enterPaperBallot', VoteStatus.OPEN, R.VOTE_NOT_OPEN);
    const voter = await this.ds.getRepository(VoteVoterEntity).findOneBy({ id: input.voterId, voteId: vote.id });
    if (!voter) throw notFound('VoteVoter');
    if (!input.scanFileId)
      throw fail(R.VOTE_SCAN_REQUIRED, 'The scan of the signed ballot is required', { field: 'scanFileId' });
    await this.files.assertAttachable(viewer, [input.scanFileId], { field: 'scanFileId', max: 1, accept: SCAN_TYPES });
    await this.write(
      vote,
      voter,
      input.choices,
      { channel: BallotChannel.PAPER, enteredById: viewer.userId, scanFileId: input.scanFileId },
      async (m, revision) => {
        await this.files.attach(m, [input.scanFileId], 'VoteBallotScan', vote.id);
        await this.audit.record(
          actor.meta,
          {
            operation: 'vote.ballot.enter',
            targetType: 'Vote',
            targetId: vote.id,
            grant: actingGrant(viewer, 'vote.manage', placeOf(vote)),
            streetId: vote.streetId,
            communityId: vote.communityId,
            summary: { voterId: voter.id, revision, scanFileId: input.scanFileId },
          },
          m,
        );
      },
    );
    return vote;
  }

  private async write(
    vote: VoteEntity,
    voter: VoteVoterEntity,
    choices: BallotChoiceInput[],
    how: Pick<VoteBallotEntity, 'channel' | 'enteredById' | 'scanFileId'>,
    extra?: (m: EntityManager, revision: number) => Promise<void>,
  ): Promise<void> {
    const matters = await this.ds.getRepository(VoteMatterEntity).findBy({ voteId: vote.id });
    const wanted = new Set(matters.map((x) => x.id));
    const given = new Set(choices.map((c) => c.matterId));
    if (given.size !== choices.length || given.size !== wanted.size || [...given].some((id) => !wanted.has(id)))
      throw fail(R.VOTE_BAD_CHOICES, 'Give exactly one choice for each matter', { field: 'choices' });
    const mysql = this.ds.options.type !== 'better-sqlite3';
    for (let attempt = 1; ; attempt++) {
      try {
        await this.ds.transaction(async (m) => {
          const now = new Date();
          // The vote row read under a shared lock: ballots run side by side, closing (an UPDATE)
          // waits for them, and a ballot after the freeze sees CLOSED.
          const qb = m
            .getRepository(VoteEntity)
            .createQueryBuilder('v')
            .where('v.id = :id AND v.status = :s', { id: vote.id, s: VoteStatus.OPEN })
            .andWhere('v.opensAt <= :now AND v.closesAt > :now', { now: sqlDate(this.ds, now) });
          if (mysql) qb.setLock('pessimistic_read');
          if (!(await qb.getOne())) throw fail(R.VOTE_NOT_OPEN, 'The vote does not take ballots now');
          const repo = m.getRepository(VoteBallotEntity);
          const current = await repo.findOneBy({ voteId: vote.id, voterId: voter.id });
          let ballot: VoteBallotEntity;
          if (!current) {
            ballot = await repo.save(repo.create({ voteId: vote.id, voterId: voter.id, revision: 1, ...how }));
          } else {
            const r = await m
              .createQueryBuilder()
              .update(VoteBallotEntity)
              .set({ ...how, revision: current.revision + 1 })
              .where('id = :id AND revision = :rev', { id: current.id, rev: current.revision })
              .execute();
            if (r.affected !== 1) throw new Retry();
            ballot = { ...current, ...how, revision: current.revision + 1 };
            await m.getRepository(VoteChoiceEntity).delete({ ballotId: current.id });
          }
          await m.getRepository(VoteChoiceEntity).insert(
            choices.map((c) => ({
              voteId: vote.id,
              ballotId: ballot.id,
              voterId: voter.id,
              matterId: c.matterId,
              choice: c.choice,
            })),
          );
          await m.getRepository(VoteBallotRevisionEntity).insert({
            voteId: vote.id,
            ballotId: ballot.id,
            voterId: voter.id,
            revision: ballot.revision,
            choices: JSON.stringify(choices.map((c) => ({ matterId: c.matterId, choice: c.choice }))),
            ...how,
          });
          await extra?.(m, ballot.revision);
        });
        return;
      } catch (err) {
        if (!(err instanceof Retry) && !isUniqueViolation(err)) throw err;
        if (attempt >= ATTEMPTS)
          throw fail(R.VOTE_BALLOT_CHANGED_CONCURRENTLY, 'The ballot was changed at the same moment elsewhere');
      }
    }
  }

  /** Closes the open votes whose closing time has come (the job; also on reading one past its time). */
  async closeDue(now = new Date()): Promise<number> {
    const due = await unscoped(this.ds, 'the closing job looks at every open vote past its closing time')
      .query(VoteEntity, 'v')
      .where('v.status = :s AND v.closesAt <= :now', { s: VoteStatus.OPEN, now: sqlDate(this.ds, now) })
      .getMany();
    let closed = 0;
    for (const v of due) if (await this.close(v, now)) closed += 1;
    return closed;
  }

  /** Freezes one vote's result (once: the conditional UPDATE decides), publishes it, tells its owners. */
  async close(vote: VoteEntity, now = new Date()): Promise<boolean> {
    if (vote.status !== VoteStatus.OPEN || vote.closesAt.getTime() > now.getTime()) return false;
    const done = await this.ds.transaction(async (m) => {
      const r = await m
        .createQueryBuilder()
        .update(VoteEntity)
        .set({ status: VoteStatus.CLOSED, closedAt: now, version: vote.version + 1 })
        .where('id = :id AND status = :s', { id: vote.id, s: VoteStatus.OPEN })
        .execute();
      if (r.affected !== 1) return null;
      const result = (await liveTallies(m, [vote])).get(vote.id) as TallyResult;
      // The committee's disclosure channel (业委会公开) gets the frozen result in the same transaction.
      const published = await this.publisher.publish(m, vote, result, now);
      await m
        .getRepository(VoteEntity)
        .update({ id: vote.id }, { result: JSON.stringify(result), publishedAt: published ? now : null });
      const voters = await m
        .getRepository(VoteVoterEntity)
        .find({ where: { voteId: vote.id }, select: { userId: true } });
      const passed = result.matters.filter((x) => x.passed).length;
      const rows = await this.notifications.add(
        m,
        voters
          .filter((v) => v.userId)
          .map((v) => ({
            userId: v.userId as string,
            kind: VoteNoticeKind.VOTE_CLOSED,
            subject: { type: 'Vote', id: vote.id },
            params: {
              title: vote.title,
              summaryZh: `${result.matters.length} 项事项，${passed} 项通过`,
              summaryEn: `${passed} of ${result.matters.length} matter(s) passed`,
            },
            communityId: vote.communityId,
          })),
      );
      return rows;
    });
    if (!done) return false;
    this.notifications.publish(done);
    return true;
  }

  /** A page of the roll (staff who read the vote), in roll order. */
  /** `withBallots`: each owner's current ballot read with the page (mapped onto `joinedBallot`). */
  async roll(actor: Actor, voteId: string, args: PageArgs & { filter: RollFilter }, withBallots = false) {
    const vote = await loadVote(this.ds, actor.viewer, voteId);
    authorizeVote(actor.viewer, vote, 'readRoll', vote.status, R.VOTE_NOT_OPEN);
    const qb = unscoped(this.ds, 'the roll of a vote the viewer may read the roll of (checked above)')
      .query(VoteVoterEntity, 'voter')
      .where('voter.voteId = :voteId', { voteId: vote.id });
    const voted = 'EXISTS (SELECT 1 FROM vote_ballot b WHERE b.voteId = voter.voteId AND b.voterId = voter.id)';
    if (args.filter === 'VOTED') qb.andWhere(voted);
    if (args.filter === 'NOT_VOTED') qb.andWhere(`NOT ${voted}`);
    // One ballot per owner (uq_vote_ballot_voter), so the join keeps one row per owner.
    const ballots = withBallots
      ? [{ property: 'joinedBallot', entity: VoteBallotEntity, column: 'id', by: 'voterId' }]
      : [];
    return { vote, page: await paginate(qb, args, (e) => e, 'ASC', ballots) };
  }

  /** Every version of one owner's ballot (staff who may see choices, or the owner), oldest first. */
  async history(viewer: Viewer | null, vote: LoadedVote, voterId: string): Promise<VoteBallotRevisionEntity[]> {
    const own = vote.myVoter?.id === voterId;
    if (!own) authorizeVote(viewer, vote, 'readChoices', vote.status, R.VOTE_NOT_OPEN);
    return this.ds.getRepository(VoteBallotRevisionEntity).find({
      where: { voteId: vote.id, voterId },
      order: { revision: 'ASC' },
      take: 100,
    });
  }

  /** Whether the viewer may read a file attached to a vote ('Vote': readers; 'VoteBallotScan': roll readers). */
  async canReadFile(viewer: Viewer, voteId: string, scan: boolean): Promise<boolean> {
    try {
      const vote = await loadVote(this.ds, viewer, voteId);
      return scan ? votePolicy.abilities.readRoll(viewer, vote) : true;
    } catch {
      return false;
    }
  }
}

class Retry extends Error {}
