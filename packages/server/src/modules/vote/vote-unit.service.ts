import type { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { badInput, fail, notFound } from '../../common/errors.js';
import { readTable, TabularUnreadable } from '../../common/tabular.js';
import { type PageArgs, paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../identity/user.entity.js';
import { EstateEntity } from '../org/estate.entity.js';
import { HouseholdEntity } from '../org/household.entity.js';
import { VoteUnitEntity } from './vote.entity.js';
import { VoteReasons as R } from './vote.errors.js';
import { type ImportVoteUnitsInput, type SetVoteUnitInput, VoteUnitFileFormat } from './vote.inputs.js';
import { placeOf, voteUnitPolicy, voteUnitRead } from './vote.policy.js';
import { parseArea } from './vote.rule.js';

/** One refused row of an import: the row number as the spreadsheet shows it, the column, why. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

const MAX_ROWS = 5000;
const HEADERS: Record<string, 'building' | 'unit' | 'room' | 'area' | 'owner' | 'ownerRef' | 'developer'> = {
  楼栋: 'building',
  building: 'building',
  单元: 'unit',
  unit: 'unit',
  室: 'room',
  房号: 'room',
  room: 'room',
  面积: 'area',
  专有部分面积: 'area',
  area: 'area',
  业主: 'owner',
  owner: 'owner',
  产权证号: 'ownerRef',
  ownerref: 'ownerRef',
  开发商: 'developer',
  developer: 'developer',
};
const YES = new Set(['是', 'y', 'yes', '1', 'true']);

/** Voting units: registered areas and owners of record (解释第八条), one by one or from a spreadsheet. */
export class VoteUnitService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, estateId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer).query(voteUnitRead, 'u').andWhere('u.estateId = :estateId', { estateId });
    return paginate(qb, page, (e) => e, 'ASC');
  }

  async set(actor: Actor, input: SetVoteUnitInput): Promise<VoteUnitEntity> {
    const h = await unscoped(this.ds, 'the household whose place the policy checks next')
      .repo(HouseholdEntity)
      .findOneBy({ id: input.householdId });
    if (!h || h.archivedAt) throw notFound('Household');
    const viewer = authorize(actor.viewer, voteUnitPolicy, 'manage', placeOf(h));
    const area = parseArea(input.area);
    if (area === null) throw fail(R.VOTE_BAD_AREA, 'Not an area in m² with at most two decimals', { field: 'area' });
    if (input.ownerUserId) {
      const u = await unscoped(this.ds, 'existence of the account staff name as owner')
        .repo(UserEntity)
        .findOneBy({ id: input.ownerUserId });
      if (!u) throw badInput('ownerUserId', 'No such account');
    }
    return this.ds.transaction(async (m) => {
      const row = await this.upsert(m, h, {
        areaCentiM2: area,
        ownerName: blankToNull(input.ownerName),
        ownerRef: blankToNull(input.ownerRef),
        ownerUserId: input.ownerUserId ?? null,
        developerHeld: input.developerHeld,
      });
      await this.audit.record(
        actor.meta,
        {
          operation: 'vote.unit.set',
          targetType: 'Household',
          targetId: h.id,
          grant: actingGrant(viewer, 'vote.manage', placeOf(h)),
          streetId: h.streetId,
          communityId: h.communityId,
          summary: { areaCentiM2: area, developerHeld: input.developerHeld },
        },
        m,
      );
      return row;
    });
  }

  /**
   * Imports an estate's areas from CSV or XLSX: every row is checked first, and either all rows are
   * written (one transaction) or none, with a report of each refused row.
   */
  async import(actor: Actor, input: ImportVoteUnitsInput): Promise<{ imported: number; errors: ImportRowError[] }> {
    const estate = await unscoped(this.ds, 'the estate whose place the policy checks next')
      .repo(EstateEntity)
      .findOneBy({ id: input.estateId });
    if (!estate || estate.archivedAt) throw notFound('Estate');
    const viewer = authorize(actor.viewer, voteUnitPolicy, 'manage', placeOf({ ...estate, estateId: estate.id }));
    const table = await readFile(input.format, Buffer.from(input.content, 'base64'));
    const errors: ImportRowError[] = [];
    const [head, ...body] = table;
    if (!head || body.length === 0)
      return { imported: 0, errors: [{ row: 1, column: '', message: '文件没有数据行 / no data rows' }] };
    if (body.length > MAX_ROWS)
      return {
        imported: 0,
        errors: [{ row: 1, column: '', message: `至多 ${MAX_ROWS} 行 / at most ${MAX_ROWS} rows` }],
      };
    const cols = head.map((h) => HEADERS[h.trim().toLowerCase()] ?? HEADERS[h.trim()] ?? null);
    for (const need of ['building', 'room', 'area'] as const) {
      if (!cols.includes(need)) errors.push({ row: 1, column: need, message: `缺少列 / missing column: ${need}` });
    }
    if (errors.length) return { imported: 0, errors };
    const households = await this.ds
      .getRepository(HouseholdEntity)
      .createQueryBuilder('h')
      .innerJoin('building', 'b', 'b.id = h.buildingId')
      .addSelect('b.name', 'buildingName')
      .where('h.estateId = :id AND h.archivedAt IS NULL', { id: estate.id })
      .getRawAndEntities();
    const byLabel = new Map<string, HouseholdEntity>();
    households.entities.forEach((h, i) => {
      const b = String((households.raw[i] as { buildingName: string }).buildingName);
      byLabel.set(`${b}|${h.unit}|${h.room}`, h);
    });
    const seen = new Map<string, number>();
    const rows: {
      h: HouseholdEntity;
      areaCentiM2: number;
      ownerName: string | null;
      ownerRef: string | null;
      developerHeld: boolean;
    }[] = [];
    body.forEach((cells, i) => {
      const rowNo = i + 2;
      const get = (k: string) => (cells[cols.indexOf(k as never)] ?? '').trim();
      if (cells.every((c) => !c.trim())) return;
      const label = `${get('building')}|${get('unit')}|${get('room')}`;
      const h = byLabel.get(label);
      if (!h)
        errors.push({
          row: rowNo,
          column: 'room',
          message: `小区内没有该户 / no such household: ${label.replaceAll('|', ' ')}`,
        });
      const first = seen.get(label);
      if (first)
        errors.push({ row: rowNo, column: 'room', message: `与第 ${first} 行重复 / same household as row ${first}` });
      seen.set(label, first ?? rowNo);
      const area = parseArea(get('area'));
      if (area === null)
        errors.push({
          row: rowNo,
          column: 'area',
          message: '面积须为正数，至多两位小数 / area: a positive number, at most two decimals',
        });
      const owner = get('owner');
      const ref = get('ownerRef');
      if ([...owner].length > 50)
        errors.push({ row: rowNo, column: 'owner', message: '业主姓名过长 / owner name too long' });
      if ([...ref].length > 64)
        errors.push({ row: rowNo, column: 'ownerRef', message: '产权证号过长 / reference too long' });
      if (h && area !== null)
        rows.push({
          h,
          areaCentiM2: area,
          ownerName: owner || null,
          ownerRef: ref || null,
          developerHeld: YES.has(get('developer').toLowerCase()),
        });
    });
    if (errors.length) return { imported: 0, errors };
    await this.ds.transaction(async (m) => {
      for (const r of rows) {
        await this.upsert(m, r.h, {
          areaCentiM2: r.areaCentiM2,
          ownerName: r.ownerName,
          ownerRef: r.ownerRef,
          developerHeld: r.developerHeld,
        });
      }
      await this.audit.record(
        actor.meta,
        {
          operation: 'vote.unit.import',
          targetType: 'Estate',
          targetId: estate.id,
          grant: actingGrant(viewer, 'vote.manage', placeOf({ ...estate, estateId: estate.id })),
          streetId: estate.streetId,
          communityId: estate.communityId,
          summary: { rows: rows.length, format: input.format },
        },
        m,
      );
    });
    return { imported: rows.length, errors: [] };
  }

  private async upsert(m: EntityManager, h: HouseholdEntity, data: Partial<VoteUnitEntity>): Promise<VoteUnitEntity> {
    const repo = m.getRepository(VoteUnitEntity);
    const existing = await repo.findOneBy({ householdId: h.id });
    if (existing) {
      await repo.update({ id: existing.id }, data);
      return { ...existing, ...data } as VoteUnitEntity;
    }
    return repo.save(
      repo.create({
        householdId: h.id,
        streetId: h.streetId,
        communityId: h.communityId,
        estateId: h.estateId,
        ownerUserId: null,
        ownerName: null,
        ownerRef: null,
        developerHeld: false,
        ...data,
      }),
    );
  }
}

const blankToNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** The file as rows of text cells (first row: headers). */
async function readFile(format: VoteUnitFileFormat, bytes: Buffer): Promise<string[][]> {
  try {
    return await readTable(format === VoteUnitFileFormat.CSV ? 'CSV' : 'XLSX', bytes);
  } catch (err) {
    if (err instanceof TabularUnreadable) throw badInput('content', `Not a readable ${format} file`);
    throw err;
  }
}
