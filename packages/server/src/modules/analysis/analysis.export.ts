import { PassThrough, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { RouteKit } from '../../app/module.js';
import { actingGrant, reachFor } from '../../auth/policy.js';
import { isEmptyReach } from '../../auth/reach.js';
import { unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { sendDomainError } from '../../http/rest-error.js';
import type { AuditService } from '../audit/audit.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { EstateEntity } from '../org/estate.entity.js';
import { TicketState } from '../ticket/ticket.enums.js';
import type { TicketService } from '../ticket/ticket.service.js';
import { TicketCategoryEntity } from '../ticket/ticket-category.entity.js';
import { FigureDimension, FigureInterval } from './analysis.enums.js';
import type { FigureArgs } from './analysis.inputs.js';
import type { AnalysisService } from './analysis.service.js';
import { DEFINITIONS } from './analysis.types.js';

/** What the export routes use of the services. */
interface ExportServices {
  dataSource: DataSource;
  audit: AuditService;
  tickets: TicketService;
  analysis: AnalysisService;
}

/** Rows read per statement while streaming: memory stays bounded whatever the export's size. */
export const EXPORT_BATCH = 1000;

type Cell = string | number | null;
interface Sheet {
  columns: string[];
  rows: AsyncIterable<Cell[]>;
}

const bad = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message);
const str = (q: Record<string, string | undefined>, k: string) => (q[k] ? String(q[k]) : undefined);
const date = (q: Record<string, string | undefined>, k: string) => {
  const v = str(q, k);
  if (!v) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw bad(`'${k}' is not a date`);
  return d;
};
const shanghai = (d: Date | null) =>
  d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : null;
const pct = (v: number | null) => (v == null ? null : Math.round(v * 1000) / 10);

/** The state in the console's words (the sheet is for people: 已提交, not SUBMITTED). */
const STATE_ZH: Record<TicketState, string> = {
  SUBMITTED: '已提交',
  ACCEPTED: '已受理',
  REJECTED: '不予受理',
  MERGED: '已合并',
  REPLIED: '已答复',
  ESCALATED: '已上报',
  IN_MEETING: '圆桌会',
  RESOLVED: '已完结',
  WITHDRAWN: '已撤回',
};

/** The ticket list with the workbench's filters, read in keyset pages of EXPORT_BATCH. */
function ticketSheet(services: ExportServices, viewer: Viewer, q: Record<string, string | undefined>): Sheet {
  const states = str(q, 'states')
    ?.split(',')
    .filter((s): s is TicketState => (Object.values(TicketState) as string[]).includes(s));
  const args = {
    states,
    communityId: str(q, 'communityId'),
    categoryId: str(q, 'categoryId'),
    estateId: str(q, 'estateId'),
    organisationId: str(q, 'organisationId'),
    overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
    from: date(q, 'from'),
    to: date(q, 'to'),
    search: str(q, 'search'),
  };
  const ds = services.dataSource;
  async function* rows(): AsyncIterable<Cell[]> {
    let after = '';
    for (;;) {
      const qb = services.tickets.staffQuery(viewer, args).orderBy('t.id', 'ASC').take(EXPORT_BATCH);
      if (after) qb.andWhere('t.id > :after', { after });
      const batch = await qb.getMany();
      if (batch.length === 0) return;
      const why = 'names of the categories and estates of tickets the viewer reads';
      const cats = new Map(
        (
          await unscoped(ds, why)
            .repo(TicketCategoryEntity)
            .findBy({ id: In([...new Set(batch.map((t) => t.categoryId))]) })
        ).map((c) => [c.id, c.nameZh]),
      );
      const estateIds = [...new Set(batch.flatMap((t) => (t.estateId ? [t.estateId] : [])))];
      const estates = new Map(
        (estateIds.length
          ? await unscoped(ds, why)
              .repo(EstateEntity)
              .findBy({ id: In(estateIds) })
          : []
        ).map((e) => [e.id, e.name]),
      );
      for (const t of batch) {
        yield [
          t.id,
          t.title,
          STATE_ZH[t.state],
          cats.get(t.categoryId) ?? '',
          t.estateId ? (estates.get(t.estateId) ?? '') : '',
          t.locationText,
          shanghai(t.createdAt),
          shanghai(t.replyDueAt),
          shanghai(t.firstRepliedAt),
          shanghai(t.resolvedAt),
          t.rating,
        ];
      }
      after = (batch[batch.length - 1] as { id: string }).id;
      if (batch.length < EXPORT_BATCH) return;
    }
  }
  return {
    columns: ['编号', '标题', '状态', '类别', '小区', '位置', '提交时间', '答复期限', '首次答复', '完结时间', '评分'],
    rows: rows(),
  };
}

async function* list<T>(items: T[], row: (t: T) => Cell[]): AsyncIterable<Cell[]> {
  for (const i of items) yield row(i);
}

const FIGURE_COLUMNS = [
  '分组',
  '名称',
  '提出',
  '有效',
  '不予受理',
  '合并',
  '已答复',
  '按时答复',
  '已完结',
  '已上报',
  '答复率%',
  '按时答复率%',
  '解决率%',
  '重开率%',
  '满意率%',
];

/** A figures table: breakdown (by), trend (interval), assessment. */
async function figureSheet(
  services: ExportServices,
  viewer: Viewer,
  table: string,
  q: Record<string, string | undefined>,
) {
  const from = date(q, 'from');
  const to = date(q, 'to');
  if (!from || !to) throw bad("'from' and 'to' are needed");
  const args: FigureArgs = {
    from,
    to,
    streetId: str(q, 'streetId'),
    communityId: str(q, 'communityId'),
    estateId: str(q, 'estateId'),
    organisationId: str(q, 'organisationId'),
    categoryId: str(q, 'categoryId'),
  };
  const a = services.analysis;
  if (table === 'assessment') {
    const t = await a.assessment(viewer, args);
    return {
      columns: ['排名', '责任单位', '有效', '已答复', '答复率%', '按时答复率%', '解决率%', '满意率%', '逾期', '督办'],
      rows: list(t.rows, (r) => [
        r.rank,
        r.name,
        r.valid,
        r.replied,
        pct(r.replyRate),
        pct(r.onTimeRate),
        pct(r.resolutionRate),
        pct(r.satisfaction),
        r.overdue,
        r.supervised,
      ]),
    };
  }
  const rows =
    table === 'trend'
      ? await a.trend(viewer, args, (str(q, 'interval') as FigureInterval) ?? FigureInterval.MONTH)
      : table === 'breakdown'
        ? await a.breakdown(viewer, args, (str(q, 'by') as FigureDimension) ?? FigureDimension.CATEGORY)
        : null;
  if (table === 'summary') {
    const f = await a.figures(viewer, args);
    const defs = Object.entries(DEFINITIONS).filter(([k]) => k in f && k !== 'overdue');
    // The residents' counts and first-reply times are lazy (read when asked for): awaited here.
    const read = (k: string) => (f as unknown as Record<string, number | null | Promise<number | null>>)[k];
    const values = new Map(await Promise.all(defs.map(async ([k]) => [k, await read(k)] as const)));
    return {
      columns: ['指标', '数值', '口径'],
      rows: list(defs, ([k, d]) => {
        const v = values.get(k) ?? null;
        return [k, k.endsWith('Rate') || k === 'satisfaction' ? pct(v) : v, d];
      }),
    };
  }
  if (!rows) throw bad(`unknown table '${table}' (summary, breakdown, trend, assessment)`);
  return {
    columns: FIGURE_COLUMNS,
    rows: list(rows, (r) => [
      r.key,
      r.label,
      r.raised,
      r.valid,
      r.rejected,
      r.merged,
      r.replied,
      r.repliedOnTime,
      r.resolved,
      r.escalated,
      pct(r.replyRate),
      pct(r.onTimeRate),
      pct(r.resolutionRate),
      pct(r.reopenRate),
      pct(r.satisfaction),
    ]),
  };
}

/** CSV in UTF-8 with a byte-order mark (Excel then reads Chinese correctly), written as rows arrive. */
async function writeCsv(sheet: Sheet, out: Writable): Promise<number> {
  out.write('\ufeff');
  const csv = stringify();
  csv.pipe(out);
  csv.write(sheet.columns);
  let n = 0;
  for await (const row of sheet.rows) {
    if (!csv.write(row)) await new Promise((r) => csv.once('drain', r));
    n++;
  }
  await new Promise<void>((resolve) => {
    out.once('finish', resolve);
    csv.end();
  });
  return n;
}

/** XLSX through exceljs's streaming writer: each row is committed and leaves memory. */
async function writeXlsx(sheet: Sheet, out: Writable, title: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet(title);
  ws.addRow(sheet.columns).commit();
  let n = 0;
  for await (const row of sheet.rows) {
    ws.addRow(row).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}

/**
 * `GET /exports/tickets.{csv|xlsx}?communityId&states=A,B&categoryId&estateId&organisationId&overdue&from&to&search`
 * — the staff workbench's list with its filters — and `GET /exports/figures/{summary|breakdown|trend|assessment}.{csv|xlsx}?from&to&communityId…&by&interval`.
 * Bearer auth; `analysis.export` somewhere (the rows are then limited by the reads' own rules);
 * streamed in pages (bounded memory); every export audited before its first byte.
 */
export async function registerExportRoutes(fastify: FastifyInstance, services: ExportServices, { viewerOf }: RouteKit) {
  await fastify.register(async (app) => {
    app.setErrorHandler(async (err: Error, _req, reply) => {
      if (err instanceof DomainError) return sendDomainError(reply, err);
      throw err;
    });

    const send = async (
      req: FastifyRequest,
      reply: FastifyReply,
      kind: string,
      format: string,
      build: (viewer: Viewer) => Promise<Sheet> | Sheet,
    ) => {
      if (format !== 'csv' && format !== 'xlsx') throw bad('format: csv or xlsx');
      const viewer = await viewerOf(req);
      if (isEmptyReach(reachFor(viewer, 'analysis.export'))) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Exports are for staff with analysis.export');
      }
      const q = req.query as Record<string, string | undefined>;
      const sheet = await build(viewer);
      const community = q.communityId
        ? await unscoped(services.dataSource, 'the place of the export, for the audit entry')
            .repo(CommunityEntity)
            .findOneBy({ id: q.communityId })
        : null;
      const grant =
        (community
          ? actingGrant(viewer, 'analysis.export', {
              streetId: community.streetId,
              communityId: community.id,
              estateId: null,
            })
          : null) ??
        viewer.grants.find((g) => g.role !== 'RESIDENT') ??
        null;
      await services.audit.record(
        { actorId: viewer.userId, requestId: String(req.id), ip: req.ip ?? null },
        {
          operation: 'analysis.export',
          targetType: 'Export',
          targetId: null,
          grant,
          streetId: community?.streetId ?? q.streetId ?? grant?.streetId ?? null,
          communityId: community?.id ?? null,
          summary: { kind, format, filters: q },
        },
      );
      const out = new PassThrough();
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `${kind}-${stamp}.${format}`;
      reply
        .header(
          'content-type',
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store');
      const write = format === 'csv' ? writeCsv(sheet, out) : writeXlsx(sheet, out, kind);
      write.catch((err: unknown) => {
        req.log.error({ err }, 'export failed');
        out.destroy(err as Error);
      });
      return reply.send(out);
    };

    app.get<{ Params: { format: string } }>('/exports/tickets.:format', (req, reply) =>
      send(req, reply, 'tickets', req.params.format, (viewer) =>
        ticketSheet(services, viewer, req.query as Record<string, string | undefined>),
      ),
    );
    app.get<{ Params: { table: string; format: string } }>('/exports/figures/:table.:format', (req, reply) =>
      send(req, reply, `figures-${req.params.table}`, req.params.format, (viewer) =>
        figureSheet(services, viewer, req.params.table, req.query as Record<string, string | undefined>),
      ),
    );
  });
}
