import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOXUE_2020, seedBoxue2020 } from '../../src/db/seed/analysis.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/db/seed/demo.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** The article's figures (Hangzhou Daily, 2021-01-13) from the boxue-2020 replay, through the figures API. */
describe('boxue-2020 replay: the article’s figures', () => {
  let server: TestServer;
  let token: string;
  let communityId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const started = Date.now();
    const result = await seedBoxue2020(server.db.dataSource, server.app.services.config);
    console.log(`replay: seeded boxue-2020 in ${Date.now() - started} ms`);
    expect(result.created).toBe(true);
    const login = await server.gql<{ login: { accessToken: string } }>(
      'mutation($p: String!, $w: String!) { login(input: { phone: $p, password: $w }) { accessToken } }',
      { p: DEMO_ACCOUNTS.boxueStaff, w: DEMO_PASSWORD },
    );
    token = login.data?.login.accessToken as string;
    communityId = (await server.db.dataSource.query("SELECT id FROM community WHERE name = '博学路社区'"))[0].id;
  }, 1_200_000);
  afterAll(() => server.close());

  it('reports 660 registered, 150 active, 86 valid, all replied (100 %), 75 completed, 11 escalated', async () => {
    const r = await server.gql<{ analysisFigures: Record<string, number | null> }>(
      `query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisFigures(from: $f, to: $t, communityId: $c) {
        registeredResidents verifiedResidents activeUsers raised valid rejected merged replied repliedOnTime
        resolved escalated rated satisfied replyRate onTimeRate resolutionRate satisfaction firstReplyMedianHours } }`,
      { f: BOXUE_2020.from, t: BOXUE_2020.to, c: communityId },
      token,
    );
    expect(r.errors).toBeUndefined();
    const f = r.data?.analysisFigures as Record<string, number | null>;
    expect(f).toMatchObject({
      registeredResidents: 660,
      verifiedResidents: BOXUE_2020.verified,
      activeUsers: 150,
      raised: BOXUE_2020.raised,
      valid: 86,
      replied: 86,
      replyRate: 1,
      resolved: 75,
      escalated: 11,
      rejected: BOXUE_2020.rejected,
      merged: 11,
      repliedOnTime: BOXUE_2020.repliedOnTime,
      rated: BOXUE_2020.rated,
      satisfied: BOXUE_2020.satisfied,
      satisfaction: BOXUE_2020.satisfied / BOXUE_2020.rated,
    });
    expect(f.firstReplyMedianHours).toBeGreaterThan(0);
  });

  it('shows the 12 December burst in the daily trend: the busiest day, 11 duplicates merged', async () => {
    const r = await server.gql<{ analysisTrend: { key: string; raised: number; valid: number; merged: number }[] }>(
      `query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisTrend(from: $f, to: $t, communityId: $c, interval: DAY) {
        key raised valid merged } }`,
      { f: BOXUE_2020.from, t: BOXUE_2020.to, c: communityId },
      token,
    );
    expect(r.errors).toBeUndefined();
    const day = r.data?.analysisTrend.find((p) => p.key === '2020-12-12');
    // The burst's 12 plus two ordinary matters of that day; the 11 duplicates merged into one.
    expect(day).toMatchObject({ raised: 14, valid: 3, merged: 11 });
    const max = Math.max(...(r.data?.analysisTrend ?? []).map((p) => p.raised));
    expect(max).toBe(14);
  });
});
