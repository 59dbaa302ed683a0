import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_REASONS, REASON_MAPS } from '../../src/app/modules.js';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';
import { type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';
import { act, key, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const MODULES = resolve(import.meta.dirname, '../../src/modules');
const sources = (dir: string, keep: (name: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name), keep)
      : e.name.endsWith('.ts') && keep(e.name)
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );

describe('error reasons: declared, published, raised', () => {
  it('every reason is named once across the modules, prefixed with its module', () => {
    const names = ALL_REASONS.map((r) => r.reason);
    expect(new Set(names).size).toBe(names.length);
    for (const map of REASON_MAPS) {
      const prefixes = new Set(Object.keys(map).map((k) => k.split('_')[0]));
      expect(prefixes.size, Object.keys(map).join()).toBe(1);
    }
  });

  it('every declared reason is listed in the description of at least one mutation or query', async () => {
    const schema = await buildGraphQLSchema();
    // A reason a query raises (a figures period out of range, figures not published) is listed on the query.
    const roots = [schema.getMutationType(), schema.getQueryType()] as GraphQLObjectType[];
    const descriptions = roots.flatMap((root) => Object.values(root.getFields()).map((f) => f.description ?? ''));
    const unlisted = ALL_REASONS.filter((r) => !descriptions.some((d) => d.includes(`${r.reason} (${r.code})`)));
    expect(unlisted.map((r) => r.reason)).toEqual([]);
  });

  it('the schema publishes exactly the declared reasons as the ErrorReason enum', async () => {
    const schema = await buildGraphQLSchema();
    const values = (schema.getType('ErrorReason') as import('graphql').GraphQLEnumType).getValues();
    expect(values.map((v) => v.name).sort()).toEqual(ALL_REASONS.map((r) => r.reason).sort());
  });

  it('every declared reason is raised by module code, not only declared and listed (no dead reasons)', () => {
    // Services, policies, transitions … — the .errors.ts maps and the resolvers' descriptions do not count.
    const code = sources(MODULES, (name) => !name.endsWith('.errors.ts') && !name.endsWith('.resolver.ts')).join('\n');
    const dead = ALL_REASONS.filter((r) => !new RegExp(`\\b\\w+\\.${r.reason}\\b`).test(code));
    expect(dead.map((r) => r.reason)).toEqual([]);
  });
});

describe('error reasons over HTTP (one per module)', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const ext = (r: GqlResult<unknown>) =>
    r.errors?.[0]?.extensions as { code?: string; reason?: string; field?: string };

  it('ticket: merging a ticket into itself → BAD_USER_INPUT, TICKET_MERGE_INTO_ITSELF on primaryTicketId', async () => {
    const t = await submit(server, w);
    const r = await act(server, w, 'merge', t.id, { primaryTicketId: t.id });
    expect(ext(r)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TICKET_MERGE_INTO_ITSELF',
      field: 'primaryTicketId',
    });
  });

  it('file: the same photo listed twice → BAD_USER_INPUT, FILE_LISTED_TWICE', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const r = await server.gql(
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
      {
        i: {
          categoryId: w.category.boxue.FACILITIES_REPAIR,
          estateId: w.estate.tianju,
          title: '路灯不亮',
          body: '小区东门路灯不亮。',
          anonymous: false,
          idempotencyKey: key(),
          photoFileIds: [id, id],
        },
      },
      w.tokens.resident,
    );
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_LISTED_TWICE' });
  });

  it('org: a community office asked to serve estates → BAD_USER_INPUT, ORG_NOT_A_PROPERTY_COMPANY', async () => {
    const r = await server.gql(
      'mutation($i: SetOrganisationEstatesInput!) { setOrganisationEstates(input: $i) { organisation { id } } }',
      { i: { organisationId: w.org.boxueOffice, estateIds: [w.estate.tianju] } },
      w.tokens.boxue,
    );
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORG_NOT_A_PROPERTY_COMPANY' });
  });

  it('identity: a street admin role granted on a community → BAD_USER_INPUT, IDENTITY_ROLE_SCOPE_MISMATCH', async () => {
    const r = await server.gql(
      'mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { membership { id } } }',
      { i: { userId: w.user.boxue, role: 'STREET_ADMIN', scopeKind: 'COMMUNITY', scopeId: w.community.boxue } },
      w.tokens.street,
    );
    expect(ext(r)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IDENTITY_ROLE_SCOPE_MISMATCH',
      field: 'scopeKind',
    });
  });

  it('calendar: 30 February → BAD_USER_INPUT, CALENDAR_INVALID_DATE', async () => {
    const r = await server.gql(
      'mutation($i: SetCalendarDayInput!) { setCalendarDay(input: $i) { day { date } } }',
      { i: { date: '2031-02-30', kind: 'HOLIDAY', name: '假日' } },
      w.tokens.street,
    );
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CALENDAR_INVALID_DATE', field: 'date' });
  });

  it('a generic failure carries its code and no reason (an unknown ticket → NOT_FOUND)', async () => {
    const r = await act(server, w, 'reject', '00000000-0000-4000-8000-0000000000ff');
    expect(ext(r)).toEqual({ code: 'NOT_FOUND' });
  });

  it('errorReasons lists every reason with its code, without signing in', async () => {
    const r = await server.gql<{ errorReasons: { reason: string; code: string }[] }>(
      '{ errorReasons { reason code description } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.errorReasons).toHaveLength(ALL_REASONS.length);
    expect(r.data?.errorReasons).toContainEqual(
      expect.objectContaining({ reason: 'TICKET_HANDLER_NOT_SERVING_PLACE', code: 'BAD_USER_INPUT' }),
    );
  });

  it('roleDefinitions gives each role its scope kinds and permissions (the rule grantMembership applies)', async () => {
    const r = await server.gql<{
      roleDefinitions: {
        role: string;
        scopeKinds: string[];
        organisationKind: string | null;
        staff: boolean;
        permissions: string[];
      }[];
    }>('{ roleDefinitions { role scopeKinds organisationKind staff permissions } }', {}, w.tokens.boxue);
    expect(r.errors).toBeUndefined();
    const byRole = Object.fromEntries((r.data?.roleDefinitions ?? []).map((d) => [d.role, d]));
    expect(byRole.PROPERTY_STAFF).toMatchObject({
      scopeKinds: ['ORGANISATION'],
      organisationKind: 'PROPERTY_COMPANY',
      staff: true,
    });
    expect(byRole.RESIDENT).toMatchObject({ scopeKinds: ['COMMUNITY'], staff: false });
    expect(byRole.STREET_ADMIN?.permissions).toContain('membership.manage');
    expect(byRole.COMMUNITY_STAFF?.permissions).not.toContain('membership.manage');
  });
});
