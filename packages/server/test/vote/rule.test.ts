import { describe, expect, it } from 'vitest';
import {
  buildRoll,
  Choice,
  DEVELOPER_KEY,
  formatArea,
  type MatterCount,
  MatterKind,
  parseArea,
  type Totals,
  tally,
  type UnitOfRecord,
} from '../../src/modules/vote/vote.rule.js';

const unit = (id: string, area: number, o: Partial<UnitOfRecord> = {}): UnitOfRecord => ({
  householdId: id,
  areaCentiM2: area,
  userId: null,
  ownerRef: null,
  ownerName: null,
  developerHeld: false,
  ...o,
});
const zero: Totals = { area: 0, owners: 0 };
const matter = (kind: MatterKind, agree: Totals): MatterCount => ({
  matterId: 'm',
  kind,
  for: agree,
  against: zero,
  abstain: zero,
});
/** Sums the owners of a roll whose keys are listed: what a set of ballots brings. */
const sumOf = (roll: ReturnType<typeof buildRoll>, keys?: string[]): Totals => {
  const owners = keys ? roll.filter((o) => keys.includes(o.ownerKey)) : roll;
  return { area: owners.reduce((s, o) => s + o.areaCentiM2, 0), owners: owners.length };
};

describe('the rule of owners’ decisions (民法典 278; 建筑物区分所有权解释 8-9)', () => {
  // Six units of different areas, six owners; total 600.00 m².
  const roll = buildRoll([
    unit('h1', 12000),
    unit('h2', 11000),
    unit('h3', 9000),
    unit('h4', 8000),
    unit('h5', 10000),
    unit('h6', 10000),
  ]);
  const total = sumOf(roll);

  it('exactly two thirds of the area (and of the owners) taking part: participation passes', () => {
    // h1 + h2 + h3 + h4 = 400.00 m² of 600.00 — exactly 2/3; 4 owners of 6 — exactly 2/3.
    const part = sumOf(roll, ['UNIT:h1', 'UNIT:h2', 'UNIT:h3', 'UNIT:h4']);
    expect(part).toEqual({ area: 40000, owners: 4 });
    const t = tally(total, part, [matter(MatterKind.ORDINARY, part)]);
    expect(t.participation.areaOk && t.participation.ownersOk).toBe(true);
    expect(t.matters[0]?.passed).toBe(true);
    expect(t.matters[0]?.reasonZh).toBe(
      '参与面积 66.7 % ≥ 2/3；参与人数 66.7 % ≥ 2/3；同意面积 100.0 % > 1/2；同意人数 100.0 % > 1/2 → 通过',
    );
  });

  it('one unit short of two thirds: participation fails, so the matter fails whatever the agreement', () => {
    const part = sumOf(roll, ['UNIT:h1', 'UNIT:h2', 'UNIT:h3']);
    const t = tally(total, part, [matter(MatterKind.ORDINARY, part)]);
    expect(t.participation.ok).toBe(false);
    expect(t.participation.areaOk).toBe(false);
    expect(t.matters[0]?.agreement.ok).toBe(true);
    expect(t.matters[0]?.passed).toBe(false);
    expect(t.matters[0]?.reasonZh).toMatch(/^参与面积 53\.3 % < 2\/3；参与人数 50\.0 % < 2\/3；.*→ 未通过$/);
  });

  it('one area hundredth short fails too (no rounding: 39999 of 60000 < 2/3)', () => {
    const t = tally(total, { area: 39999, owners: 4 }, []);
    expect(t.participation.areaOk).toBe(false);
    expect(t.participation.ownersOk).toBe(true);
  });

  it('a buyer of three units counts once by headcount and three times by area', () => {
    const r = buildRoll([
      unit('a1', 9000, { ownerRef: 'CERT-1', ownerName: '钱先生' }),
      unit('a2', 9000, { ownerRef: 'CERT-1' }),
      unit('a3', 9000, { ownerRef: 'CERT-1' }),
      unit('b', 10000, { userId: 'u-b' }),
      unit('c', 10000),
    ]);
    expect(r).toHaveLength(3);
    const buyer = r.find((o) => o.ownerKey === 'REF:CERT-1');
    expect(buyer).toMatchObject({ areaCentiM2: 27000, householdIds: ['a1', 'a2', 'a3'], ownerName: '钱先生' });
    expect(sumOf(r)).toEqual({ area: 47000, owners: 3 });
    // The same account holding several units is one owner too.
    const byAccount = buildRoll([unit('x', 5000, { userId: 'u1' }), unit('y', 7000, { userId: 'u1' })]);
    expect(byAccount).toEqual([expect.objectContaining({ ownerKey: 'USER:u1', areaCentiM2: 12000 })]);
  });

  it('a buyer known by a reference on one unit and by their account on another is still one owner', () => {
    // Unit p1 was imported with the buyer's reference and is bound to their account; p2 only bound;
    // p3 only imported with the reference. All three are the same buyer (解释第九条): one owner.
    const r = buildRoll([
      unit('p2', 8000, { userId: 'u-sun' }),
      unit('p1', 9000, { ownerRef: 'CERT-S', userId: 'u-sun', ownerName: '孙女士' }),
      unit('p3', 7000, { ownerRef: 'CERT-S' }),
      unit('q', 10000, { userId: 'u-other' }),
    ]);
    expect(r).toHaveLength(2);
    const sun = r.find((o) => o.householdIds.includes('p1'));
    expect(sun).toMatchObject({ userId: 'u-sun', ownerName: '孙女士', areaCentiM2: 24000 });
    expect([...(sun?.householdIds ?? [])].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(sumOf(r)).toEqual({ area: 34000, owners: 2 });
  });

  it('the developer’s unsold or undelivered units count as one owner, with all their area', () => {
    const r = buildRoll([
      unit('d1', 10000, { developerHeld: true, userId: 'someone' }),
      unit('d2', 12000, { developerHeld: true }),
      unit('d3', 8000, { developerHeld: true, ownerRef: 'X' }),
      unit('o1', 10000),
    ]);
    expect(r).toHaveLength(2);
    expect(r.find((o) => o.ownerKey === DEVELOPER_KEY)).toMatchObject({
      developer: true,
      areaCentiM2: 30000,
      userId: null,
      householdIds: ['d1', 'd2', 'd3'],
    });
  });

  it('a major matter needs three quarters: 74.9 % of the participating area fails, 75 % passes', () => {
    const part: Totals = { area: 100000, owners: 8 };
    const t = tally({ area: 120000, owners: 10 }, part, [
      { ...matter(MatterKind.MAJOR, { area: 74900, owners: 6 }), matterId: 'short' },
      { ...matter(MatterKind.MAJOR, { area: 75000, owners: 6 }), matterId: 'exact' },
    ]);
    expect(t.participation.ok).toBe(true);
    const [short, exact] = t.matters;
    expect(short?.passed).toBe(false);
    expect(short?.reasonZh).toContain('同意面积 74.9 % < 3/4；同意人数 75.0 % ≥ 3/4 → 未通过');
    expect(exact?.passed).toBe(true);
    expect(exact?.reasonEn).toContain('agreeing area 75.0 % ≥ 3/4; agreeing owners 75.0 % ≥ 3/4 → passed');
  });

  it('an ordinary matter at exactly half fails (过半数 is more than half); one hundredth more passes', () => {
    const part: Totals = { area: 100000, owners: 9 };
    const total2: Totals = { area: 100000, owners: 9 };
    const half = tally(total2, part, [matter(MatterKind.ORDINARY, { area: 50000, owners: 5 })]).matters[0];
    expect(half?.agreement.areaOk).toBe(false);
    expect(half?.passed).toBe(false);
    expect(half?.reasonZh).toContain('同意面积 50.0 % ≤ 1/2');
    const more = tally(total2, part, [matter(MatterKind.ORDINARY, { area: 50001, owners: 5 })]).matters[0];
    expect(more?.passed).toBe(true);
    // Half of the owners exactly fails as well.
    const heads = tally({ area: 10, owners: 4 }, { area: 10, owners: 4 }, [
      matter(MatterKind.ORDINARY, { area: 9, owners: 2 }),
    ]).matters[0];
    expect(heads?.agreement.ownersOk).toBe(false);
  });

  it('nobody taking part is no decision; abstentions count as participating, not agreeing', () => {
    expect(tally({ area: 100, owners: 1 }, zero, [matter(MatterKind.ORDINARY, zero)]).matters[0]?.passed).toBe(false);
    const t = tally({ area: 300, owners: 3 }, { area: 300, owners: 3 }, [
      {
        matterId: 'm',
        kind: MatterKind.ORDINARY,
        for: { area: 100, owners: 1 },
        against: { area: 100, owners: 1 },
        abstain: { area: 100, owners: 1 },
      },
    ]);
    expect(t.matters[0]?.passed).toBe(false);
    expect(Choice.ABSTAIN).toBe('ABSTAIN');
  });

  it('areas are parsed and printed as exact hundredths', () => {
    expect(parseArea('89.5')).toBe(8950);
    expect(parseArea(' 120 ')).toBe(12000);
    expect(parseArea('0.01')).toBe(1);
    for (const bad of ['', '-1', '1.234', 'abc', '0', '1e3']) expect(parseArea(bad)).toBeNull();
    expect(formatArea(8905)).toBe('89.05');
  });
});
