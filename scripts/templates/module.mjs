/**
 * The files `pnpm gen:module <name>` writes, as template functions of the module's names. Every
 * GraphQL type, permission, reason and audit operation is prefixed with the module's name.
 */

/** The spellings of a module name: `meeting-room` → meetingRoom, MeetingRoom, MEETING_ROOM, meeting_room. */
export function namesOf(kebab) {
  const parts = kebab.split('-');
  const Pascal = parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  const camel = Pascal[0].toLowerCase() + Pascal.slice(1);
  return {
    kebab,
    Pascal,
    camel,
    plural: `${camel}s`,
    Plural: `${Pascal}s`,
    UPPER: parts.join('_').toUpperCase(),
    snake: parts.join('_'),
    perm: parts.join(''),
  };
}

const S = 'packages/server';
const A = 'packages/admin';

export function moduleFiles(kebab) {
  const n = namesOf(kebab);
  const { kebab: k, Pascal: P, camel: c, plural: cs, UPPER: U, snake, perm } = n;
  const m = `${S}/src/modules/${k}`;
  const files = [
    {
      path: `${m}/${k}.entity.ts`,
      text: `import { Entity, Index } from 'typeorm';
import { BaseEntity, RefColumn, TextColumn } from '../../db/columns.js';

/** One ${c} record of a community (the example entity of the generated ${k} module). */
@Entity('${snake}')
@Index('ix_${snake}_community', ['communityId', 'createdAt'])
export class ${P}Entity extends BaseEntity {
  /** The street of the community (kept on the row so that street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  name: string;
}
`,
    },
    {
      path: `${m}/${k}.errors.ts`,
      text: `import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the ${k} module's errors (\`extensions.reason\`), each under its generic code. */
export const ${P}Reasons = defineReasons({
  ${U}_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the ${c} is blank (\`name\`).',
  },
});
`,
    },
    {
      path: `${m}/${k}.types.ts`,
      text: `import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';

@ObjectType({ description: 'One ${c} record of a community.' })
export class ${P} {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

export const ${P}Connection = ConnectionType(${P}, '${P}', '${c}');
export const ${P}Payload = PayloadType(${P}, '${P}', '${c}', '${c}');

@ArgsType()
export class ${P}ListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose ${c} records to list.' })
  communityId: string;
}
`,
    },
    {
      path: `${m}/${k}.inputs.ts`,
      text: `import { Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';

@InputType({ description: 'Create a ${c} record in a community.' })
export class Create${P}Input {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Its name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;
}
`,
    },
    {
      path: `${m}/${k}.mappers.ts`,
      text: `import type { ${P}Entity } from './${k}.entity.js';
import type { ${P} } from './${k}.types.js';

export const to${P} = (e: ${P}Entity): ${P} => ({
  id: e.id,
  communityId: e.communityId,
  name: e.name,
  createdAt: e.createdAt,
});
`,
    },
    {
      path: `${m}/${k}.policy.ts`,
      text: `import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { ${P}Entity } from './${k}.entity.js';

/** Where a ${c} record sits in the tenancy tree. */
export const placeOf${P} = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the records of the places where the viewer holds \`${perm}.read\`. */
export const ${c}Read: ReadRule<${P}Entity> = {
  entity: ${P}Entity,
  what: '${P}',
  filter: (qb, viewer) => applyReach(qb, qb.alias, reachFor(viewer, '${perm}.read'), { street: 'streetId', community: 'communityId' }),
};

/** Who may do what with a ${c} record (a record about to be created is judged by its place). */
export const ${c}Policy = allow({
  what: '${P}',
  read: (v, r: { streetId: string; communityId: string }) => can(v, '${perm}.read', placeOf${P}(r)),
  abilities: {
    create: (v, r) => can(v, '${perm}.manage', placeOf${P}(r)),
  },
});
`,
    },
    {
      path: `${m}/${k}.service.ts`,
      text: `import type { DataSource } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { ${P}Entity } from './${k}.entity.js';
import { ${P}Reasons as R } from './${k}.errors.js';
import type { Create${P}Input } from './${k}.inputs.js';
import { ${c}Policy, ${c}Read, placeOf${P} } from './${k}.policy.js';

export class ${P}Service {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A page of a community's ${c} records the viewer may read, newest first. */
  list(actor: Actor, communityId: string, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer).query(${c}Read, '${c}').andWhere('${c}.communityId = :communityId', { communityId });
    return paginate(qb, page, (e) => e);
  }

  /** Creates a record in a community (\`${perm}.manage\` there), audited. */
  async create(actor: Actor, input: Create${P}Input): Promise<${P}Entity> {
    const community = await unscoped(this.ds, 'the place of the new record, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, ${c}Policy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.${U}_BLANK_NAME, 'The name is blank', { field: 'name' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(${P}Entity).save({ ...draft, name } as ${P}Entity);
      await this.audit.record(
        actor.meta,
        {
          operation: '${perm}.create',
          targetType: '${P}',
          targetId: row.id,
          grant: actingGrant(viewer, '${perm}.manage', placeOf${P}(draft)),
          streetId: draft.streetId,
          communityId: draft.communityId,
          summary: { name },
        },
        m,
      );
      return row;
    });
  }
}
`,
    },
    {
      path: `${m}/${k}.resolver.ts`,
      text: `import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { ${P}Reasons as R } from './${k}.errors.js';
import { Create${P}Input } from './${k}.inputs.js';
import { to${P} } from './${k}.mappers.js';
import { ${P}, ${P}Connection, ${P}ListArgs, ${P}Payload } from './${k}.types.js';

/** The ${k} module's API: thin — each operation hands the actor to the service. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => ${P})
export class ${P}Resolver {
  @Query(() => ${P}Connection, { description: "A community's ${c} records, newest first (staff of its place)." })
  async ${cs}(@Args(() => ${P}ListArgs) args: ${P}ListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.${c}.list(actorOf(ctx), args.communityId, args), to${P});
  }

  @Mutation(() => ${P}Payload, {
    description: withReasons('Create a ${c} record in a community (its staff, street and system administrators).', [
      R.${U}_BLANK_NAME,
    ]),
  })
  async create${P}(@Arg('input', () => Create${P}Input, { description: 'The record.' }) input: Create${P}Input, @Ctx() ctx: RequestContext) {
    return { ${c}: to${P}(await ctx.services.${c}.create(actorOf(ctx), input)) };
  }
}
`,
    },
    {
      path: `${m}/${k}.module.ts`,
      text: `import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import { ${P}Entity } from './${k}.entity.js';
import { ${P}Reasons } from './${k}.errors.js';
import { ${P}Resolver } from './${k}.resolver.js';
import { ${P}Service } from './${k}.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

/** The ${k} module (generated by \`pnpm gen:module ${k}\`). */
export const ${c}Module = defineModule({
  name: '${k}',
  entities: [${P}Entity],
  errors: ${P}Reasons,
  resolvers: [${P}Resolver],
  permissions: {
    /** Read the ${c} records of a place. */
    '${perm}.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Create ${c} records in a place. */
    '${perm}.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: ['${perm}.create'],
  services: ({ dataSource, audit }: Deps<{ audit: AuditService }>) => ({
    ${c}: new ${P}Service(dataSource, audit),
  }),
});
`,
    },
    {
      path: `${S}/test/factories/${k}.ts`,
      text: `/** Factory of the ${k} module: creates the community it is not given. */
import { ${P}Entity } from '../../src/modules/${k}/${k}.entity.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

export async function build${P}(
  f: FactoryContext,
  o: { community?: { id: string; streetId: string }; name?: string } = {},
): Promise<${P}Entity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(${P}Entity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: o.name ?? \`${k}-\${seq()}\`,
  } as ${P}Entity);
}
`,
    },
    {
      path: `${S}/test/matrix/${k}.rows.ts`,
      text: `/** Matrix rows of the ${k} module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { build${P} } from '../factories/${k}.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = async (c: RunContext) => {
  const id = pick(c.target, c.w.community.boxue, c.w.community.xingyi);
  return { id, streetId: c.w.streetId };
};

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const ${U}_ROWS: Record<string, Rule> = {
  ${cs}: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: '${cs}',
    run: async (c) => {
      await build${P}(c.s, { community: await communityOf(c) });
      return c.s.gql(
        'query($id: ID!) { ${cs}(communityId: $id) { totalCount } }',
        { id: (await communityOf(c)).id },
        c.token,
      );
    },
  },
  create${P}: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.name = \`矩阵-\${c.actor}-\${c.target}\`;
      return c.s.gql(
        'mutation($id: ID!, $name: String!) { create${P}(input: { communityId: $id, name: $name }) { ${c} { id } } }',
        { id: (await communityOf(c)).id, name: c.scratch.name },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ ${cs}: { edges: { node: { name: string } }[] } }>(
        c,
        'query($id: ID!) { ${cs}(communityId: $id, first: 100) { edges { node { name } } } }',
        { id: (await communityOf(c)).id },
      );
      expect(data.${cs}.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
};
`,
    },
    {
      path: `${S}/test/lists/${k}.lists.ts`,
      text: `/** Rows for the statement-count test of the ${k} module's lists; statements.test.ts collects this file by name. */
import { build${P} } from '../factories/${k}.js';
import { buildCommunity, buildStaff } from '../factories/index.js';
import type { TestServer } from '../helpers/server.js';

let data: Promise<{ token: string; args: string }> | undefined;

export const LISTS = {
  ${cs}: (s: TestServer) => {
    data ??= (async () => {
      const community = await buildCommunity(s);
      for (let i = 0; i < 21; i++) await build${P}(s, { community });
      const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
      return { token: await staff.token(), args: \`communityId: "\${community.id}"\` };
    })();
    return data;
  },
};
`,
    },
    {
      path: `${S}/test/${k}/${k}.test.ts`,
      text: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build${P} } from '../factories/${k}.js';
import { buildCommunity, buildStaff } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const CREATE = 'mutation($id: ID!, $name: String!) { create${P}(input: { communityId: $id, name: $name }) { ${c} { id name communityId } } }';
const LIST = 'query($id: ID!) { ${cs}(communityId: $id) { totalCount edges { node { name } } } }';

describe('${k} module over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('community staff create a record in their community and list it; the audit log keeps it', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const token = await staff.token();
    const made = await s.gql<{ create${P}: { ${c}: { name: string; communityId: string } } }>(
      CREATE,
      { id: community.id, name: ' 第一 ' },
      token,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.create${P}.${c}).toMatchObject({ name: '第一', communityId: community.id });
    const list = await s.gql<{ ${cs}: { totalCount: number } }>(LIST, { id: community.id }, token);
    expect(list.data?.${cs}.totalCount).toBe(1);
    const audit = await s.gql<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(communityId: $id, operation: "${perm}.create") { totalCount } }',
      { id: community.id },
      token,
    );
    expect(audit.data?.auditLog.totalCount).toBe(1);
  });

  it('refuses a blank name with its reason', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const r = await s.gql(CREATE, { id: community.id, name: '   ' }, await staff.token());
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.reason).toBe('${U}_BLANK_NAME');
  });

  it("hides another community's records and refuses to create there (NOT_FOUND)", async () => {
    const mine = await buildCommunity(s);
    const other = await build${P}(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: mine });
    const token = await staff.token();
    const list = await s.gql<{ ${cs}: { totalCount: number } }>(LIST, { id: other.communityId }, token);
    expect(list.data?.${cs}.totalCount).toBe(0);
    expect(codeOf(await s.gql(CREATE, { id: other.communityId, name: 'x' }, token))).toBe('NOT_FOUND');
  });
});
`,
    },
    {
      path: `${S}/test/${k}/${k}.limits.ts`,
      text: `/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

