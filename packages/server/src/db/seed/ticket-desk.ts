import type { DataSource } from 'typeorm';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import { OrganisationKind } from '../../modules/org/org.enums.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { TicketCategoryEntity } from '../../modules/ticket/ticket-category.entity.js';
import { TicketDeskSettingEntity, TicketRoutingRuleEntity } from '../../modules/ticket/ticket-desk.entities.js';
import { TicketPriority } from '../../modules/ticket/ticket-desk.enums.js';

/**
 * The desk of 博学路社区: a child category 电梯困人 under 安全隐患 whose tickets are emergencies,
 * routing rules (设施报修 in 天钜银河府 → 绿城物业, pre-filled; 电梯困人 → 绿城物业 and the
 * community office, routed at once), and its settings (2 emergency hours, 4 working hours to
 * acknowledge). Idempotent: skipped once the community has a routing rule.
 */
export async function seedTicketDesk(ds: DataSource): Promise<void> {
  const boxue = await ds.getRepository(CommunityEntity).findOneBy({ name: '博学路社区' });
  if (!boxue || (await ds.getRepository(TicketRoutingRuleEntity).existsBy({ communityId: boxue.id }))) return;
  const categories = ds.getRepository(TicketCategoryEntity);
  const safety = await categories.findOneBy({ communityId: boxue.id, code: 'SAFETY_HAZARD' });
  const repair = await categories.findOneBy({ communityId: boxue.id, code: 'FACILITIES_REPAIR' });
  const tianju = await ds.getRepository(EstateEntity).findOneBy({ name: '天钜银河府' });
  const greentown = await ds.getRepository(OrganisationEntity).findOneBy({ name: '绿城物业服务集团' });
  const office = await ds
    .getRepository(OrganisationEntity)
    .findOneBy({ communityId: boxue.id, kind: OrganisationKind.COMMUNITY_OFFICE });
  if (!safety || !repair || !tianju || !greentown || !office) return;
  const lift = await categories.save(
    categories.create({
      communityId: boxue.id,
      streetId: boxue.streetId,
      code: 'LIFT_TRAPPED',
      nameZh: '电梯困人',
      nameEn: 'Trapped in a lift',
      defaultOrgKind: OrganisationKind.PROPERTY_COMPANY,
      replyDays: 1,
      resolveDays: 3,
      active: true,
      sortOrder: safety.sortOrder,
      parentId: safety.id,
      defaultPriority: TicketPriority.EMERGENCY,
    }),
  );
  const rules = ds.getRepository(TicketRoutingRuleEntity);
  await rules.save([
    rules.create({
      streetId: boxue.streetId,
      communityId: boxue.id,
      categoryId: repair.id,
      estateId: tianju.id,
      organisationIds: [greentown.id],
      autoRoute: false,
      version: 1,
    }),
    rules.create({
      streetId: boxue.streetId,
      communityId: boxue.id,
      categoryId: lift.id,
      estateId: tianju.id,
      organisationIds: [greentown.id, office.id],
      autoRoute: true,
      version: 1,
    }),
  ]);
  await ds
    .getRepository(TicketDeskSettingEntity)
    .upsert({ communityId: boxue.id, emergencyHours: 2, acknowledgeHours: 4 }, ['communityId']);
}
