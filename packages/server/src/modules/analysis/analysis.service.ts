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
import { AnalysisSettingEntity } from './analysis.entity.js';
import { AnalysisReasons as R } from './analysis.errors.js';
import type { CreateAnalysisInput } from './analysis.inputs.js';
import { analysisPolicy, analysisRead, placeOfAnalysis } from './analysis.policy.js';

export class AnalysisService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A page of a community's analysis records the viewer may read, newest first. */
  list(actor: Actor, communityId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(analysisRead, 'analysis')
      .andWhere('analysis.communityId = :communityId', { communityId });
    return paginate(qb, page, (e) => e);
  }

  /** Creates a record in a community (`analysis.manage` there), audited. */
  async create(actor: Actor, input: CreateAnalysisInput): Promise<AnalysisSettingEntity> {
    const community = await unscoped(this.ds, 'the place of the new record, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, analysisPolicy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.ANALYSIS_BLANK_NAME, 'The name is blank', { field: 'name' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(AnalysisSettingEntity).save({ ...draft, name } as AnalysisSettingEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'analysis.create',
          targetType: 'Analysis',
          targetId: row.id,
          grant: actingGrant(viewer, 'analysis.manage', placeOfAnalysis(draft)),
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
