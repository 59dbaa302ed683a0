/**
 * Hostile values for every kind of input the schema has, as fast-check arbitraries grouped in
 * named categories: the run sends each field of each mutation one draw of every category its
 * GraphQL type has (and HOSTILE_RUNS rounds of draws). Nothing here names a mutation or a field:
 * the categories follow from the type alone.
 */
import fc from 'fast-check';
import {
  type GraphQLEnumType,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

export interface Category {
  /** e.g. "huge", "sql", "far-future" — the figures count rejections per field and category. */
  name: string;
  arb: fc.Arbitrary<unknown>;
}

const HUGE = 100_000;
/** Strings of 100,000 characters (UTF-16 units) of different widths: ASCII, CJK, astral CJK, emoji. */
const huge = fc.constantFrom(
  'a'.repeat(HUGE),
  '好'.repeat(HUGE),
  '𠀀'.repeat(HUGE / 2),
  '❤️'.repeat(HUGE / 2),
  `${'x'.repeat(HUGE - 1)}\u0000`,
);
const RARE = [
  '𠀀',
  '𠀀𪚥𫝀𬺰',
  '👨‍👩‍👧‍👦',
  '❤️',
  '🏳️‍🌈',
  'e\u0301\u0301\u0301',
  '\u202Eevil',
  '\uFEFF',
  '\u200B',
  '\uD800',
  '\uDFFF\uD800',
  '\u0000',
  '\r\n\t',
  '😀'.repeat(40),
];
const rare = fc.oneof(
  fc.constantFrom(...RARE),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
);
const sql = fc.constantFrom(
  "' OR '1'='1",
  "'; DROP TABLE user; --",
  '" OR ""="',
  "1' AND SLEEP(5) --",
  "%' UNION SELECT phone, passwordHash FROM user --",
  '\\',
  "\\'",
  '%_%',
  '`id`',
  "'); DELETE FROM ticket; --",
);
const script = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, sent as it is
  '${7*7}',
  '</textarea><script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
);
const numberish = fc.constantFrom('NaN', '-1', '1e309', '2147483648', '9007199254740993', '-0', 'Infinity', '0x10');
const dateish = fc.constantFrom(
  '0001-01-01',
  '0000-00-00 00:00:00',
  '9999-12-31T23:59:59.999Z',
  '2026-02-30',
  '2026-13-01',
  'not-a-date',
  '1970-01-01T00:00:00Z',
  '24:61',
);
const wrongScalar = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ $gt: '' }),
);
const empty = fc.constantFrom('', ' ', '\t\n', null);

/** Ids of records a run can aim at that belong to another scope (set by the run from its world). */
export const otherScopeIds: string[] = [];

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

const YEAR_1 = -62_135_596_800_000;
const YEAR_9999_END = 253_402_300_799_999;

