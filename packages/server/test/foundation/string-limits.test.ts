/**
 * Every string input with a length limit, sent at its limit in code points made of emoji with a
 * variation selector ("❤️" = U+2764 U+FE0F, two code points that validator.js counts as one
 * character), through the real server: the limit is stored, one more is refused. MySQL/MariaDB
 * count a `varchar(n)` of utf8mb4 in code points, so this is the count the limits must use.
 *
 * The list of fields is read from the class-validator metadata of the input and args classes, and
 * the operations that take them from the type-graphql metadata: a new limited field or operation is
 * covered without editing this file, and one without a valid base call below fails the test.
 */
import { readdirSync } from 'node:fs';
import { getMetadataStorage as validationMetadata } from 'class-validator';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_POINT_LENGTH } from '../../src/common/text-length.js';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';
import { freshUser, otherStreet, pendingBinding, uniq, uniquePhone } from '../helpers/fixtures.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';
import { key, ticketIn } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

// ---- which fields have a length limit, and which operations take them -------------------------

/** Names of the class-validator constraints that bound a string's length, and how to read them. */
const LIMITS: Record<string, (c: unknown[]) => { min?: number; max?: number }> = {
  isLength: ([min, max]) => ({ min: min as number, max: max as number }),
  minLength: ([min]) => ({ min: min as number }),
  maxLength: ([max]) => ({ max: max as number }),
  [CODE_POINT_LENGTH]: ([min, max]) => ({ min: min as number, max: max as number }),
};
/** Limits counted by validator.js (an emoji with its variation selector as one character). */
const countedByValidatorJs = new Set<string>();

function limitsOf(cls: Function): Map<string, { min: number; max: number }> {
  const out = new Map<string, { min: number; max: number }>();
  for (const m of validationMetadata().getTargetValidationMetadatas(cls, '', false, false)) {
    const read = m.name ? LIMITS[m.name] : undefined;
    if (!read) continue;
    if (m.name !== CODE_POINT_LENGTH) countedByValidatorJs.add(`${cls.name}.${m.propertyName} (${m.name})`);
    const prev = out.get(m.propertyName) ?? { min: 0, max: Number.POSITIVE_INFINITY };
    const { min, max } = read(m.constraints ?? []);
    out.set(m.propertyName, { min: Math.max(prev.min, min ?? 0), max: Math.min(prev.max, max ?? prev.max) });
  }
  return out;
}

interface Case {
  kind: 'mutation' | 'query';
  operation: string;
  /** The GraphQL argument the field sits in (`input`), or null for a field of an args class. */
  arg: string | null;
  field: string;
  max: number;
}

const schema: GraphQLSchema = await buildGraphQLSchema();
const cases: Case[] = [];
for (const [kind, resolvers] of [
  ['mutation', graphqlMetadata().mutations],
  ['query', graphqlMetadata().queries],
] as const) {
  for (const r of resolvers) {
    for (const p of r.params ?? []) {
      if (p.kind !== 'arg' && p.kind !== 'args') continue;
      const type = p.getType();
      if (typeof type !== 'function') continue;
      for (const [field, { max }] of limitsOf(type)) {
        if (Number.isFinite(max)) {
          cases.push({ kind, operation: r.schemaName, arg: p.kind === 'arg' ? p.name : null, field, max });
        }
      }
    }
  }
}

// ---- the values ------------------------------------------------------------------------------

const HEART = '\u2764\uFE0F'; // two code points, one "character" to validator.js
const GRIN = '\u{1F600}'; // one code point, two UTF-16 units
let tags = 0;
/** Exactly `n` code points, mostly HEART, ending in a unique tag with a letter and a digit. */
function fill(n: number): string {
  const tag = `a1${(++tags).toString(36)}`.slice(0, n);
  const rest = n - [...tag].length;
  return HEART.repeat(Math.floor(rest / 2)) + (rest % 2 ? GRIN : '') + tag;
}

// ---- a valid call of every operation that takes a limited field -----------------------------

interface Base {
  token?: string;
  /** The input (mutations) or the arguments (queries) of a call that succeeds. */
  values: Record<string, unknown>;
  /** The outcome at the limit where it is not OK (the value cannot match anything stored). */
  atMax?: Record<string, string>;
}
type Ctx = { s: TestServer; w: World };

