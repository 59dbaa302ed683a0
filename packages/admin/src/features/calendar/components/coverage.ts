import type { MessageKey } from '../../../i18n';

export interface Coverage {
  year: number;
  covered: boolean;
  complete: boolean;
  source: 'PACKAGE' | 'STAFF' | 'NONE';
}

/** The one sentence that explains a year's coverage; read-only viewers are not asked to enter anything. */
export function coverageSentence(c: Coverage, canManage: boolean): MessageKey {
  if (c.source === 'PACKAGE') return 'calgrid.coverage.package';
  if (c.covered) return 'calgrid.coverage.staffComplete';
  return canManage ? 'calgrid.coverage.missingManage' : 'calgrid.coverage.missingRead';
}

export type GridKind = 'HOLIDAY' | 'WORKDAY';
export interface GridDay {
  date: string;
  kind: GridKind;
  name: string;
  /** True when a staff entry decides the date (it takes precedence over the built-in schedule). */
  staff: boolean;
}

/** The days the grid marks: the built-in schedule, with staff entries of the same date taking precedence. */
export function mergeDays(
  statutory: readonly { date: string; kind: GridKind; name: string }[],
  staff: readonly { date: string; kind: GridKind; name: string }[],
): Map<string, GridDay> {
  const out = new Map<string, GridDay>();
  for (const d of statutory) out.set(d.date, { ...d, staff: false });
  for (const d of staff) out.set(d.date, { date: d.date, kind: d.kind, name: d.name, staff: true });
  return out;
}
