/** Pure unit tests of the maintenance rules with a controlled clock (no database). */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEFAULT_RULES,
  duesOf,
  effectiveRules,
  shanghaiDate,
  statusOn,
} from '../../src/modules/property/maintenance.rules.js';
import {
  EquipmentKind,
  MaintenanceKind,
  MaintenanceRequirement,
  MaintenanceStatus,
} from '../../src/modules/property/property.enums.js';

const status = (
  kind: EquipmentKind,
  since: string,
  today: string,
  last: [MaintenanceKind, string][] = [],
  rules = DEFAULT_RULES,
) => {
  const dues = duesOf(kind, since, rules, new Map(last));
  const first = (xs: string[]) => [...xs].sort()[0];
  const worst = dues.length
    ? { dueOn: first(dues.map((d) => d.dueOn)) as string, soonFrom: first(dues.map((d) => d.soonFrom)) as string }
    : null;
  return statusOn(today, worst);
};

describe('maintenance rules (controlled clock)', () => {
  const installed = '2026-03-01';

  it('an elevator without a maintenance record for 16 days is overdue; a new record clears it', () => {
    expect(status(EquipmentKind.ELEVATOR, installed, addDays(installed, 14))).toBe(MaintenanceStatus.DUE_SOON);
    expect(status(EquipmentKind.ELEVATOR, installed, addDays(installed, 15))).toBe(MaintenanceStatus.DUE_SOON);
    expect(status(EquipmentKind.ELEVATOR, installed, addDays(installed, 16))).toBe(MaintenanceStatus.OVERDUE);
    const today = addDays(installed, 16);
    expect(status(EquipmentKind.ELEVATOR, installed, today, [[MaintenanceKind.ROUTINE, today]])).toBe(
      MaintenanceStatus.OK,
    );
    // A quarterly maintenance counts as the half-monthly one; a repair does not.
    expect(status(EquipmentKind.ELEVATOR, installed, today, [[MaintenanceKind.QUARTERLY, today]])).toBe(
      MaintenanceStatus.OK,
    );
    expect(status(EquipmentKind.ELEVATOR, installed, today, [[MaintenanceKind.REPAIR, today]])).toBe(
      MaintenanceStatus.OVERDUE,
    );
  });

  it('an elevator needs its yearly inspection too', () => {
    const today = addDays(installed, 366);
    expect(status(EquipmentKind.ELEVATOR, installed, today, [[MaintenanceKind.ROUTINE, today]])).toBe(
      MaintenanceStatus.OVERDUE,
    );
    expect(
      status(EquipmentKind.ELEVATOR, installed, today, [
        [MaintenanceKind.ROUTINE, today],
        [MaintenanceKind.INSPECTION, addDays(today, -2)],
      ]),
    ).toBe(MaintenanceStatus.OK);
  });

  it('a fire system without its monthly check is overdue; the yearly test counts as a monthly check', () => {
    expect(status(EquipmentKind.FIRE_SAFETY, installed, addDays(installed, 20))).toBe(MaintenanceStatus.OK);
    expect(status(EquipmentKind.FIRE_SAFETY, installed, addDays(installed, 31))).toBe(MaintenanceStatus.OVERDUE);
    const today = addDays(installed, 31);
    expect(status(EquipmentKind.FIRE_SAFETY, installed, today, [[MaintenanceKind.MONTHLY_CHECK, today]])).toBe(
      MaintenanceStatus.OK,
    );
    expect(status(EquipmentKind.FIRE_SAFETY, installed, today, [[MaintenanceKind.YEARLY_TEST, today]])).toBe(
      MaintenanceStatus.OK,
    );
  });

  it("a community's interval replaces the default of that kind only", () => {
    const rules = effectiveRules([
      {
        equipmentKind: EquipmentKind.ELEVATOR,
        requirement: MaintenanceRequirement.ROUTINE_MAINTENANCE,
        intervalDays: 10,
      },
    ]);
    expect(status(EquipmentKind.ELEVATOR, installed, addDays(installed, 11), [], rules)).toBe(
      MaintenanceStatus.OVERDUE,
    );
    expect(rules.find((r) => r.equipmentKind === EquipmentKind.FIRE_SAFETY)?.intervalDays).toBe(30);
  });

  it('other equipment has no obligation; dates are judged in Asia/Shanghai', () => {
    expect(status(EquipmentKind.OTHER, installed, '2030-01-01')).toBe(MaintenanceStatus.OK);
    // 2026-03-01 17:00 UTC is already 2 March in Shanghai.
    expect(shanghaiDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
  });
});
