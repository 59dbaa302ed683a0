import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const PUBLIC = `query P($c: ID!) { publicFigures(communityId: $c, months: 2) { month raised replied resolved replyRate } }`;
const SET = `mutation S($i: SetAnalysisSettingsInput!) { setAnalysisSettings(input: $i) { settings { publishFigures } } }`;

/** Issue 9: a community's monthly figures are readable by residents and anonymous callers once it publishes them. */
describe('public figures follow the community setting', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    const a = await submit(server, w, { title: '3幢电梯异响' });
    await submit(server, w, { title: '小区东门路灯不亮' });
    expect((await act(server, w, 'accept', a.id)).errors).toBeUndefined();
    expect((await act(server, w, 'reply', a.id)).errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it('unpublished: residents and anonymous callers are refused, staff read them', async () => {
    for (const token of [undefined, w.tokens.resident]) {
      const r = await server.gql(PUBLIC, { c: w.community.boxue }, token);
      expect(r.errors?.[0]?.extensions?.reason).toBe('ANALYSIS_NOT_PUBLISHED');
    }
    const staff = await server.gql<{ publicFigures: { raised: number }[] }>(
      PUBLIC,
      { c: w.community.boxue },
      w.tokens.boxue,
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.publicFigures.at(-1)?.raised).toBe(2);
  });

  it('published by community staff (audited): anonymous callers and residents read this month exactly', async () => {
    const set = await server.gql(SET, { i: { communityId: w.community.boxue, publishFigures: true } }, w.tokens.boxue);
    expect(set.errors).toBeUndefined();
    const audit = await w.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation LIKE 'analysis.%settings%'");
    expect(Number(audit[0].n)).toBe(1);
    for (const token of [undefined, w.tokens.resident]) {
      const r = await server.gql<{
        publicFigures: { month: string; raised: number; replied: number; replyRate: number | null }[];
      }>(PUBLIC, { c: w.community.boxue }, token);
      expect(r.errors).toBeUndefined();
      const months = r.data?.publicFigures ?? [];
      expect(months).toHaveLength(2);
      const now = months.at(-1);
      expect(now).toMatchObject({ raised: 2, replied: 1 });
    }
    // Another community's figures stay closed.
    const other = await server.gql(PUBLIC, { c: w.community.xingyi });
    expect(other.errors?.[0]?.extensions?.reason).toBe('ANALYSIS_NOT_PUBLISHED');
  });
});
