/** Matrix rows of the analysis module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { TicketState } from '../../src/modules/ticket/ticket.enums.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => pick(c.target, c.w.community.boxue, c.w.community.xingyi);

/** One ticket in the target community submitted now (inserted directly: the figures only read it). */
async function ticketIn(c: RunContext) {
  const boxue = c.target === 'in';
  await c.w.ds.getRepository(TicketEntity).save(
    c.w.ds.getRepository(TicketEntity).create({
      streetId: c.w.streetId,
      communityId: communityOf(c),
      estateId: null,
      buildingId: null,
      categoryId: boxue ? c.w.category.boxue.OTHER : c.w.category.xingyi.OTHER,
      submitterId: boxue ? c.w.user.resident : c.w.user.xingyiResident,
      title: '矩阵统计',
      body: '矩阵统计用的工单。',
      locationText: null,
      anonymous: false,
      state: TicketState.SUBMITTED,
      version: 1,
      idempotencyKey: `matrix-analysis-${Math.random()}`,
      dueCovered: true,
      reopenCount: 0,
    }),
  );
}

const period = () => ({
  f: new Date(Date.now() - 30 * 86_400_000).toISOString(),
  t: new Date(Date.now() + 86_400_000).toISOString(),
});
const ARGS = '$f: DateTimeISO!, $t: DateTimeISO!, $c: ID';
const figures = async (c: RunContext, field: string, extra: string, selection: string) => {
  await ticketIn(c);
  return c.s.gql(
    `query(${ARGS}) { ${field}(from: $f, to: $t, communityId: $c${extra}) ${selection} }`,
    { ...period(), c: communityOf(c) },
    c.token,
  );
};

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const ANALYSIS_ROWS: Record<string, Rule> = {
  analysisFigures: {
    expect: 'UN FB OK OK FB FB OK OK OK FB UN',
    run: (c) => figures(c, 'analysisFigures', '', '{ raised valid replyRate }'),
  },
  analysisBreakdown: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'analysisBreakdown',
    run: (c) => figures(c, 'analysisBreakdown', ', by: COMMUNITY', '{ key raised }'),
  },
  analysisTrend: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'analysisTrend',
    run: (c) => figures(c, 'analysisTrend', ', interval: DAY', '{ key raised }'),
  },
  analysisAssessment: {
    expect: 'UN FB OK OK FB FB OK OK OK FB UN',
    run: (c) => figures(c, 'analysisAssessment', '', '{ minSample rows { name rank } }'),
  },
  publicFigures: {
    // Not published (the default): only the community's own staff and those above it.
    expect: 'FB FB OK/FB FB/OK FB FB OK OK FB FB FB',
    run: (c) =>
      c.s.gql('query($c: ID!) { publicFigures(communityId: $c) { month raised } }', { c: communityOf(c) }, c.token),
  },
  analysisSettings: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: (c) =>
      c.s.gql(
        'query($c: String!) { analysisSettings(communityId: $c) { publishFigures minSample } }',
        { c: communityOf(c) },
        c.token,
      ),
  },
  setAnalysisSettings: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: (c) => {
      c.scratch.minSample = 2 + Math.floor(Math.random() * 900);
      return c.s.gql(
        'mutation($c: ID!, $m: Int!) { setAnalysisSettings(input: { communityId: $c, minSample: $m }) { settings { minSample } } }',
        { c: communityOf(c), m: c.scratch.minSample },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ analysisSettings: { minSample: number } }>(
        c,
        'query($c: String!) { analysisSettings(communityId: $c) { minSample } }',
        { c: communityOf(c) },
      );
      expect(data.analysisSettings.minSample).toBe(c.scratch.minSample);
    },
  },
};