async function create(
  c: Ctx,
  mutation: string,
  input: Record<string, unknown>,
  payloadField?: string,
): Promise<string> {
  const type = `${mutation.replace(/^./, (x) => x.toUpperCase())}Input`;
  const field = payloadField ?? mutation.replace(/^create/, '').replace(/^./, (x) => x.toLowerCase());
  const r = await c.s.gql<Record<string, Record<string, { id: string }>>>(
    `mutation($i: ${type}!) { ${mutation}(input: $i) { ${field} { id } } }`,
    { i: input },
    c.w.tokens.system,
  );
  const payload = r.data?.[mutation];
  const id = payload && Object.values(payload)[0]?.id;
  if (!id) throw new Error(`${mutation}: ${JSON.stringify(r.errors)}`);
  return id;
}

const ticketAction =
  (
    state: string,
    values: (c: Ctx) => Record<string, unknown> | Promise<Record<string, unknown>> = () => ({}),
    who: 'staff' | 'resident' = 'staff',
  ) =>
  async (c: Ctx): Promise<Base> => {
    const t = await ticketIn(c.s, c.w, state, '');
    return {
      token: who === 'staff' ? c.w.tokens.boxue : c.w.tokens.resident,
      values: { ticketId: t.id, ...(await values(c)) },
    };
  };

/** Requests an SMS code for a phone and reads it from the test transport. */
async function smsCode(c: Ctx, phone: string, purpose: string): Promise<string> {
  const r = await c.s.gql('mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }', {
    i: { phone, purpose },
  });
  expect(r.errors).toBeUndefined();
  return c.s.sms.lastCode(phone) as string;
}

