import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reading spreadsheets people upload (imports of maintenance records, vote units, historical
 * tickets): a CSV or the first sheet of an XLSX as rows of trimmed text, the header row first;
 * the callers map headers to their columns and report refused rows as `TabularRowError`.
 */

/** The two formats an import accepts. */
export type TabularFormat = 'CSV' | 'XLSX';

/** One refused row of an import: the row number as the spreadsheet shows it (header = 1), the column, why. */
export interface TabularRowError {
  row: number;
  column: string;
  reason: string;
  message: string;
}

/** The file cannot be read as the format says (the caller turns it into its own reason). */
export class TabularUnreadable extends Error {}

/** A CSV or XLSX as rows of text cells (first row: headers). Blank rows are skipped. */
export async function readTable(format: TabularFormat, bytes: Buffer): Promise<string[][]> {
  if (format === 'CSV') {
    try {
      return parse(bytes, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
    } catch {
      throw new TabularUnreadable('The CSV cannot be parsed');
    }
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TabularUnreadable('The XLSX cannot be read');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new TabularUnreadable('The workbook has no sheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    table.push(cells);
  });
  return table;
}

/**
 * The data rows as objects keyed by column name: `headers` maps a header as written (trimmed,
 * compared case-insensitively) to the column it fills; unknown headers are ignored. `row` is the
 * spreadsheet's row number of each data row.
 */
export function rowObjects<C extends string>(
  table: string[][],
  headers: Record<string, C>,
): { columns: (C | null)[]; rows: { row: number; values: Partial<Record<C, string>> }[] } {
  const [head = [], ...data] = table;
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v as C]));
  const columns = head.map((h) => lower.get(h.trim().toLowerCase()) ?? null);
  const rows = data.map((cells, i) => {
    const values: Partial<Record<C, string>> = {};
    columns.forEach((c, j) => {
      if (c && values[c] === undefined) values[c] = (cells[j] ?? '').trim();
    });
    return { row: i + 2, values };
  });
  return { columns, rows };
}

/** An XLSX cell as text: dates as their ISO day (or ISO time when they carry one), formulas by their result. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    return '';
  }
  return String(v);
}
