import type { DataSource } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { VoteEntity } from './vote.entity.js';
import { VoteReasons as R } from './vote.errors.js';
import type { CreateVoteInput } from './vote.inputs.js';
import { placeOfVote, votePolicy, voteRead } from './vote.policy.js';

export class VoteService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A page of a community's vote records the viewer may read, newest first. */
  list(actor: Actor, communityId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(voteRead, 'vote')
      .andWhere('vote.communityId = :communityId', { communityId });
    return paginate(qb, page, (e) => e);
  }

  /** Creates a record in a community (`vote.manage` there), audited. */
  async create(actor: Actor, input: CreateVoteInput): Promise<VoteEntity> {
    const community = await unscoped(this.ds, 'the place of the new record, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, votePolicy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.VOTE_BLANK_NAME, 'The name is blank', { field: 'name' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(VoteEntity).save({ ...draft, name } as VoteEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'vote.create',
          targetType: 'Vote',
          targetId: row.id,
          grant: actingGrant(viewer, 'vote.manage', placeOfVote(draft)),
          streetId: draft.streetId,
          communityId: draft.communityId,
          summary: { name },
        },
        m,
      );
      return row;
    });
  }
}
