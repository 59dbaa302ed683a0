/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };

/** A published community item of 博学路 written by the system admin. */
async function published(c: Ctx): Promise<string> {
  const made = await c.s.gql<{ createPublication: { publication: { id: string } } }>(
    'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { publication { id } } }',
    { i: { channel: 'NEWS', scope: 'COMMUNITY', placeId: c.w.community.boxue, title: '原标题', body: '<p>正文</p>' } },
    c.w.tokens.system,
  );
  const id = made.data?.createPublication.publication.id;
  if (!id) throw new Error(`createPublication: ${JSON.stringify(made.errors)}`);
  const pub = await c.s.gql(
    'mutation($i: PublishPublicationInput!) { publishPublication(input: $i) { publication { id } } }',
    { i: { id } },
    c.w.tokens.system,
  );
  if (pub.errors) throw new Error(`publishPublication: ${JSON.stringify(pub.errors)}`);
  return id;
}

export const BASES = {
  createPublication: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { channel: 'NEWS', scope: 'COMMUNITY', placeId: c.w.community.boxue, title: '标题', body: '<p>正文</p>' },
  }),
  updatePublication: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { id: await published(c), title: '新标题', changeNote: '更正' },
  }),
  withdrawPublication: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { id: await published(c), reason: '撤回' },
  }),
  addCommitteeMember: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { organisationId: c.w.org.tianjuCommittee, name: '委员', term: 1, post: 'MEMBER', startOn: '2025-01-01' },
  }),
  recordCommitteeResolution: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: {
      organisationId: c.w.org.tianjuCommittee,
      meetingOn: '2026-01-01',
      subject: '决议',
      votesFor: 1,
      votesAgainst: 0,
      votesAbstain: 0,
      areaFor: 1,
      areaAgainst: 0,
      areaAbstain: 0,
    },
  }),
};