let calendarDays = 0;
const BASES: Record<string, (c: Ctx) => Promise<Base>> = {
  // identity
  registerResident: async (c) => {
    const phone = uniquePhone();
    return {
      values: { phone, smsCode: await smsCode(c, phone, 'REGISTER'), password: 'Abcdef123', displayName: '居民' },
      atMax: { smsCode: 'INVALID_CREDENTIALS' },
    };
  },
  loginWithSmsCode: async (c) => {
    const { phone } = await freshUser(c.w);
    return { values: { phone, smsCode: await smsCode(c, phone, 'LOGIN') }, atMax: { smsCode: 'INVALID_CREDENTIALS' } };
  },
  resetPasswordWithSmsCode: async (c) => {
    const { phone } = await freshUser(c.w);
    return {
      values: { phone, smsCode: await smsCode(c, phone, 'RESET_PASSWORD'), newPassword: 'Abcdef123' },
      atMax: { smsCode: 'INVALID_CREDENTIALS' },
    };
  },
  // WeChat is not configured on this server: the field limits are checked before that answer.
  loginWithWechat: async () => ({ values: { code: 'wx-code' }, atMax: { code: 'SERVICE_UNAVAILABLE' } }),
  linkWechatPhone: async () => ({
    values: { linkToken: 'not.a.token', phoneCode: 'phone-code', displayName: '居民' },
    atMax: {
      linkToken: 'INVALID_CREDENTIALS',
      phoneCode: 'INVALID_CREDENTIALS',
      smsCode: 'INVALID_CREDENTIALS',
      displayName: 'INVALID_CREDENTIALS',
    },
  }),
  login: async (c) => ({
    values: { phone: (await freshUser(c.w)).phone, password: 'Fixture@123' },
    atMax: { phone: 'INVALID_CREDENTIALS', password: 'INVALID_CREDENTIALS' },
  }),
  refreshSession: async (c) => {
    const r = await c.s.gql<{ login: { refreshToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { refreshToken } }',
      { i: { phone: (await freshUser(c.w)).phone, password: 'Fixture@123' } },
    );
    return { values: { refreshToken: r.data?.login.refreshToken }, atMax: { refreshToken: 'UNAUTHENTICATED' } };
  },
  changePassword: async (c) => ({
    token: await login(c.s, (await freshUser(c.w)).phone, 'Fixture@123'),
    values: { currentPassword: 'Fixture@123', newPassword: 'Changed@456' },
    atMax: { currentPassword: 'INVALID_CREDENTIALS' },
  }),
  requestHouseholdBinding: async (c) => {
    const [h] = await c.w.ds.query(
      'SELECT buildingId, unit, room FROM household WHERE estateId = ? ORDER BY id LIMIT 1 OFFSET ?',
      [c.w.estate.tianju, 10 + (calendarDays++ % 20)],
    );
    return {
      token: await login(c.s, (await freshUser(c.w)).phone, 'Fixture@123'),
      values: { buildingId: h.buildingId, unit: h.unit, room: h.room, relation: 'TENANT' },
      // No household has such a unit or room: the value is looked up, never stored.
      atMax: { unit: 'NOT_FOUND', room: 'NOT_FOUND' },
    };
  },
  rejectHouseholdBinding: async (c) => ({
    token: c.w.tokens.boxue,
    values: { bindingId: (await pendingBinding(c.w, 'boxue')).id, reason: '不是本户' },
  }),
  // places and organisations
  createStreet: async (c) => ({
    token: c.w.tokens.system,
    values: { name: `街道${uniq()}`, district: '杭州市萧山区' },
  }),
  updateStreet: async (c) => ({ token: c.w.tokens.system, values: { id: (await otherStreet(c.w)).id } }),
  createCommunity: async (c) => ({
    token: c.w.tokens.system,
    values: { streetId: c.w.streetId, name: `社区${uniq()}` },
  }),
  updateCommunity: async (c) => ({
    token: c.w.tokens.system,
    values: {
      id: await create(c, 'createCommunity', { streetId: c.w.streetId, name: `社区${uniq()}` }),
    },
  }),
  createEstate: async (c) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, name: `小区${uniq()}` },
  }),
  updateEstate: async (c) => ({
    token: c.w.tokens.system,
    values: {
      id: await create(c, 'createEstate', { communityId: c.w.community.boxue, name: `小区${uniq()}` }),
    },
  }),
  createBuilding: async (c) => ({
    token: c.w.tokens.system,
    values: { estateId: c.w.estate.tianju, name: `${uniq()}幢` },
  }),
  updateBuilding: async (c) => ({
    token: c.w.tokens.system,
    values: {
      id: await create(c, 'createBuilding', { estateId: c.w.estate.tianju, name: `${uniq()}幢` }),
    },
  }),
  createHousehold: async (c) => ({
    token: c.w.tokens.system,
    values: { buildingId: c.w.building.tianju, unit: '9单元', room: uniq().slice(-8) },
  }),
  updateHousehold: async (c) => ({
    token: c.w.tokens.system,
    values: {
      id: await create(c, 'createHousehold', {
        buildingId: c.w.building.tianju,
        unit: '9单元',
        room: uniq().slice(-8),
      }),
    },
  }),
  createOrganisation: async (c) => ({
    token: c.w.tokens.system,
    values: { kind: 'SOCIAL_ORGANISATION', communityId: c.w.community.boxue, name: `社会组织${uniq()}` },
  }),
  updateOrganisation: async (c) => ({
    token: c.w.tokens.system,
    values: {
      id: await create(c, 'createOrganisation', {
        kind: 'SOCIAL_ORGANISATION',
        communityId: c.w.community.boxue,
        name: `社会组织${uniq()}`,
      }),
    },
  }),
  // tickets
  submitTicket: async (c) => ({
    token: c.w.tokens.resident,
    values: {
      categoryId: c.w.category.boxue.FACILITIES_REPAIR,
      title: '电梯异响',
      body: '3幢1单元电梯运行时有明显异响。',
      estateId: c.w.estate.tianju,
      idempotencyKey: key(),
    },
  }),
  acceptTicket: ticketAction('SUBMITTED', (c) => ({ organisationIds: [c.w.org.boxueOffice] })),
  rejectTicket: ticketAction('SUBMITTED', () => ({ reason: '不属于社区事务' })),
  mergeTicket: ticketAction('SUBMITTED', async (c) => ({
    primaryTicketId: (await ticketIn(c.s, c.w, 'ACCEPTED', '')).id,
  })),
  reassignTicket: ticketAction('ACCEPTED', (c) => ({ organisationIds: [c.w.org.greentown] })),
  replyToTicket: ticketAction('ACCEPTED', () => ({ body: '已安排检查。' })),
  addTicketNote: ticketAction('ACCEPTED', () => ({ body: '内部备注' })),
  resolveTicket: ticketAction('ACCEPTED', () => ({ resolution: '已修复。' })),
  escalateTicket: ticketAction('ACCEPTED', (c) => ({ departmentId: c.w.org.trafficPolice, reason: '需交警处理' })),
  answerTicketEscalation: ticketAction('ESCALATED', () => ({ answer: '交警已处理。' })),
  referTicketToMeeting: ticketAction('ACCEPTED'),
  rateTicket: ticketAction('RESOLVED', () => ({ score: 4 }), 'resident'),
  reopenTicket: ticketAction('RESOLVED', () => ({ reason: '问题仍然存在' }), 'resident'),
  withdrawTicket: ticketAction('SUBMITTED', () => ({}), 'resident'),
  // the ticket desk
  changeTicketPriority: ticketAction('ACCEPTED', () => ({ priority: 'URGENT' })),
  superviseAssignment: async (c) => {
    const base = await ticketAction('ACCEPTED')(c);
    // An overdue assignment of the community office (the one ticketIn routed it to).
    await c.s.db.dataSource.query('UPDATE ticket_assignment SET replyDueAt = ? WHERE ticketId = ?', [
      '2020-01-01 00:00:00',
      base.values.ticketId,
    ]);
    return {
      ...base,
      values: { ...base.values, organisationId: c.w.org.boxueOffice, newDueAt: '2100-01-01T00:00:00Z' },
    };
  },
  createTicketCategory: async (c) => ({
    token: c.w.tokens.system,
    values: {
      communityId: c.w.community.boxue,
      code: `C${key().replace(/\D/g, '').slice(-12)}`,
      nameZh: '停车管理',
      nameEn: 'Parking',
      defaultOrgKind: 'PROPERTY_COMPANY',
    },
  }),
  updateTicketCategory: async (c) => ({
    token: c.w.tokens.system,
    values: {
      id: await create(
        c,
        'createTicketCategory',
        {
          communityId: c.w.community.boxue,
          code: `C${key().replace(/\D/g, '').slice(-12)}`,
          nameZh: '停车管理',
          nameEn: 'Parking',
          defaultOrgKind: 'PROPERTY_COMPANY',
        },
        'category',
      ),
    },
  }),
  // calendar
  setCalendarDay: async (c) => ({
    token: c.w.tokens.system,
    values: { date: `2098-03-${String(1 + (calendarDays++ % 28)).padStart(2, '0')}`, kind: 'HOLIDAY', name: '节日' },
  }),
  setCalendarYearComplete: async (c) => ({ token: c.w.tokens.system, values: { year: 2099, complete: false } }),
  // lists with a text filter
  users: async (c) => ({ token: c.w.tokens.system, values: {} }),
  streets: async (c) => ({ token: c.w.tokens.system, values: {} }),
  communities: async (c) => ({ token: c.w.tokens.system, values: {} }),
  estates: async (c) => ({ token: c.w.tokens.system, values: {} }),
  estateDirectory: async (c) => ({ token: c.w.tokens.resident, values: {} }),
  buildingDirectory: async (c) => ({ token: c.w.tokens.resident, values: { estateId: c.w.estate.tianju } }),
  buildings: async (c) => ({ token: c.w.tokens.system, values: {} }),
  households: async (c) => ({ token: c.w.tokens.system, values: {} }),
  organisations: async (c) => ({ token: c.w.tokens.system, values: {} }),
  tickets: async (c) => ({ token: c.w.tokens.system, values: {} }),
  myTickets: async (c) => ({ token: c.w.tokens.resident, values: {} }),
  auditLog: async (c) => ({ token: c.w.tokens.system, values: {} }),
};

