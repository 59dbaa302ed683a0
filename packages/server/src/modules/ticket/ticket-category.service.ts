import type { DataSource } from 'typeorm';
import { actingGrant, assertCan, authorize } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { placeOfCommunity } from '../org/org.policy.js';
import { claimVersion } from '../org/org.service.js';
import type { TreeService } from '../org/tree.service.js';
import { TicketReasons } from './ticket.errors.js';
import type * as I from './ticket.inputs.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';

/** The fields an update may change. */
const UPDATABLE = ['nameZh', 'nameEn', 'defaultOrgKind', 'replyDays', 'resolveDays', 'active', 'sortOrder'] as const;

/** Categories and their deadlines, configured per community by its staff. */
export class TicketCategoryService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly tree: TreeService,
  ) {}

  async create(actor: Actor, input: I.CreateTicketCategoryInput): Promise<TicketCategoryEntity> {
    const community = await this.tree.getCommunity(actor.viewer, input.communityId);
    const place = placeOfCommunity(community);
    const viewer = assertCan(actor.viewer, 'ticket.configure', place, 'Community');
    try {
      return await this.ds.transaction(async (m) => {
        // Field by field: an input object may carry more than its type declares (id, createdAt…).
        const fields = {
          code: input.code,
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          defaultOrgKind: input.defaultOrgKind,
          replyDays: input.replyDays,
          resolveDays: input.resolveDays,
          sortOrder: input.sortOrder,
        };
        const row = await m.save(
          m.create(TicketCategoryEntity, {
            ...fields,
            communityId: community.id,
            streetId: community.streetId,
            active: true,
          }),
        );
        await this.audited(actor, viewer, m, 'ticket.category.create', row, { communityId: community.id, ...fields });
        return row;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw fail(TicketReasons.TICKET_CATEGORY_CODE_TAKEN, 'A category with this code exists in the community');
      throw err;
    }
  }

  async update(actor: Actor, input: I.UpdateTicketCategoryInput): Promise<TicketCategoryEntity> {
    const row = await this.ds.getRepository(TicketCategoryEntity).findOneBy({ id: input.id });
    if (!row) throw notFound('TicketCategory');
    const place = { streetId: row.streetId, communityId: row.communityId, estateId: null };
    const viewer = authorize(actor.viewer, 'ticket.configure', place, 'TicketCategory', 'tree.read');
    return this.ds.transaction(async (m) => {
      await claimVersion(m, row, input.expectedVersion, 'TicketCategory', TicketReasons.TICKET_CATEGORY_VERSION_STALE);
      for (const key of UPDATABLE) {
        if (input[key] !== undefined && input[key] !== null)
          (row as unknown as Record<string, unknown>)[key] = input[key];
      }
      const saved = await m.save(row);
      const changes = Object.fromEntries(UPDATABLE.filter((k) => input[k] != null).map((k) => [k, input[k]]));
      await this.audited(actor, viewer, m, 'ticket.category.update', saved, changes);
      return saved;
    });
  }

  private async audited(
    actor: Actor,
    viewer: Viewer,
    m: import('typeorm').EntityManager,
    operation: string,
    row: TicketCategoryEntity,
    summary: Record<string, unknown>,
  ) {
    const place = { streetId: row.streetId, communityId: row.communityId, estateId: null };
    await this.audit.record(
      actor.meta,
      {
        operation,
        targetType: 'TicketCategory',
        targetId: row.id,
        grant: actingGrant(viewer, 'ticket.configure', place),
        streetId: row.streetId,
        communityId: row.communityId,
        summary,
      },
      m,
    );
  }
}
