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
import { TriageEntity } from './triage.entity.js';
import { TriageReasons as R } from './triage.errors.js';
import type { CreateTriageInput } from './triage.inputs.js';
import { placeOfTriage, triagePolicy, triageRead } from './triage.policy.js';

export class TriageService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A page of a community's triage records the viewer may read, newest first. */
  list(actor: Actor, communityId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(triageRead, 'triage')
      .andWhere('triage.communityId = :communityId', { communityId });
    return paginate(qb, page, (e) => e);
  }

  /** Creates a record in a community (`triage.manage` there), audited. */
  async create(actor: Actor, input: CreateTriageInput): Promise<TriageEntity> {
    const community = await unscoped(this.ds, 'the place of the new record, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, triagePolicy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.TRIAGE_BLANK_NAME, 'The name is blank', { field: 'name' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(TriageEntity).save({ ...draft, name } as TriageEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'triage.create',
          targetType: 'Triage',
          targetId: row.id,
          grant: actingGrant(viewer, 'triage.manage', placeOfTriage(draft)),
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
