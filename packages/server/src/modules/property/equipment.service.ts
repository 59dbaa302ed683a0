import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import { Role } from '../identity/identity.enums.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import type { JobService } from '../job/job.service.js';
import { shanghaiHour } from '../job/job.service.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { BuildingEntity } from '../org/building.entity.js';
import { CommunityEntity } from '../org/community.entity.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import {
  DEFAULT_RULES,
  duesOf,
  effectiveRules,
  isKnownRequirement,
  type Rule,
  SATISFIED_BY,
  shanghaiDate,
} from './maintenance.rules.js';
import { EquipmentEntity, MaintenanceRecordEntity, MaintenanceRuleEntity } from './property.entity.js';
import { type EquipmentKind, type MaintenanceKind, MaintenanceResult, MaintenanceStatus } from './property.enums.js';
import { PropertyReasons as R } from './property.errors.js';
import type { RecordMaintenanceInput, RegisterEquipmentInput, SetMaintenanceRuleInput } from './property.inputs.js';
import { checkDate, estatePlace, optional, required } from './property.place.js';
import {
  type EstatePlace,
  equipmentRead,
  estatePolicy,
  filterEstateRecords,
  maintenanceRecordRead,
  placeOf,
  rulePolicy,
} from './property.policy.js';

/** The attached type of a maintenance record's files (the signed sheet). */
export const RECORD_FILE = 'MaintenanceRecord';

/** A maintenance record about to be written (checked): what `recordMaintenance` and the import share. */
export interface RecordDraft {
  performedOn: string;
  kind: MaintenanceKind;
  contractor: string;
  result: MaintenanceResult;
  defects: string | null;
  fix: string | null;
  nextDueOn: string | null;
}

/**
 * The equipment register, maintenance records, the maintenance rules in force and the overdue
 * watch. Each piece of equipment keeps its soonest due date (`dueOn`), recomputed whenever a
 * record is written or a rule changes; its status is that date judged against today's date.
 */
