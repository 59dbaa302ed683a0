/** Matrix rows of the triage module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { buildHotTopic, buildOpenTopic } from '../factories/triage.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => pick(c.target, c.w.community.boxue, c.w.community.xingyi);

/** A burst (one hot topic of five crossing complaints) per community, made once per world. */
const bursts = new WeakMap<object, Map<string, Promise<{ hotTopicId: string; ticketIds: string[] }>>>();
function burstIn(c: RunContext) {
  let byCommunity = bursts.get(c.w);
  if (!byCommunity) {
    byCommunity = new Map();
    bursts.set(c.w, byCommunity);
  }
  const id = communityOf(c);
  let made = byCommunity.get(id);
  if (!made) {
    made = (async () => {
      const community = await c.s.db.dataSource.getRepository(CommunityEntity).findOneByOrFail({ id });
      const b = await buildHotTopic(c.s, { community });
      if (!b.hotTopicId) throw new Error('the burst raised no hot topic');
      return { hotTopicId: b.hotTopicId, ticketIds: b.ticketIds };
    })();
    byCommunity.set(id, made);
  }
  return made;
}

const topicState = async (c: RunContext) =>
  (
    await read<{ hotTopic: { state: string } }>(c, 'query($id: ID!) { hotTopic(id: $id) { state } }', {
      id: c.scratch.topicId,
    })
  ).hotTopic.state;

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const TRIAGE_ROWS: Record<string, Rule> = {
  similarTickets: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    list: 'similarTickets',
    run: async (c) =>
      c.s.gql(
        'query($t: ID!) { similarTickets(ticketId: $t, first: 5) { totalCount edges { node { score reason ticket { id } } } } }',
        { t: (await burstIn(c)).ticketIds[0] },
        c.token,
      ),
  },
  hotTopics: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'hotTopics',
    run: async (c) => {
      await burstIn(c);
      return c.s.gql('query($c: ID) { hotTopics(communityId: $c) { totalCount } }', { c: communityOf(c) }, c.token);
    },
  },
  hotTopic: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { hotTopic(id: $id) { id state tickets { id } } }',
        { id: (await burstIn(c)).hotTopicId },
        c.token,
      ),
  },
  hotTopicRule: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: (c) =>
      c.s.gql(
        'query($c: ID!) { hotTopicRule(communityId: $c) { threshold windowHours } }',
        { c: communityOf(c) },
        c.token,
      ),
  },
  setHotTopicRule: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: (c) => {
      // Distinct per cell, never below the default threshold (the bursts of other rows must still raise).
      c.scratch.windowHours = 24 + ((c.actor.length * 7 + (c.target === 'in' ? 1 : 2)) % 48);
      return c.s.gql(
        'mutation($i: SetHotTopicRuleInput!) { setHotTopicRule(input: $i) { rule { windowHours } } }',
        { i: { communityId: communityOf(c), threshold: 5, windowHours: c.scratch.windowHours } },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ hotTopicRule: { windowHours: number } }>(
        c,
        'query($c: ID!) { hotTopicRule(communityId: $c) { windowHours } }',
        { c: communityOf(c) },
      );
      expect(data.hotTopicRule.windowHours).toBe(c.scratch.windowHours);
    },
  },
  dismissHotTopic: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.topicId = (await buildOpenTopic(c.s, { communityId: communityOf(c) })).id;
      return c.s.gql(
        'mutation($i: DismissHotTopicInput!) { dismissHotTopic(input: $i) { hotTopic { state } } }',
        { i: { hotTopicId: c.scratch.topicId, reason: '不是同一件事' } },
        c.token,
      );
    },
    effect: async (c) => expect(await topicState(c)).toBe('DISMISSED'),
  },
  mergeHotTopic: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      const topic = await buildOpenTopic(c.s, { communityId: communityOf(c) });
      c.scratch.topicId = topic.id;
      return c.s.gql(
        'mutation($i: MergeHotTopicInput!) { mergeHotTopic(input: $i) { hotTopic { state } } }',
        { i: { hotTopicId: topic.id, primaryTicketId: topic.ticketIds[0] } },
        c.token,
      );
    },
    effect: async (c) => expect(await topicState(c)).toBe('MERGED'),
  },
};
