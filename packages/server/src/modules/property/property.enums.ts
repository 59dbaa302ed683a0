import type { EnumRegistration } from '../../app/module.js';

/** Kinds of equipment in an estate's register (设备台账). */
export enum EquipmentKind {
  ELEVATOR = 'ELEVATOR',
  FIRE_SAFETY = 'FIRE_SAFETY',
  WATER_PUMP = 'WATER_PUMP',
  SECONDARY_WATER_SUPPLY = 'SECONDARY_WATER_SUPPLY',
  GATE = 'GATE',
  MONITORING = 'MONITORING',
  OTHER = 'OTHER',
}

/** What a maintenance record says was done. */
export enum MaintenanceKind {
  ROUTINE = 'ROUTINE',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
  INSPECTION = 'INSPECTION',
  MONTHLY_CHECK = 'MONTHLY_CHECK',
  YEARLY_TEST = 'YEARLY_TEST',
  CLEANING = 'CLEANING',
  REPAIR = 'REPAIR',
  OTHER = 'OTHER',
}

/** An obligation a kind of equipment has (each with its interval, see maintenance.rules.ts). */
export enum MaintenanceRequirement {
  ROUTINE_MAINTENANCE = 'ROUTINE_MAINTENANCE',
  ANNUAL_INSPECTION = 'ANNUAL_INSPECTION',
  MONTHLY_CHECK = 'MONTHLY_CHECK',
  YEARLY_TEST = 'YEARLY_TEST',
  CLEANING = 'CLEANING',
}

/** Outcome of a maintenance visit. */
export enum MaintenanceResult {
  PASSED = 'PASSED',
  FIXED = 'FIXED',
  FAILED = 'FAILED',
}

/** Maintenance status of one piece of equipment, derived on the server from its rules, records and the clock. */
export enum MaintenanceStatus {
  OK = 'OK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}

/** Whether a ledger entry brings money in or pays it out. */
export enum RevenueDirection {
  INCOME = 'INCOME',
  EXPENSE = 'EXPENSE',
}

/** Format of an import file. */
export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export const PROPERTY_ENUMS: EnumRegistration[] = [
  {
    enum: EquipmentKind,
    name: 'EquipmentKind',
    description: 'Kinds of equipment in an estate register (设备台账).',
    valuesConfig: {
      ELEVATOR: { description: '电梯 — maintenance at least every 15 days and a yearly inspection by default.' },
      FIRE_SAFETY: { description: '消防设施 — a monthly check and a yearly test by default.' },
      WATER_PUMP: { description: '水泵 — routine maintenance every 30 days by default.' },
      SECONDARY_WATER_SUPPLY: { description: '二次供水 — tank cleaning and disinfection every 182 days by default.' },
      GATE: { description: '门禁/道闸 — routine maintenance every 90 days by default.' },
      MONITORING: { description: '监控 — routine maintenance every 90 days by default.' },
      OTHER: { description: 'Other equipment: no default obligation.' },
    },
  },
  {
    enum: MaintenanceKind,
    name: 'MaintenanceKind',
    description: 'What a maintenance record says was done.',
    valuesConfig: {
      ROUTINE: { description: 'Routine (half-monthly) maintenance 日常/半月维保.' },
      QUARTERLY: { description: 'Quarterly maintenance 季度维保 (also counts as routine).' },
      HALF_YEARLY: { description: 'Half-yearly maintenance 半年维保 (also counts as routine).' },
      YEARLY: { description: 'Yearly maintenance 年度维保 (also counts as routine).' },
      INSPECTION: { description: 'Statutory inspection 年度检验 (by the inspection body).' },
      MONTHLY_CHECK: { description: 'Monthly check 月度检查 (fire facilities).' },
      YEARLY_TEST: { description: 'Yearly test 年度检测 (fire facilities; also counts as the monthly check).' },
      CLEANING: { description: 'Cleaning and disinfection 清洗消毒 (water tanks).' },
      REPAIR: { description: 'Repair 维修 (meets no periodic obligation).' },
      OTHER: { description: 'Anything else (meets no periodic obligation).' },
    },
  },
  {
    enum: MaintenanceRequirement,
    name: 'MaintenanceRequirement',
    description: 'A periodic obligation of a kind of equipment.',
    valuesConfig: {
      ROUTINE_MAINTENANCE: { description: 'Routine maintenance (met by ROUTINE, QUARTERLY, HALF_YEARLY, YEARLY).' },
      ANNUAL_INSPECTION: { description: 'Statutory inspection (met by INSPECTION).' },
      MONTHLY_CHECK: { description: 'Monthly check (met by MONTHLY_CHECK, YEARLY_TEST).' },
      YEARLY_TEST: { description: 'Yearly test (met by YEARLY_TEST).' },
      CLEANING: { description: 'Cleaning and disinfection (met by CLEANING).' },
    },
  },
  {
    enum: MaintenanceResult,
    name: 'MaintenanceResult',
    description: 'Outcome of a maintenance visit.',
    valuesConfig: {
      PASSED: { description: 'Everything in order.' },
      FIXED: { description: 'Defects found and fixed on the spot.' },
      FAILED: { description: 'Defects left open: the visit does not meet the obligation.' },
    },
  },
  {
    enum: MaintenanceStatus,
    name: 'MaintenanceStatus',
    description: 'Maintenance status of equipment, derived on the server from its rules, its records and the date.',
    valuesConfig: {
      OK: { description: 'Every obligation met, none due soon.' },
      DUE_SOON: { description: 'An obligation falls due soon (within a fifth of its interval, 1-30 days).' },
      OVERDUE: { description: 'An obligation is past its due date.' },
    },
  },
  {
    enum: RevenueDirection,
    name: 'RevenueDirection',
    description: 'Whether a public-revenue ledger entry is income or expense.',
    valuesConfig: {
      INCOME: { description: 'Income 收入 (advertising, parking, venue rent …).' },
      EXPENSE: { description: 'Expense 支出.' },
    },
  },
  {
    enum: ImportFormat,
    name: 'ImportFormat',
    description: 'Format of an import file.',
    valuesConfig: {
      CSV: { description: 'Comma-separated text, UTF-8, with a header row.' },
      XLSX: { description: 'An Excel workbook; the first sheet is read, with a header row.' },
    },
  },
];
