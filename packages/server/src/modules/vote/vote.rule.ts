/**
 * The statutory rule of owners' decisions (业主共同决定), as pure integer arithmetic.
 *
 * 《中华人民共和国民法典》第二百七十八条第二款: 业主共同决定事项，应当由专有部分面积占比三分之二以上的
 * 业主且人数占比三分之二以上的业主参与表决。决定前款第六项至第八项规定的事项（筹集建筑物及其附属设施的
 * 维修资金；改建、重建建筑物及其附属设施；改变共有部分的用途或者利用共有部分从事经营活动），应当经参与
 * 表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。决定前款其他事项，应当经参与
 * 表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。
 *   → participation: area ≥ 2/3 of the total AND owners ≥ 2/3 of the total;
 *     MAJOR matters: agreeing area ≥ 3/4 AND agreeing owners ≥ 3/4 of the PARTICIPATING;
 *     ORDINARY matters: agreeing area > 1/2 AND agreeing owners > 1/2 of the PARTICIPATING.
 * 《民法典》第一千二百五十九条: 民法所称的"以上"…包括本数 — so "三分之二以上" / "四分之三以上" include
 *   the bound (≥), while "过半数" is strictly more than half (>): exactly 50 % fails.
 *
 * 《最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释》(法释〔2009〕7号，2020 年修正):
 *   第八条: 专有部分面积按照不动产登记簿记载的面积计算（尚未登记的暂按测绘机构的实测面积，尚未实测的暂按
 *     房屋买卖合同记载的面积）；建筑物总面积按照前项的统计总和计算。
 *     → a unit's registered exclusive area (`areaCentiM2`), the total is the sum over the roll.
 *   第九条: 业主人数按照专有部分的数量计算，一个专有部分按一人计算。但建设单位尚未出售和虽已出售但尚未交付
 *     的部分，以及同一买受人拥有一个以上专有部分的，按一人计算；总人数按照前项的统计总和计算。
 *     → one owner per unit, except: all developer-held units are ONE owner, and one buyer of several
 *       units is ONE owner (counted once by headcount, with the area of all their units).
 *
 * Areas are integer hundredths of a square metre; every comparison is a cross-multiplication of
 * integers (a·3 ≥ b·2), never a float ratio, so 2/3 is exactly 2/3.
 */

/** 普通事项 / 重大事项 (民法典 278 条第一款第六至八项). */
export enum MatterKind {
  ORDINARY = 'ORDINARY',
  MAJOR = 'MAJOR',
}

export enum Choice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

/** A unit as registered for voting: its area and who owns it of record. */
export interface UnitOfRecord {
  householdId: string;
  areaCentiM2: number;
  /** The owner of record's account (staff-entered, or the approved OWNER binding), if any. */
  userId: string | null;
  /** A staff-entered reference identifying one owner across units (e.g. the certificate number). */
  ownerRef: string | null;
  ownerName: string | null;
  /** Unsold, or sold but not delivered: the developer's (建设单位) unit. */
  developerHeld: boolean;
}

/** One owner of the roll: a headcount of one with the area of all their units. */
export interface RollOwner {
  ownerKey: string;
  userId: string | null;
  ownerName: string | null;
  developer: boolean;
  areaCentiM2: number;
  householdIds: string[];
}

export const DEVELOPER_KEY = 'DEVELOPER';

/**
 * How a unit alone names its owner (解释第九条). A unit's owner is known by a staff-entered
 * reference, an account, both, or neither; `buildRoll` joins units that share either.
 */
export function ownerKeyOf(u: UnitOfRecord): string {
  if (u.developerHeld) return DEVELOPER_KEY;
  if (u.ownerRef) return `REF:${u.ownerRef}`;
  if (u.userId) return `USER:${u.userId}`;
  return `UNIT:${u.householdId}`;
}

/**
 * The voter roll: units with a registered area, grouped into owners (解释第八、九条). One buyer
 * of several units is one owner whether the units were tied to them by the same reference or by
 * the same account: units sharing a reference or an account fall into one group (a unit entered
 * with the reference and the account joins the two), so the buyer is never counted twice.
 */
export function buildRoll(units: readonly UnitOfRecord[]): RollOwner[] {
  const valid = units.filter((u) => Number.isSafeInteger(u.areaCentiM2) && u.areaCentiM2 > 0);
  // Union-find over the units' names: REF:x and USER:y of one unit are the same owner.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(k, root);
    return root;
  };
  const join = (a: string, b: string) => {
    for (const k of [a, b]) if (!parent.has(k)) parent.set(k, k);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const u of valid) {
    const key = ownerKeyOf(u);
    join(key, key);
    if (!u.developerHeld && u.ownerRef && u.userId) join(key, `USER:${u.userId}`);
  }
  const owners = new Map<string, RollOwner>();
  for (const u of valid) {
    const root = find(ownerKeyOf(u));
    const o = owners.get(root) ?? {
      ownerKey: root,
      userId: null,
      ownerName: null,
      developer: u.developerHeld,
      areaCentiM2: 0,
      householdIds: [],
    };
    o.areaCentiM2 += u.areaCentiM2;
    o.householdIds.push(u.householdId);
    if (!u.developerHeld) {
      o.userId ??= u.userId;
      o.ownerName ??= u.ownerName;
    }
    owners.set(root, o);
  }
  return [...owners.values()];
}

