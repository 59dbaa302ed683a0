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
import { VolunteerEntity } from './volunteer.entity.js';
import { VolunteerReasons as R } from './volunteer.errors.js';
import type { CreateVolunteerInput } from './volunteer.inputs.js';
import { placeOfVolunteer, volunteerPolicy, volunteerRead } from './volunteer.policy.js';

export class VolunteerService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A page of a community's volunteer records the viewer may read, newest first. */
  list(actor: Actor, communityId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(volunteerRead, 'volunteer')
      .andWhere('volunteer.communityId = :communityId', { communityId });
    return paginate(qb, page, (e) => e);
  }

  /** Creates a record in a community (`volunteer.manage` there), audited. */
  async create(actor: Actor, input: CreateVolunteerInput): Promise<VolunteerEntity> {
    const community = await unscoped(this.ds, 'the place of the new record, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, volunteerPolicy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.VOLUNTEER_BLANK_NAME, 'The name is blank', { field: 'name' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(VolunteerEntity).save({ ...draft, name } as VolunteerEntity);
      await this.audit.record(
        actor.meta,
        {
          operation: 'volunteer.create',
          targetType: 'Volunteer',
          targetId: row.id,
          grant: actingGrant(viewer, 'volunteer.manage', placeOfVolunteer(draft)),
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