// Base calls of other modules: each `test/<module>/<module>.limits.ts` exports its own `BASES`,
// collected by name (a generated module adds its file, nothing else). A base declared twice fails.
for (const dir of readdirSync(new URL('..', import.meta.url), { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const file of readdirSync(new URL(`../${dir.name}/`, import.meta.url)).filter((f) => f.endsWith('.limits.ts'))) {
    const { BASES: more } = (await import(/* @vite-ignore */ `../${dir.name}/${file}`)) as {
      BASES: Record<string, (c: Ctx) => Promise<Base>>;
    };
    for (const [op, make] of Object.entries(more)) {
      if (op in BASES) throw new Error(`string limits: ${file} declares a base call of ${op} a second time`);
      BASES[op] = make;
    }
  }
}

// ---- sending ---------------------------------------------------------------------------------

function send(c: Ctx, k: Case, base: Base, value: string): Promise<GqlResult> {
  const field = (k.kind === 'mutation' ? schema.getMutationType() : schema.getQueryType())?.getFields()[
    k.operation
  ] as GraphQLField<unknown, unknown>;
  if (k.arg !== null) {
    const arg = field.args.find((a) => a.name === k.arg);
    return c.s.gql(
      `${k.kind}($v: ${String(arg?.type)}) { ${k.operation}(${k.arg}: $v) { __typename } }`,
      { v: { ...base.values, [k.field]: value } },
      base.token,
    );
  }
  const values = { ...base.values, [k.field]: value };
  const args = field.args.filter((a) => a.name in values);
  return c.s.gql(
    `${k.kind}(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${k.operation}(${args
      .map((a) => `${a.name}: $${a.name}`)
      .join(', ')}) { __typename } }`,
    values,
    base.token,
  );
}

const outcome = (r: GqlResult) => {
  const code = codeOf(r);
  return code === 'BAD_USER_INPUT' ? `${code} ${r.errors?.[0]?.extensions?.field}` : code;
};

describe('strings at their documented limit, counted in code points', () => {
  let c: Ctx;
  beforeAll(async () => {
    const s = await startTestServer({
      // Failed sign-ins and registrations from the one test address are part of the cases.
      LOGIN_SLOW_AFTER: '100',
      LOGIN_LOCK_AFTER: '100',
      LOGIN_IP_LOCK_AFTER: '10000',
      LOGIN_ACCOUNT_LOCK_AFTER: '10000',
      REGISTER_IP_MAX: '10000',
    });
    c = { s, w: await buildWorld(s) };
  }, 120_000);
  afterAll(() => c?.s.close());

  it('the list of limited fields is read from the validation metadata', () => {
    const names = new Set(cases.map((k) => `${k.operation}.${k.field}`));
    // A few that must be there; the list itself comes from the metadata.
    for (const n of ['registerResident.displayName', 'submitTicket.title', 'rateTicket.comment', 'users.search']) {
      expect(names).toContain(n);
    }
    expect(cases.length).toBeGreaterThan(50);
  });

  it('every String input field is bounded: a length limit or a pattern', () => {
    // Dates are checked by the calendar service ('YYYY-MM-DD'), so the error names the field.
    const checkedByService = new Set(['SetCalendarDayInput.date', 'ClearCalendarDayInput.date']);
    const unbounded: string[] = [];
    for (const t of graphqlMetadata().inputTypes) {
      for (const f of t.fields ?? []) {
        if (f.getType() !== String || checkedByService.has(`${t.name}.${f.name}`)) continue;
        const names = validationMetadata()
          .getTargetValidationMetadatas(t.target, '', false, false)
          .filter((m) => m.propertyName === f.name)
          .map((m) => m.name);
        if (!names.includes(CODE_POINT_LENGTH) && !names.includes('matches')) unbounded.push(`${t.name}.${f.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('every length limit counts code points, as the database does', () => {
    expect([...countedByValidatorJs]).toEqual([]);
  });

  it.each(cases.map((k) => [`${k.operation}.${k.field}`, k] as const))(
    '%s: the limit in emoji is accepted, one code point more is refused',
    async (_name, k) => {
      const make = BASES[k.operation];
      if (!make) throw new Error(`no valid base call of ${k.operation}: add one to BASES`);
      const base = await make(c);
      const atMax = outcome(await send(c, k, base, fill(k.max)));
      const overMax = outcome(await send(c, k, await make(c), fill(k.max + 1)));
      // The value that validator.js counted as the limit: k.max emoji, 2 × k.max code points.
      const emojiMax = outcome(await send(c, k, await make(c), HEART.repeat(k.max)));
      // One line, so that a failure reads whole: at the limit | one more | the limit in emoji.
      expect(`${atMax} | ${overMax} | ${emojiMax}`).toBe(
        `${base.atMax?.[k.field] ?? 'OK'} | BAD_USER_INPUT ${k.field} | BAD_USER_INPUT ${k.field}`,
      );
    },
  );
});