export const BASES = {
  create${P}: async (c: { s: TestServer; w: World }) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, name: '${k}' },
  }),
};
`,
    },
    // ---- console --------------------------------------------------------------------------------
    {
      path: `${A}/src/features/${k}/messages.ts`,
      text: `import { defineMessages } from '../../i18n/define';

/** The ${k} feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.${c}': '${P}',
    '${c}.name': '名称',
    '${c}.createdAt': '创建时间',
    '${c}.community': '社区',
    'error.reason.${U}_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.${c}': '${P}',
    '${c}.name': 'Name',
    '${c}.createdAt': 'Created',
    '${c}.community': 'Community',
    'error.reason.${U}_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    '${k}': typeof messages;
  }
}
`,
    },
    {
      path: `${A}/src/features/${k}/urls.ts`,
      text: `import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the ${c} list: the community and the cursor. */
export const ${U}_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const ${c}Url = (filters: { community?: string } = {}) => listHref('/${k}', ${U}_PARAMS, filters);
`,
    },
    {
      path: `${A}/src/features/${k}/graphql/${k}.ts`,
      text: `import { graphql } from '../../../gql';

export const ${P}ListDocument = graphql(\`
  query ${P}List($communityId: ID!, $first: Int!, $after: String) {
    ${cs}(communityId: $communityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
        }
      }
    }
  }
\`);

export const ${P}CommunitiesDocument = graphql(\`
  query ${P}Communities {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
\`);
`,
    },
    {
      path: `${A}/src/features/${k}/views/${P}ListView.tsx`,
      text: `import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { ${P}CommunitiesDocument, ${P}ListDocument } from '../graphql/${k}';
import { ${U}_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  name: string;
  createdAt: string;
}

/** The ${c} records of a community, newest first. */
export function ${P}ListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(${U}_PARAMS);
  const f = list.values;
  const communities = useQuery(${P}CommunitiesDocument);
  const { data, loading, error } = useQuery(${P}ListDocument, {
    variables: { communityId: f.community ?? '', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const conn = data?.${cs};
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  return (
    <ListPage
      title={t('nav.${c}')}
      filters={
        <ListFilters>
          <Select
            placeholder={t('${c}.community')}
            aria-label={t('${c}.community')}
            value={f.community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(200)}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        columns={[
          { title: t('${c}.name'), dataIndex: 'name' },
          { title: t('${c}.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
        ]}
        renderCard={(row) => (
          <>
            <strong>{row.name}</strong> · {formatTime(row.createdAt)}
          </>
        )}
      />
    </ListPage>
  );
}
`,
    },
    {
      path: `${A}/src/features/${k}/routes.tsx`,
      text: `import { Route, Routes } from 'react-router';
import { ${P}ListView } from './views/${P}ListView';

/** ${P} — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function ${P}Routes() {
  return (
    <Routes>
      <Route index element={<${P}ListView />} />
    </Routes>
  );
}
`,
    },
    {
      path: `${A}/src/features/${k}/section.tsx`,
      text: `import { AppstoreOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Section } from '../../app/sections';

/** The ${k} feature's menu entry and routes (collected by app/sections.tsx). */
export const section: Section = {
  path: '/${k}',
  label: 'nav.${c}',
  icon: <AppstoreOutlined />,
  needs: { permission: '${perm}.read' },
  Routes: lazy(() => import('./routes')),
};
`,
    },
  ];
  const edits = [
    {
      path: `${S}/src/app/modules.ts`,
      lines: [
        {
          after: /^import \{ \w+Module \} from '\.\.\/modules\//,
          line: `import { ${c}Module } from '../modules/${k}/${k}.module.js';`,
        },
        { after: /^ {2}\w+Module,$/, line: `  ${c}Module,` },
      ],
    },
  ];
  return { names: n, files, edits };
}