function categoriesOfScalar(name: string): Category[] {
  switch (name) {
    case 'String':
      return [
        { name: 'empty', arb: empty },
        { name: 'huge', arb: huge },
        { name: 'wrong-type', arb: wrongScalar },
        { name: 'rare-unicode', arb: rare },
        { name: 'sql', arb: sql },
        { name: 'script', arb: script },
        { name: 'number-ish', arb: numberish },
        { name: 'date-ish', arb: dateish },
      ];
    case 'ID':
      return [
        { name: 'empty', arb: fc.constantFrom('', null) },
        {
          name: 'wrong-id',
          arb: fc.constantFrom(
            'abc',
            '-1',
            '0',
            '1.5',
            'NaN',
            '00000000-0000-0000-0000-000000000000',
            "' OR 1=1 --",
            '𠀀',
            'a'.repeat(10_000),
            '01HZZZZZZZZZZZZZZZZZZZZZZZ',
          ),
        },
        { name: 'nonexistent', arb: fc.uuid() },
        {
          name: 'other-scope',
          arb: fc
            .integer({ min: 0, max: 1_000 })
            .map((i) => otherScopeIds[i % Math.max(otherScopeIds.length, 1)] ?? ''),
        },
        { name: 'wrong-type', arb: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant({})) },
      ];
    case 'Int':
      return [
        { name: 'empty', arb: fc.constantFrom(null, '') },
        { name: 'negative', arb: fc.oneof(fc.constant(-1), fc.integer({ min: INT_MIN, max: -1 })) },
        { name: 'zero', arb: fc.constant(0) },
        {
          name: 'int-extreme',
          arb: fc.oneof(fc.constantFrom(INT_MAX, INT_MIN), fc.integer({ min: 100_000, max: INT_MAX })),
        },
        { name: 'overflow', arb: fc.constantFrom(2 ** 31, INT_MIN - 1, 2 ** 53 + 1, 1e20, -1e20) },
        { name: 'wrong-type', arb: fc.oneof(numberish, fc.constant(1.5), fc.boolean(), fc.constant({})) },
      ];
    case 'Float':
      return [
        { name: 'empty', arb: fc.constantFrom(null, '') },
        { name: 'negative', arb: fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }) },
        { name: 'overflow', arb: fc.constantFrom(1e308, -1e308, 5e-324, 2 ** 53 + 1) },
        { name: 'wrong-type', arb: fc.oneof(numberish, fc.boolean(), fc.constant({})) },
      ];
    case 'Boolean':
      return [
        { name: 'empty', arb: fc.constantFrom(null, '') },
        { name: 'wrong-type', arb: fc.constantFrom('true', 1, 0, {}, []) },
      ];
    default:
      // Date-time scalars (DateTimeISO) and any other custom scalar: dates at and past the ends.
      return [
        { name: 'empty', arb: fc.constantFrom('', null) },
        {
          name: 'far-past',
          arb: fc.oneof(
            fc.constantFrom('0001-01-01T00:00:00.000Z', '1000-01-01T00:00:00Z', '1899-12-31T16:00:00Z'),
            fc.date({ min: new Date(YEAR_1), max: new Date(0), noInvalidDate: true }).map((d) => d.toISOString()),
          ),
        },
        {
          name: 'far-future',
          arb: fc.oneof(
            fc.constantFrom('9999-12-31T23:59:59.999Z', '2200-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z'),
            fc
              .date({ min: new Date(4_102_444_800_000), max: new Date(YEAR_9999_END), noInvalidDate: true })
              .map((d) => d.toISOString()),
          ),
        },
        {
          name: 'invalid-date',
          arb: fc.constantFrom(
            '2026-02-30T00:00:00Z',
            '2026-13-01T00:00:00Z',
            '0000-00-00T00:00:00Z',
            'not-a-date',
            '2026-06-01',
            '2026-06-01T25:00:00Z',
          ),
        },
        { name: 'wrong-type', arb: fc.oneof(fc.constantFrom(0, -1, 8.64e15, 1e20, true), fc.constant({})) },
      ];
  }
}

function categoriesOfEnum(type: GraphQLEnumType): Category[] {
  const values = type.getValues().map((v) => v.name);
  return [
    {
      name: 'unknown-enum',
      arb: fc.oneof(
        fc.constantFrom('NOT_A_VALUE', '', null, 0),
        fc.constantFrom(...values).map((v) => v.toLowerCase()),
        fc.constantFrom(...values).map((v) => `${v} `),
      ),
    },
    { name: 'other-enum-value', arb: fc.constantFrom(...values) },
  ];
}

/** The categories of a leaf field of this type (a scalar, an enum, or a list of them). */
export function categoriesOf(type: GraphQLInputType): Category[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(type);
  const scalar = isEnumType(named)
    ? categoriesOfEnum(named)
    : isScalarType(named)
      ? categoriesOfScalar(named.name)
      : [];
  if (!isListType(inner)) return scalar;
  // A list: hostile elements, and hostile lists (empty, null, huge, duplicates, a scalar for a list).
  // Elements of whole lists stay small (no 'huge' strings, no 10,000-character ids): a request
  // stays under the server's 2 MB body limit (past it the answer is HTTP 413, before any GraphQL).
  const element = fc
    .oneof(...scalar.filter((c) => c.name !== 'huge').map((c) => c.arb))
    .filter((v) => (JSON.stringify(v) ?? '').length <= 200);
  return [
    ...scalar.map((c) => ({ name: `element:${c.name}`, arb: c.arb.map((v) => [v]) })),
    { name: 'empty-list', arb: fc.constantFrom([], null) },
    { name: 'huge-list', arb: element.map((v) => Array.from({ length: 5_000 }, () => v)) },
    { name: 'many-distinct', arb: fc.array(element, { minLength: 50, maxLength: 200 }) },
  ];
}

/** Whether the type is an input object (walked field by field) rather than a leaf. */
export const isObjectInput = (type: GraphQLInputType) => isInputObjectType(getNamedType(type));