/** Area (hundredths of m²) and headcount. */
export interface Totals {
  area: number;
  owners: number;
}

export interface MatterCount {
  matterId: string;
  kind: MatterKind;
  for: Totals;
  against: Totals;
  abstain: Totals;
}

/** A fraction a/b compared with a bound p/q; `ok` is exact. */
export interface Check {
  value: Totals;
  base: Totals;
  /** Share of `base`, in tenths of a percent, rounded half up (display only). */
  areaPermille: number;
  ownersPermille: number;
  areaOk: boolean;
  ownersOk: boolean;
  ok: boolean;
  /** The bound: '≥ 2/3', '≥ 3/4' or '> 1/2'. */
  bound: string;
}

export interface MatterOutcome extends MatterCount {
  agreement: Check;
  passed: boolean;
  reasonZh: string;
  reasonEn: string;
}

export interface TallyResult {
  total: Totals;
  participating: Totals;
  participation: Check;
  matters: MatterOutcome[];
}

const permille = (a: number, b: number) => (b === 0 ? 0 : Math.floor((a * 2000 + b) / (2 * b)));
const pct = (p: number) => `${Math.floor(p / 10)}.${p % 10} %`;

/** a/b ≥ p/q, exactly; nothing of nothing is not a share. */
const atLeast = (a: number, b: number, p: number, q: number) => b > 0 && a * q >= b * p;
/** a/b > p/q, exactly. */
const moreThan = (a: number, b: number, p: number, q: number) => b > 0 && a * q > b * p;

function check(value: Totals, base: Totals, bound: 'TWO_THIRDS' | 'THREE_QUARTERS' | 'HALF'): Check {
  const test = bound === 'HALF' ? moreThan : atLeast;
  const [p, q] = bound === 'TWO_THIRDS' ? [2, 3] : bound === 'THREE_QUARTERS' ? [3, 4] : [1, 2];
  const areaOk = test(value.area, base.area, p, q);
  const ownersOk = test(value.owners, base.owners, p, q);
  return {
    value,
    base,
    areaPermille: permille(value.area, base.area),
    ownersPermille: permille(value.owners, base.owners),
    areaOk,
    ownersOk,
    ok: areaOk && ownersOk,
    bound: bound === 'HALF' ? '> 1/2' : bound === 'TWO_THIRDS' ? '≥ 2/3' : '≥ 3/4',
  };
}

const negate = (bound: string) => (bound === '> 1/2' ? '≤ 1/2' : bound.replace('≥', '<'));
const rel = (ok: boolean, bound: string) => (ok ? bound : negate(bound));

function words(c: Check, zh: [string, string], en: [string, string]) {
  const zhText = `${zh[0]} ${pct(c.areaPermille)} ${rel(c.areaOk, c.bound)}；${zh[1]} ${pct(c.ownersPermille)} ${rel(c.ownersOk, c.bound)}`;
  const enText = `${en[0]} ${pct(c.areaPermille)} ${rel(c.areaOk, c.bound)}; ${en[1]} ${pct(c.ownersPermille)} ${rel(c.ownersOk, c.bound)}`;
  return { zhText, enText };
}

/** The tally: participation against the total, each matter's agreement against the participating. */
export function tally(total: Totals, participating: Totals, matters: readonly MatterCount[]): TallyResult {
  for (const n of [total.area, total.owners, participating.area, participating.owners]) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`tally: not a count: ${n}`);
  }
  const participation = check(participating, total, 'TWO_THIRDS');
  const p = words(participation, ['参与面积', '参与人数'], ['participating area', 'participating owners']);
  return {
    total,
    participating,
    participation,
    matters: matters.map((m) => {
      const agreement = check(m.for, participating, m.kind === MatterKind.MAJOR ? 'THREE_QUARTERS' : 'HALF');
      const a = words(agreement, ['同意面积', '同意人数'], ['agreeing area', 'agreeing owners']);
      const passed = participation.ok && agreement.ok;
      return {
        ...m,
        agreement,
        passed,
        reasonZh: `${p.zhText}；${a.zhText} → ${passed ? '通过' : '未通过'}`,
        reasonEn: `${p.enText}; ${a.enText} → ${passed ? 'passed' : 'not passed'}`,
      };
    }),
  };
}

/** 12345 hundredths → "123.45". */
export const formatArea = (centi: number) => `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;

/** "123.45" / "123.4" / "123" (m², at most two decimals) → 12345 hundredths; null if not such a number. */
export function parseArea(text: string): number | null {
  const m = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const centi = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return centi > 0 ? centi : null;
}
