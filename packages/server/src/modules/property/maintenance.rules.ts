import {
  EquipmentKind as E,
  MaintenanceKind as K,
  MaintenanceStatus,
  MaintenanceRequirement as Q,
} from './property.enums.js';

/**
 * The maintenance rules in force (the pure part: no database, no clock of its own).
 * Defaults follow the regulations: elevators maintained at least every 15 days (TSG T5002) and
 * inspected yearly; building fire facilities checked monthly and tested yearly (GB 25201);
 * secondary water supply tanks cleaned and disinfected twice a year. A community may change an
 * interval per kind of equipment (maintenance_rule rows).
 */
export interface Rule {
  equipmentKind: E;
  requirement: Q;
  intervalDays: number;
}

/** Which record kinds meet each obligation. A FAILED visit meets none. */
export const SATISFIED_BY: Record<Q, readonly K[]> = {
  [Q.ROUTINE_MAINTENANCE]: [K.ROUTINE, K.QUARTERLY, K.HALF_YEARLY, K.YEARLY],
  [Q.ANNUAL_INSPECTION]: [K.INSPECTION],
  [Q.MONTHLY_CHECK]: [K.MONTHLY_CHECK, K.YEARLY_TEST],
  [Q.YEARLY_TEST]: [K.YEARLY_TEST],
  [Q.CLEANING]: [K.CLEANING],
};

export const DEFAULT_RULES: readonly Rule[] = [
  { equipmentKind: E.ELEVATOR, requirement: Q.ROUTINE_MAINTENANCE, intervalDays: 15 },
  { equipmentKind: E.ELEVATOR, requirement: Q.ANNUAL_INSPECTION, intervalDays: 365 },
  { equipmentKind: E.FIRE_SAFETY, requirement: Q.MONTHLY_CHECK, intervalDays: 30 },
  { equipmentKind: E.FIRE_SAFETY, requirement: Q.YEARLY_TEST, intervalDays: 365 },
  { equipmentKind: E.WATER_PUMP, requirement: Q.ROUTINE_MAINTENANCE, intervalDays: 30 },
  { equipmentKind: E.SECONDARY_WATER_SUPPLY, requirement: Q.CLEANING, intervalDays: 182 },
  { equipmentKind: E.GATE, requirement: Q.ROUTINE_MAINTENANCE, intervalDays: 90 },
  { equipmentKind: E.MONITORING, requirement: Q.ROUTINE_MAINTENANCE, intervalDays: 90 },
];

/** The rules of a community: the defaults with its overrides applied (same kind and requirement). */
export function effectiveRules(overrides: readonly Rule[]): Rule[] {
  return DEFAULT_RULES.map(
    (d) => overrides.find((o) => o.equipmentKind === d.equipmentKind && o.requirement === d.requirement) ?? { ...d },
  );
}

export const isKnownRequirement = (kind: E, requirement: Q) =>
  DEFAULT_RULES.some((r) => r.equipmentKind === kind && r.requirement === requirement);

const DAY = 86_400_000;

/** A calendar date `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Today's date in China (Asia/Shanghai, UTC+8 all year): the day maintenance is judged by. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** How many days before its due date an obligation counts as due soon: a fifth of the interval, 1-30. */
export const soonWindow = (intervalDays: number) => Math.min(30, Math.max(1, Math.ceil(intervalDays / 5)));

export interface Due {
  requirement: Q;
  /** Last date the obligation was met (null: never; counted from installation). */
  lastDoneOn: string | null;
  dueOn: string;
  soonFrom: string;
}

/**
 * When each obligation of one piece of equipment falls due: its last satisfying record (not FAILED)
 * plus the interval, or its installation (registration) date plus the interval when there is none.
 * Sorted soonest first.
 */
export function duesOf(kind: E, since: string, rules: readonly Rule[], lastByKind: ReadonlyMap<K, string>): Due[] {
  const dues: Due[] = [];
  for (const r of rules) {
    if (r.equipmentKind !== kind) continue;
    let last: string | null = null;
    for (const k of SATISFIED_BY[r.requirement]) {
      const d = lastByKind.get(k);
      if (d && (!last || d > last)) last = d;
    }
    const dueOn = addDays(last ?? since, r.intervalDays);
    dues.push({
      requirement: r.requirement,
      lastDoneOn: last,
      dueOn,
      soonFrom: addDays(dueOn, -soonWindow(r.intervalDays)),
    });
  }
  return dues.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The status on `today` of an obligation (or of equipment by its soonest obligation); none = OK. */
export function statusOn(
  today: string,
  due: { dueOn: string; soonFrom: string } | null | undefined,
): MaintenanceStatus {
  if (!due) return MaintenanceStatus.OK;
  if (today > due.dueOn) return MaintenanceStatus.OVERDUE;
  if (today >= due.soonFrom) return MaintenanceStatus.DUE_SOON;
  return MaintenanceStatus.OK;
}
