import type { DataSource, EntityManager } from 'typeorm';
import { authorize, serialize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import {
  FeeStandardEntity,
  PropertyContractEntity,
  RevenueEntryEntity,
  RevenuePeriodEntity,
} from './property.entity.js';
import { RevenueDirection } from './property.enums.js';
import { PropertyReasons as R } from './property.errors.js';
import type {
  AddRevenueEntryInput,
  CloseRevenuePeriodInput,
  CreateFeeStandardInput,
  CreatePropertyContractInput,
  UpdateRevenueEntryInput,
} from './property.inputs.js';
import {
  canReadEstate,
  checkDate,
  checkFen,
  checkPeriod,
  estatePlace,
  optional,
  publisherOf,
  required,
} from './property.place.js';
import {
  contractRead,
  type EstatePlace,
  estatePolicy,
  feeStandardRead,
  periodPolicy,
  placeOf,
  revenueEntryRead,
} from './property.policy.js';

/** The attached type of a contract's file (its file read rule is the contract's read rule). */
export const CONTRACT_FILE = 'PropertyContract';

export interface LedgerTotals {
  estateId: string;
  period: string;
  incomeFen: number;
  expenseFen: number;
  balanceFen: number;
  entryCount: number;
  closed: boolean;
  closedAt: Date | null;
  viewerCan: { addEntry: boolean; close: boolean; correct: boolean };
}

/**
 * Property service contracts, fee standards and the public-revenue ledger of an estate: published
 * by the company serving it, read by staff in reach and the estate's residents.
 */
export class PropertyService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileService,
  ) {}

  contracts(actor: Actor, estateId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer).query(contractRead, 'c').andWhere('c.estateId = :estateId', { estateId });
    return paginate(qb, page, (e) => e);
  }

  feeStandards(actor: Actor, estateId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(feeStandardRead, 'f')
      .andWhere('f.estateId = :estateId', { estateId });
    return paginate(qb, page, (e) => e);
  }

  /** Whether the viewer may read one contract (its file's read rule). */
  async canReadContract(viewer: Viewer, id: string): Promise<boolean> {
    return (await scoped(this.ds, viewer).query(contractRead, 'c').andWhere('c.id = :id', { id }).getCount()) > 0;
  }

  /** Where the viewer publishes for an estate: its place, the acting viewer and the company. */
  private async publishing(m: EntityManager, actor: Actor, estateId: string) {
    const place = await estatePlace(m, estateId);
    const viewer = authorize(actor.viewer, estatePolicy, 'publish', place);
    const organisationId = await publisherOf(m, viewer, estateId);
    return { place, viewer, organisationId };
  }

  private recordAudit(
    m: EntityManager,
    actor: Actor,
    viewer: Viewer,
    place: EstatePlace,
    operation: string,
    target: { type: string; id: string },
    summary: Record<string, unknown>,
  ) {
    return this.audit.record(
      actor.meta,
      {
        operation,
        targetType: target.type,
        targetId: target.id,
        grant: actingGrant(viewer, 'property.publish', placeOf(place)),
        streetId: place.streetId,
        communityId: place.communityId,
        summary,
      },
      m,
    );
  }

  async createContract(actor: Actor, input: CreatePropertyContractInput): Promise<PropertyContractEntity> {
    const termStart = checkDate(input.termStart, 'termStart');
    const termEnd = checkDate(input.termEnd, 'termEnd');
    if (termEnd < termStart) throw fail(R.PROPERTY_BAD_DATE, 'The term ends before it starts', { field: 'termEnd' });
    const fee = checkFen(input.feeFenPerSqmMonth, 'feeFenPerSqmMonth');
    const title = required(input.title, 'title');
    const serviceLevel = required(input.serviceLevel, 'serviceLevel');
    return this.ds.transaction(async (m) => {
      const { place, viewer, organisationId } = await this.publishing(m, actor, input.estateId);
      const fileIds = input.fileId ? [input.fileId] : [];
      await this.files.assertAttachable(viewer, fileIds, { field: 'fileId', max: 1 }, m);
      const row = await m.getRepository(PropertyContractEntity).save({
        ...place,
        organisationId,
        title,
        termStart,
        termEnd,
        serviceLevel,
        feeFenPerSqmMonth: fee,
        createdById: viewer.userId,
      } as PropertyContractEntity);
      await this.files.attach(m, fileIds, CONTRACT_FILE, row.id);
      await this.recordAudit(
        m,
        actor,
        viewer,
        place,
        'property.contract.create',
        { type: 'PropertyContract', id: row.id },
        {
          title,
          termStart,
          termEnd,
          feeFenPerSqmMonth: fee,
        },
      );
      return row;
    });
  }

  async createFeeStandard(actor: Actor, input: CreateFeeStandardInput): Promise<FeeStandardEntity> {
    const effectiveFrom = checkDate(input.effectiveFrom, 'effectiveFrom');
    const amountFen = checkFen(input.amountFen, 'amountFen');
    const item = required(input.item, 'item');
    const unit = required(input.unit, 'unit');
    return this.ds.transaction(async (m) => {
      const { place, viewer, organisationId } = await this.publishing(m, actor, input.estateId);
      const row = await m.getRepository(FeeStandardEntity).save({
        ...place,
        organisationId,
        item,
        unit,
        amountFen,
        effectiveFrom,
        note: optional(input.note),
        createdById: viewer.userId,
      } as FeeStandardEntity);
      await this.recordAudit(
        m,
        actor,
        viewer,
        place,
        'property.fee.create',
        { type: 'FeeStandard', id: row.id },
        {
          item,
          amountFen,
          unit,
        },
      );
      return row;
    });
  }

  // ---- the public-revenue ledger ------------------------------------------------------------

  entries(actor: Actor, estateId: string, period: string, page: PageArgs) {
    checkPeriod(period);
    const qb = scoped(this.ds, actor.viewer)
      .query(revenueEntryRead, 'e')
      .andWhere('e.estateId = :estateId AND e.period = :period', { estateId, period });
    return paginate(qb, page, (e) => e, 'ASC');
  }

  /** A period's totals and state (NOT_FOUND for an estate out of the viewer's reach). Two statements. */
  async ledger(actor: Actor, estateId: string, period: string): Promise<LedgerTotals> {
    checkPeriod(period);
    const place = await estatePlace(this.ds.manager, estateId);
    if (!(await canReadEstate(this.ds.manager, actor.viewer, place))) throw notFound('Estate');
    const row = await unscoped(this.ds, 'the estate was found readable just above')
      .repo(RevenuePeriodEntity)
      .findOneBy({ estateId, period });
    const sums = await this.ds
      .getRepository(RevenueEntryEntity)
      .createQueryBuilder('e')
      .select('e.direction', 'direction')
      .addSelect('SUM(e.amountFen)', 'total')
      .addSelect('COUNT(*)', 'n')
      .where('e.estateId = :estateId AND e.period = :period', { estateId, period })
      .groupBy('e.direction')
      .getRawMany<{ direction: RevenueDirection; total: string | number; n: string | number }>();
    const sum = (d: RevenueDirection) => Number(sums.find((s) => s.direction === d)?.total ?? 0);
    const incomeFen = sum(RevenueDirection.INCOME);
    const expenseFen = sum(RevenueDirection.EXPENSE);
    const state = { ...place, closedAt: row?.closedAt ?? null };
    return {
      estateId,
      period,
      incomeFen,
      expenseFen,
      balanceFen: incomeFen - expenseFen,
      entryCount: sums.reduce((a, x) => a + Number(x.n), 0),
      closed: Boolean(row?.closedAt),
      closedAt: row?.closedAt ?? null,
      viewerCan: serialize(actor.viewer, periodPolicy, state),
    };
  }

  /** The period's row, created open when it does not exist yet (the unique key decides a race). */
  private async ensurePeriod(m: EntityManager, place: EstatePlace, period: string) {
    await m
      .createQueryBuilder()
      .insert()
      .into(RevenuePeriodEntity)
      .values({ ...place, period, entryCount: 0, closedAt: null, closedById: null })
      .orIgnore()
      .execute();
  }

  /**
   * Claims a place for one more entry in a period: creates the period row on its first entry, then
   * counts the entry with a conditional UPDATE. When the period is closed the update touches
   * nothing: the entry is refused unless it corrects one.
   */
  private async claimPeriod(m: EntityManager, place: EstatePlace, period: string, correcting: boolean) {
    await this.ensurePeriod(m, place, period);
    const open = await m
      .createQueryBuilder()
      .update(RevenuePeriodEntity)
      .set({ entryCount: () => 'entryCount + 1' })
      .where('estateId = :estateId AND period = :period AND closedAt IS NULL', { estateId: place.estateId, period })
      .execute();
    if (open.affected) return;
    if (!correcting) {
      throw fail(R.PROPERTY_PERIOD_CLOSED, 'The period is closed: add a correcting entry instead', { field: 'period' });
    }
    await m
      .createQueryBuilder()
      .update(RevenuePeriodEntity)
      .set({ entryCount: () => 'entryCount + 1' })
      .where('estateId = :estateId AND period = :period', { estateId: place.estateId, period })
      .execute();
  }

  async addEntry(actor: Actor, input: AddRevenueEntryInput): Promise<RevenueEntryEntity> {
    const period = checkPeriod(input.period);
    const amountFen = checkFen(input.amountFen, 'amountFen');
    const item = required(input.item, 'item');
    return this.ds.transaction(async (m) => {
      const { place, viewer } = await this.publishing(m, actor, input.estateId);
      if (input.correctsId) {
        const target = await m.getRepository(RevenueEntryEntity).findOneBy({ id: input.correctsId });
        if (!target || target.estateId !== place.estateId || target.period !== period) {
          throw fail(R.PROPERTY_CORRECTION_MISMATCH, 'The corrected entry is not of this estate and period', {
            field: 'correctsId',
          });
        }
      }
      await this.claimPeriod(m, place, period, Boolean(input.correctsId));
      const row = await m.getRepository(RevenueEntryEntity).save({
        ...place,
        period,
        item,
        direction: input.direction,
        amountFen,
        note: optional(input.note),
        correctsId: input.correctsId ?? null,
        recordedById: viewer.userId,
      } as RevenueEntryEntity);
      await this.recordAudit(
        m,
        actor,
        viewer,
        place,
        'property.ledger.add',
        { type: 'RevenueEntry', id: row.id },
        {
          period,
          item,
          direction: input.direction,
          amountFen,
          correctsId: input.correctsId ?? null,
        },
      );
      return row;
    });
  }

  async updateEntry(actor: Actor, input: UpdateRevenueEntryInput): Promise<RevenueEntryEntity> {
    const amountFen = checkFen(input.amountFen, 'amountFen');
    const item = required(input.item, 'item');
    return this.ds.transaction(async (m) => {
      const entry = await scoped(m, actor.viewer).get(revenueEntryRead, input.id);
      const place = { streetId: entry.streetId, communityId: entry.communityId, estateId: entry.estateId };
      const viewer = authorize(actor.viewer, estatePolicy, 'publish', place);
      // The row lock of the period orders this edit and a close: a closed period is never edited.
      await this.ensurePeriod(m, place, entry.period);
      const open = await m
        .createQueryBuilder()
        .update(RevenuePeriodEntity)
        .set({ entryCount: () => 'entryCount' })
        .where('estateId = :estateId AND period = :period AND closedAt IS NULL', {
          estateId: entry.estateId,
          period: entry.period,
        })
        .execute();
      if (!open.affected) {
        throw fail(R.PROPERTY_PERIOD_CLOSED, 'The period is closed: add a correcting entry instead', { field: 'id' });
      }
      const before = { item: entry.item, direction: entry.direction, amountFen: entry.amountFen };
      Object.assign(entry, { item, direction: input.direction, amountFen, note: optional(input.note) });
      await m.getRepository(RevenueEntryEntity).save(entry);
      await this.recordAudit(
        m,
        actor,
        viewer,
        place,
        'property.ledger.update',
        { type: 'RevenueEntry', id: entry.id },
        {
          before,
          after: { item, direction: input.direction, amountFen },
        },
      );
      return entry;
    });
  }

  async closePeriod(actor: Actor, input: CloseRevenuePeriodInput): Promise<LedgerTotals> {
    const period = checkPeriod(input.period);
    await this.ds.transaction(async (m) => {
      const { place, viewer } = await this.publishing(m, actor, input.estateId);
      await this.ensurePeriod(m, place, period);
      const closed = await m
        .createQueryBuilder()
        .update(RevenuePeriodEntity)
        .set({ closedAt: new Date(), closedById: viewer.userId })
        .where('estateId = :estateId AND period = :period AND closedAt IS NULL', { estateId: place.estateId, period })
        .execute();
      if (!closed.affected) throw fail(R.PROPERTY_PERIOD_ALREADY_CLOSED, 'The period was closed already');
      const row = await m.getRepository(RevenuePeriodEntity).findOneByOrFail({ estateId: place.estateId, period });
      await this.recordAudit(
        m,
        actor,
        viewer,
        place,
        'property.ledger.close',
        { type: 'RevenuePeriod', id: row.id },
        {
          period,
        },
      );
    });
    return this.ledger(actor, input.estateId, period);
  }
}
