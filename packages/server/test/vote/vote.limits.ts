/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };
const draft = (c: Ctx) => ({
  estateId: c.w.estate.tianju,
  title: '表决',
  organiser: 'COMMUNITY',
  opensAt: new Date().toISOString(),
  closesAt: new Date(Date.now() + 86400_000).toISOString(),
  openBallots: false,
  matters: [{ kind: 'ORDINARY', title: '事项', text: '内容' }],
});

export const BASES = {
  createVote: async (c: Ctx) => ({ token: c.w.tokens.system, values: draft(c) }),
  updateVote: async (c: Ctx) => {
    const r = await c.s.gql<{ createVote: { vote: { id: string } } }>(
      'mutation($i: CreateVoteInput!) { createVote(input: $i) { vote { id } } }',
      { i: draft(c) },
      c.w.tokens.system,
    );
    const { estateId: _e, organiser: _o, ...rest } = draft(c);
    return { token: c.w.tokens.system, values: { ...rest, voteId: r.data?.createVote.vote.id } };
  },
  setVoteUnit: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { householdId: c.w.household.tianju, area: '88.80', developerHeld: false },
  }),
};
