import type { TicketCategoryEntity } from '../../src/modules/ticket/ticket-category.entity.js';
import { TicketRoutingRuleEntity } from '../../src/modules/ticket/ticket-desk.entities.js';
import type { FactoryContext } from './context.js';

/** A routing rule (分派规则) of a category's community, written directly (the API checks the handlers; tests of it use the API). */
export function buildRoutingRule(
  f: FactoryContext,
  o: { category: TicketCategoryEntity; organisationIds: string[]; estateId?: string | null; autoRoute?: boolean },
): Promise<TicketRoutingRuleEntity> {
  return f.db.dataSource.getRepository(TicketRoutingRuleEntity).save({
    streetId: o.category.streetId,
    communityId: o.category.communityId,
    categoryId: o.category.id,
    estateId: o.estateId ?? null,
    organisationIds: o.organisationIds,
    autoRoute: o.autoRoute ?? false,
    version: 1,
  });
}