export class EquipmentService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobService,
    /** The clock statuses are judged by (tests set a fixed one). */
    public clock: () => Date = () => new Date(),
  ) {}

  /** Today in Asia/Shanghai by the service's clock. */
  today(): string {
    return shanghaiDate(this.clock());
  }

  register(
    actor: Actor,
    args: PageArgs & {
      estateId?: string | null;
      communityId?: string | null;
      kind?: EquipmentKind | null;
      status?: MaintenanceStatus | null;
    },
  ) {
    if (!args.estateId && !args.communityId) {
      throw fail(R.PROPERTY_BLANK, 'Give estateId or communityId', { field: 'estateId' });
    }
    const qb = scoped(this.ds, actor.viewer).query(equipmentRead, 'q');
    if (args.estateId) qb.andWhere('q.estateId = :estateId', { estateId: args.estateId });
    if (args.communityId) qb.andWhere('q.communityId = :communityId', { communityId: args.communityId });
    if (args.kind) qb.andWhere('q.kind = :kind', { kind: args.kind });
    const today = this.today();
    if (args.status === MaintenanceStatus.OVERDUE) qb.andWhere('q.dueOn < :today', { today });
    if (args.status === MaintenanceStatus.DUE_SOON) {
      qb.andWhere('q.dueOn >= :today AND q.soonFrom <= :today', { today });
    }
    if (args.status === MaintenanceStatus.OK) qb.andWhere('(q.dueOn IS NULL OR q.soonFrom > :today)', { today });
    return paginate(qb, args, (e) => e);
  }

  get(actor: Actor, id: string) {
    return scoped(this.ds, actor.viewer).get(equipmentRead, id);
  }

  /** Overdue equipment of a community the viewer may read (the dashboard's figure). One statement. */
  overdueCount(actor: Actor, communityId: string): Promise<number> {
    return scoped(this.ds, actor.viewer)
      .query(equipmentRead, 'q')
      .andWhere('q.communityId = :communityId AND q.dueOn < :today', { communityId, today: this.today() })
      .getCount();
  }

  records(actor: Actor, equipmentId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(maintenanceRecordRead, 'r')
      .andWhere('r.equipmentId = :equipmentId', { equipmentId });
    return paginate(qb, page, (e) => e);
  }

  /** Whether the viewer may read one maintenance record (its files' read rule). */
  async canReadRecord(viewer: Viewer, id: string): Promise<boolean> {
    const qb = this.ds.getRepository(MaintenanceRecordEntity).createQueryBuilder('r').where('r.id = :id', { id });
    filterEstateRecords(qb, 'r', viewer);
    return (await qb.getCount()) > 0;
  }

  /** The rules in force in a community (defaults with its overrides). */
  async rules(actor: Actor, communityId: string): Promise<Rule[]> {
    const community = await this.community(communityId);
    if (!rulePolicy.read(requireViewer(actor.viewer), community)) throw notFound('Community');
    return this.rulesOf(this.ds.manager, communityId);
  }

  /** The rules in force in a community, for readers of its records (no ability asked). */
  async rulesOf(m: EntityManager, communityId: string): Promise<Rule[]> {
    const overrides = await m.getRepository(MaintenanceRuleEntity).findBy({ communityId });
    return effectiveRules(overrides);
  }

  private async community(id: string) {
    const c = await unscoped(this.ds, 'the community of a rule, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id });
    if (!c) throw notFound('Community');
    return { streetId: c.streetId, communityId: c.id };
  }

  async setRule(actor: Actor, input: SetMaintenanceRuleInput): Promise<Rule> {
    const place = await this.community(input.communityId);
    const viewer = authorize(actor.viewer, rulePolicy, 'configure', place);
    if (!isKnownRequirement(input.equipmentKind, input.requirement)) {
      throw fail(R.PROPERTY_RULE_UNKNOWN, 'That kind of equipment has no such obligation', { field: 'requirement' });
    }
    if (!Number.isInteger(input.intervalDays) || input.intervalDays < 1 || input.intervalDays > 3650) {
      throw fail(R.PROPERTY_BAD_INTERVAL, 'The interval must be 1 to 3650 days', { field: 'intervalDays' });
    }
    const rule: Rule = {
      equipmentKind: input.equipmentKind,
      requirement: input.requirement,
      intervalDays: input.intervalDays,
    };
    await this.ds.transaction(async (m) => {
      const repo = m.getRepository(MaintenanceRuleEntity);
      const key = { communityId: place.communityId, equipmentKind: rule.equipmentKind, requirement: rule.requirement };
      await m
        .createQueryBuilder()
        .insert()
        .into(MaintenanceRuleEntity)
        .values({ ...key, streetId: place.streetId, intervalDays: rule.intervalDays })
        .orIgnore()
        .execute();
      await repo.update(key, { intervalDays: rule.intervalDays });
      const affected = await m
        .getRepository(EquipmentEntity)
        .findBy({ communityId: place.communityId, kind: rule.equipmentKind });
      for (const e of affected) await this.recompute(m, e);
      await this.audit.record(
        actor.meta,
        {
          operation: 'property.rule.set',
          targetType: 'Community',
          targetId: place.communityId,
          grant: actingGrant(viewer, 'property.configure', { ...place, estateId: null }),
          streetId: place.streetId,
          communityId: place.communityId,
          summary: { ...rule },
        },
        m,
      );
    });
    return rule;
  }

  async registerEquipment(actor: Actor, input: RegisterEquipmentInput): Promise<EquipmentEntity> {
    const installedOn = checkDate(input.installedOn, 'installedOn');
    const name = required(input.name, 'name');
    const registrationNo = required(input.registrationNo, 'registrationNo');
    return this.ds.transaction(async (m) => {
      const place = await estatePlace(m, input.estateId);
      const viewer = authorize(actor.viewer, estatePolicy, 'publish', place);
      if (input.buildingId) {
        const b = await m.getRepository(BuildingEntity).findOneBy({ id: input.buildingId });
        if (!b || b.estateId !== place.estateId) {
          throw fail(R.PROPERTY_BUILDING_MISMATCH, 'The building is not in the estate', { field: 'buildingId' });
        }
      }
      if (await m.getRepository(EquipmentEntity).existsBy({ estateId: place.estateId, registrationNo })) {
        throw fail(R.PROPERTY_DUPLICATE_REGISTRATION, 'Registration number already in the register', {
          field: 'registrationNo',
        });
      }
      const row = await m.getRepository(EquipmentEntity).save({
        ...place,
        buildingId: input.buildingId ?? null,
        kind: input.kind,
        name,
        registrationNo,
        installedOn,
        dueOn: null,
        soonFrom: null,
        dueRequirement: null,
        overdueNotifiedAt: null,
      } as EquipmentEntity);
      await this.recompute(m, row);
      await this.auditPublish(m, actor, viewer, place, 'property.equipment.register', 'Equipment', row.id, {
        kind: input.kind,
        name,
        registrationNo,
      });
      return row;
    });
  }

  /** Checks one record's fields (BAD_USER_INPUT with the module's reason on the first fault). */
  checkRecord(
    input: Omit<RecordDraft, 'defects' | 'fix' | 'nextDueOn'> & {
      defects?: string | null;
      fix?: string | null;
      nextDueOn?: string | null;
    },
  ): RecordDraft {
    const performedOn = checkDate(input.performedOn, 'performedOn');
    if (performedOn > this.today()) {
      throw fail(R.PROPERTY_DATE_IN_FUTURE, 'performedOn is after today', { field: 'performedOn' });
    }
    const nextDueOn = optional(input.nextDueOn);
    if (nextDueOn) checkDate(nextDueOn, 'nextDueOn');
    return {
      performedOn,
      kind: input.kind,
      contractor: required(input.contractor, 'contractor'),
      result: input.result,
      defects: optional(input.defects),
      fix: optional(input.fix),
      nextDueOn,
    };
  }

  async recordMaintenance(actor: Actor, input: RecordMaintenanceInput): Promise<MaintenanceRecordEntity> {
    const draft = this.checkRecord(input);
    return this.ds.transaction(async (m) => {
      const equipment = await scoped(m, actor.viewer).get(equipmentRead, input.equipmentId);
      const place = { streetId: equipment.streetId, communityId: equipment.communityId, estateId: equipment.estateId };
      const viewer = authorize(actor.viewer, estatePolicy, 'publish', place);
      await this.files.assertAttachable(
        viewer,
        input.fileIds,
        { field: 'fileIds', max: 5, accept: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] },
        m,
      );
      const row = await m.getRepository(MaintenanceRecordEntity).save({
        ...place,
        equipmentId: equipment.id,
        ...draft,
        recordedById: viewer.userId,
      } as MaintenanceRecordEntity);
      await this.files.attach(m, input.fileIds, RECORD_FILE, row.id);
      await this.recompute(m, equipment);
      await this.auditPublish(m, actor, viewer, place, 'property.maintenance.record', 'MaintenanceRecord', row.id, {
        equipmentId: equipment.id,
        performedOn: draft.performedOn,
        kind: draft.kind,
        result: draft.result,
      });
      return row;
    });
  }

  /** Writes checked records of one estate in one transaction (the import), recomputing each piece once. */
  async writeRecords(
    actor: Actor,
    estateId: string,
    rows: { equipment: EquipmentEntity; draft: RecordDraft }[],
    m: EntityManager,
  ): Promise<void> {
    const place = await estatePlace(m, estateId);
    const viewer = authorize(actor.viewer, estatePolicy, 'publish', place);
    await m.getRepository(MaintenanceRecordEntity).save(
      rows.map(
        ({ equipment, draft }) =>
          ({ ...place, equipmentId: equipment.id, ...draft, recordedById: viewer.userId }) as MaintenanceRecordEntity,
      ),
      { chunk: 100 },
    );
    const touched = new Map(rows.map((r) => [r.equipment.id, r.equipment]));
    const rules = await this.rulesOf(m, place.communityId);
    for (const e of touched.values()) await this.recompute(m, e, rules);
    await this.auditPublish(m, actor, viewer, place, 'property.maintenance.import', 'Estate', estateId, {
      rows: rows.length,
      equipment: touched.size,
    });
  }

  /** Equipment of an estate by registration number (the import's lookup; the caller has authorised). */
  async byRegistration(m: EntityManager, estateId: string): Promise<Map<string, EquipmentEntity>> {
    const rows = await unscoped(m, 'the estate was authorised for publishing by the caller')
      .repo(EquipmentEntity)
      .findBy({ estateId });
    return new Map(rows.map((r) => [r.registrationNo, r]));
  }

  /**
   * Recomputes one piece's soonest due date from its records and the community's rules; a piece
   * back in time starts a new overdue episode (its notified mark is cleared).
   */
  async recompute(m: EntityManager, e: EquipmentEntity, rules?: Rule[]): Promise<void> {
    const last = await m
      .getRepository(MaintenanceRecordEntity)
      .createQueryBuilder('r')
      .select('r.kind', 'kind')
      .addSelect('MAX(r.performedOn)', 'last')
      .where('r.equipmentId = :id AND r.result <> :failed', { id: e.id, failed: MaintenanceResult.FAILED })
      .groupBy('r.kind')
      .getRawMany<{ kind: MaintenanceKind; last: string }>();
    const dues = duesOf(
      e.kind,
      e.installedOn,
      rules ?? (await this.rulesOf(m, e.communityId)),
      new Map(last.map((l) => [l.kind, l.last])),
    );
    const first = dues[0];
    const soonFrom = dues.reduce<string | null>((a, d) => (!a || d.soonFrom < a ? d.soonFrom : a), null);
    const patch: Partial<EquipmentEntity> = {
      dueOn: first?.dueOn ?? null,
      soonFrom,
      dueRequirement: first?.requirement ?? null,
    };
    if (!first || first.dueOn >= this.today()) patch.overdueNotifiedAt = null;
    await m.getRepository(EquipmentEntity).update({ id: e.id }, patch);
    Object.assign(e, patch);
  }

  private auditPublish(
    m: EntityManager,
    actor: Actor,
    viewer: Viewer,
    place: EstatePlace,
    operation: string,
    targetType: string,
    targetId: string,
    summary: Record<string, unknown>,
  ) {
    return this.audit.record(
      actor.meta,
      {
        operation,
        targetType,
        targetId,
        grant: actingGrant(viewer, 'property.publish', placeOf(place)),
        streetId: place.streetId,
        communityId: place.communityId,
        summary,
      },
      m,
    );
  }

  // ---- the overdue watch --------------------------------------------------------------------

  /** Once per Shanghai hour across processes: tells the companies of newly overdue equipment. */
  watch(now = this.clock()) {
    return this.jobs.runOnce('property.overdue-watch', shanghaiHour(now), () => this.notifyOverdue(now));
  }

  /** Notifies each overdue piece not yet notified in this episode; returns how many were flagged. */
  async notifyOverdue(now: Date): Promise<number> {
    const today = shanghaiDate(now);
    let count = 0;
    let after = '';
    for (;;) {
      const rows = await this.ds
        .getRepository(EquipmentEntity)
        .createQueryBuilder('q')
        .where('q.dueOn < :today AND q.overdueNotifiedAt IS NULL AND q.id > :after', { today, after })
        .orderBy('q.id', 'ASC')
        .take(200)
        .getMany();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.id as string;
      const staff = await this.companyStaff([...new Set(rows.map((r) => r.estateId))]);
      const notes: NewNotification[] = [];
      for (const e of rows) {
        for (const userId of staff.get(e.estateId) ?? []) {
          notes.push({
            userId,
            kind: 'EQUIPMENT_OVERDUE',
            subject: { type: 'Equipment', id: e.id },
            params: { name: e.name, registrationNo: e.registrationNo, dueOn: e.dueOn },
            communityId: e.communityId,
          });
        }
      }
      const published = await this.ds.transaction(async (m) => {
        await m.update(
          EquipmentEntity,
          { id: In(rows.map((r) => r.id)), overdueNotifiedAt: IsNull() },
          { overdueNotifiedAt: now },
        );
        return this.notifications.add(m, notes);
      });
      this.notifications.publish(published);
      count += rows.length;
    }
    return count;
  }

  /** Active staff of the property companies serving each estate. */
  private async companyStaff(estateIds: string[]): Promise<Map<string, string[]>> {
    const links = await this.ds
      .getRepository(OrganisationEstateEntity)
      .createQueryBuilder('l')
      .innerJoin(OrganisationEntity, 'o', 'o.id = l.organisationId')
      .where('l.estateId IN (:...estateIds)', { estateIds })
      .andWhere('o.kind = :kind', { kind: OrganisationKind.PROPERTY_COMPANY })
      .getMany();
    const orgIds = [...new Set(links.map((l) => l.organisationId))];
    const members = orgIds.length
      ? await this.ds.getRepository(MembershipEntity).find({
          where: { organisationId: In(orgIds), role: Role.PROPERTY_STAFF, revokedAt: IsNull() },
          select: { userId: true, organisationId: true },
        })
      : [];
    const out = new Map<string, string[]>();
    for (const l of links) {
      const users = members.filter((mm) => mm.organisationId === l.organisationId).map((mm) => mm.userId);
      out.set(l.estateId, [...new Set([...(out.get(l.estateId) ?? []), ...users])]);
    }
    return out;
  }
}

export { DEFAULT_RULES, SATISFIED_BY };
