import type { DataSource } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, fail } from '../../common/errors.js';
import { readTable, type TabularRowError, TabularUnreadable } from '../../common/tabular.js';
import { codePointLength } from '../../common/text-length.js';
import type { EquipmentService, RecordDraft } from './equipment.service.js';
import type { EquipmentEntity } from './property.entity.js';
import { ImportFormat, MaintenanceKind, MaintenanceResult } from './property.enums.js';
import { PropertyReasons as R } from './property.errors.js';
import type { ImportMaintenanceInput } from './property.inputs.js';
import { estatePlace } from './property.place.js';
import { estatePolicy } from './property.policy.js';

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
const REPORT_MAX = 200;
const COLUMNS = [
  'registrationNo',
  'performedOn',
  'kind',
  'contractor',
  'result',
  'defects',
  'fix',
  'nextDueOn',
] as const;
const REQUIRED = ['registrationNo', 'performedOn', 'kind', 'contractor', 'result'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

export type RowError = TabularRowError;

const unreadable = (why: string) => fail(R.PROPERTY_IMPORT_UNREADABLE, why, { field: 'content' });

/** Reads the rows of a CSV or XLSX file as text by header name (the header is row 1). */
export async function readRows(format: ImportFormat, bytes: Buffer): Promise<Row[]> {
  let table: string[][];
  try {
    table = await readTable(format, bytes);
  } catch (err) {
    if (err instanceof TabularUnreadable) throw unreadable(err.message);
    throw err;
  }
  const [header, ...data] = table;
  if (!header) throw unreadable('The file is empty');
  const names = header.map((h) => h.trim());
  for (const col of REQUIRED) if (!names.includes(col)) throw unreadable(`The header lacks ${col}`);
  if (data.length > IMPORT_MAX_ROWS) throw unreadable(`More than ${IMPORT_MAX_ROWS} rows`);
  return data.map((cells) => Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').trim()])) as Row);
}

/**
 * The import: every row checked (equipment known in the estate, dates, kinds, lengths); when any
 * row is refused nothing is written and the report lists the refused rows; otherwise every row is
 * written in one transaction.
 */
export async function importMaintenance(
  ds: DataSource,
  equipment: EquipmentService,
  actor: Actor,
  input: ImportMaintenanceInput,
): Promise<{ imported: number; rows: number; errors: RowError[] }> {
  if (input.content.length > Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4) throw unreadable('Larger than 2 MB');
  const bytes = Buffer.from(input.content, 'base64');
  if (bytes.length === 0) throw unreadable('The file is empty');
  const place = await estatePlace(ds.manager, input.estateId);
  authorize(actor.viewer, estatePolicy, 'publish', place);
  const rows = await readRows(input.format, bytes);
  return ds.transaction(async (m) => {
    const byReg = await equipment.byRegistration(m, input.estateId);
    const errors: RowError[] = [];
    const good: { equipment: EquipmentEntity; draft: RecordDraft }[] = [];
    rows.forEach((r, i) => {
      const checked = checkRow(equipment, byReg, r, i + 2);
      if ('reason' in checked) errors.push(checked);
      else good.push(checked);
    });
    if (errors.length > 0) return { imported: 0, rows: rows.length, errors: errors.slice(0, REPORT_MAX) };
    if (good.length > 0) await equipment.writeRecords(actor, input.estateId, good, m);
    return { imported: good.length, rows: rows.length, errors: [] };
  });
}

/** One row checked: the record to write, or why it is refused. */
function checkRow(
  equipment: EquipmentService,
  byReg: Map<string, EquipmentEntity>,
  r: Row,
  row: number,
): RowError | { equipment: EquipmentEntity; draft: RecordDraft } {
  const refuse = (column: string, reason: string, message: string): RowError => ({ row, column, reason, message });
  if (!r.registrationNo) return refuse('registrationNo', 'BLANK', 'registrationNo is blank');
  const e = byReg.get(r.registrationNo);
  if (!e)
    return refuse('registrationNo', 'UNKNOWN_EQUIPMENT', 'No equipment with this registration number in the estate');
  if (!Object.values(MaintenanceKind).includes(r.kind as MaintenanceKind)) {
    return refuse('kind', 'BAD_KIND', `kind must be one of ${Object.values(MaintenanceKind).join(', ')}`);
  }
  if (!Object.values(MaintenanceResult).includes(r.result as MaintenanceResult)) {
    return refuse('result', 'BAD_RESULT', `result must be one of ${Object.values(MaintenanceResult).join(', ')}`);
  }
  for (const [col, max] of [
    ['contractor', 100],
    ['defects', 500],
    ['fix', 500],
  ] as const) {
    if (codePointLength(r[col] ?? '') > max) return refuse(col, 'TOO_LONG', `${col} is longer than ${max} characters`);
  }
  try {
    return {
      equipment: e,
      draft: equipment.checkRecord({
        performedOn: r.performedOn ?? '',
        kind: r.kind as MaintenanceKind,
        contractor: r.contractor ?? '',
        result: r.result as MaintenanceResult,
        defects: r.defects,
        fix: r.fix,
        nextDueOn: r.nextDueOn,
      }),
    };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const reason =
      err.options.reason === R.PROPERTY_DATE_IN_FUTURE.reason
        ? 'FUTURE_DATE'
        : err.options.reason === R.PROPERTY_BLANK.reason
          ? 'BLANK'
          : 'BAD_DATE';
    return refuse(err.options.field ?? 'row', reason, err.message);
  }
}
