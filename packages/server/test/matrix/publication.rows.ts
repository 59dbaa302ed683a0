/** Matrix rows of the publication module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import type { OrganisationEntity } from '../../src/modules/org/organisation.entity.js';
import { CommitteeMemberEntity, CommitteeResolutionEntity } from '../../src/modules/publication/committee.entity.js';
import { buildOrganisation } from '../factories/org.js';
import { buildPublication } from '../factories/publication.js';
import type { UserActor } from '../helpers/world.js';
import { pick, type Rule, type RunContext, read } from './kit.js';

/** "in": 天钜银河府 (博学路, served by 绿城, home of the committee); "out": 兴议花园 (兴议, served by nobody). */
const estateOf = async (c: RunContext) =>
  c.w.ds
    .getRepository(EstateEntity)
    .findOneByOrFail({ id: pick(c.target, c.w.estate.tianju, c.w.estate.xingyiGarden) });

/** A PROPERTY item of the target estate, published (or a draft) by 绿城 in / 滨江 out. */
const propertyItem = async (c: RunContext, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
  buildPublication(c.s, {
    estate: await estateOf(c),
    channel: 'PROPERTY',
    status,
    publisherOrganisationId: pick(c.target, c.w.org.greentown, c.w.org.binjiang),
  });

const committees = new WeakMap<object, Promise<OrganisationEntity>>();
/** The 天钜 committee in; a committee of 兴议花园 (made once per world) out. */
const committeeOf = async (c: RunContext): Promise<string> => {
  if (c.target === 'in') return c.w.org.tianjuCommittee;
  let made = committees.get(c.w);
  if (!made) {
    made = (async () => buildOrganisation(c.s, { kind: 'OWNERS_COMMITTEE', estate: await estateOf(c) }))();
    committees.set(c.w, made);
  }
  return (await made).id;
};
const committeePlace = async (c: RunContext) => {
  const e = await estateOf(c);
  return { organisationId: await committeeOf(c), streetId: e.streetId, communityId: e.communityId, estateId: e.id };
};

const ONE = 'query($id: ID!) { publication(id: $id) { id title status pinned viewCount revisionNumber } }';
type One = {
  publication: { title: string; status: string; pinned: boolean; viewCount: number; revisionNumber: number };
};

const READ = 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN';
const WRITE = 'UN FB FB/NF NF/FB OK/NF FB/NF FB OK NF FB UN';
const KEEP = 'UN FB FB FB FB OK/NF FB OK FB FB UN';

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const PUBLICATION_ROWS: Record<string, Rule> = {
  publications: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'publications',
    run: async (c) => {
      const p = await propertyItem(c);
      return c.s.gql('query($id: ID!) { publications(placeId: $id) { totalCount } }', { id: p.estateId }, c.token);
    },
  },
  publication: {
    expect: READ,
    run: async (c) => c.s.gql(ONE, { id: (await propertyItem(c)).id }, c.token),
  },
  publicationRevisions: {
    expect: READ,
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { publicationRevisions(publicationId: $id) { totalCount edges { node { number } } } }',
        { id: (await propertyItem(c)).id },
        c.token,
      ),
  },
  publicationDiff: {
    expect: READ,
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { publicationDiff(publicationId: $id, from: 1, to: 1) { body { op text } } }',
        { id: (await propertyItem(c)).id },
        c.token,
      ),
  },
  createPublication: {
    expect: WRITE,
    run: async (c) => {
      c.scratch.title = `矩阵-${c.actor}-${c.target}`;
      const r = await c.s.gql<{ createPublication: { publication: { id: string } } }>(
        'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { publication { id } } }',
        {
          i: {
            channel: 'PROPERTY',
            scope: 'ESTATE',
            placeId: (await estateOf(c)).id,
            title: c.scratch.title,
            body: '<p>矩阵</p>',
          },
        },
        c.token,
      );
      c.scratch.id = r.data?.createPublication.publication.id;
      return r;
    },
    effect: async (c) => {
      const d = await read<One>(c, ONE, { id: c.scratch.id });
      expect(d.publication).toMatchObject({ title: c.scratch.title, status: 'DRAFT' });
    },
  },
  updatePublication: {
    expect: WRITE,
    run: async (c) => {
      c.scratch.id = (await propertyItem(c)).id;
      return c.s.gql(
        'mutation($i: UpdatePublicationInput!) { updatePublication(input: $i) { publication { id } } }',
        { i: { id: c.scratch.id, title: '矩阵改版', changeNote: '更正' } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<One>(c, ONE, { id: c.scratch.id });
      expect(d.publication).toMatchObject({ title: '矩阵改版', revisionNumber: 2 });
    },
  },
  publishPublication: {
    expect: 'UN FB NF NF OK/NF NF NF OK NF FB UN',
    run: async (c) => {
      c.scratch.id = (await propertyItem(c, 'DRAFT')).id;
      return c.s.gql(
        'mutation($i: PublishPublicationInput!) { publishPublication(input: $i) { publication { id } } }',
        { i: { id: c.scratch.id } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<One>(c, ONE, { id: c.scratch.id });
      expect(d.publication).toMatchObject({ status: 'PUBLISHED', revisionNumber: 1 });
    },
  },
  withdrawPublication: {
    expect: WRITE,
    run: async (c) => {
      c.scratch.id = (await propertyItem(c)).id;
      return c.s.gql(
        'mutation($i: WithdrawPublicationInput!) { withdrawPublication(input: $i) { publication { id } } }',
        { i: { id: c.scratch.id, reason: '信息有误' } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<One>(c, ONE, { id: c.scratch.id });
      expect(d.publication.status).toBe('WITHDRAWN');
    },
  },
  pinPublication: {
    expect: WRITE,
    run: async (c) => {
      c.scratch.id = (await propertyItem(c)).id;
      return c.s.gql(
        'mutation($i: PinPublicationInput!) { pinPublication(input: $i) { publication { id } } }',
        { i: { id: c.scratch.id, pinned: true } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<One>(c, ONE, { id: c.scratch.id });
      expect(d.publication.pinned).toBe(true);
    },
  },
  recordPublicationView: {
    expect: READ,
    run: async (c) => {
      c.scratch.id = (await propertyItem(c)).id;
      return c.s.gql(
        'mutation($i: RecordPublicationViewInput!) { recordPublicationView(input: $i) { publication { viewCount } } }',
        { i: { id: c.scratch.id } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<One>(c, ONE, { id: c.scratch.id });
      expect(d.publication.viewCount).toBe(1);
    },
  },
  markPublicationChannelVisited: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: async (c) =>
      c.s.gql('mutation { markPublicationChannelVisited(input: { channel: NEWS }) { visitedAt } }', {}, c.token),
    effect: async (c) => {
      const rows = await c.w.ds.query('SELECT COUNT(*) AS n FROM publication_visit WHERE userId = ? AND channel = ?', [
        c.w.user[c.actor as UserActor],
        'NEWS',
      ]);
      expect(Number(rows[0].n)).toBe(1);
    },
  },
  committeeMembers: {
    expect: 'UN OK/E OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'committeeMembers',
    run: async (c) => {
      const place = await committeePlace(c);
      await c.w.ds.getRepository(CommitteeMemberEntity).save({
        ...place,
        name: '矩阵委员',
        term: 1,
        post: 'MEMBER',
        startOn: '2025-01-01',
        endOn: null,
      } as unknown as CommitteeMemberEntity);
      return c.s.gql(
        'query($o: ID!) { committeeMembers(organisationId: $o) { totalCount } }',
        { o: place.organisationId },
        c.token,
      );
    },
  },
  committeeResolutions: {
    expect: 'UN FB OK/E E/OK OK/E OK/E OK OK E E UN',
    list: 'committeeResolutions',
    run: async (c) => {
      const place = await committeePlace(c);
      await saveResolution(c, place);
      return c.s.gql(
        'query($o: ID!) { committeeResolutions(organisationId: $o) { totalCount } }',
        { o: place.organisationId },
        c.token,
      );
    },
  },
  addCommitteeMember: {
    expect: KEEP,
    run: async (c) => {
      c.scratch.name = `委员${c.actor}${c.target}`.slice(0, 50);
      return c.s.gql(
        'mutation($i: AddCommitteeMemberInput!) { addCommitteeMember(input: $i) { member { id } } }',
        {
          i: {
            organisationId: await committeeOf(c),
            name: c.scratch.name,
            term: 3,
            post: 'MEMBER',
            startOn: '2026-01-01',
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ committeeMembers: { edges: { node: { name: string } }[] } }>(
        c,
        'query($o: ID!) { committeeMembers(organisationId: $o, first: 100) { edges { node { name } } } }',
        { o: await committeeOf(c) },
      );
      expect(d.committeeMembers.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
  recordCommitteeResolution: {
    expect: KEEP,
    run: async (c) => {
      c.scratch.subject = `矩阵决议-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: RecordCommitteeResolutionInput!) { recordCommitteeResolution(input: $i) { resolution { id } } }',
        {
          i: {
            organisationId: await committeeOf(c),
            meetingOn: '2026-11-01',
            subject: c.scratch.subject,
            votesFor: 5,
            votesAgainst: 0,
            votesAbstain: 0,
            areaFor: 50000,
            areaAgainst: 0,
            areaAbstain: 0,
          },
        },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ committeeResolutions: { edges: { node: { subject: string } }[] } }>(
        c,
        'query($o: ID!) { committeeResolutions(organisationId: $o, first: 100) { edges { node { subject } } } }',
        { o: await committeeOf(c) },
      );
      expect(d.committeeResolutions.edges.map((e) => e.node.subject)).toContain(c.scratch.subject);
    },
  },
  publishCommitteeResolution: {
    expect: KEEP,
    run: async (c) => {
      const r = await saveResolution(c, await committeePlace(c));
      c.scratch.id = r.id;
      return c.s.gql(
        'mutation($i: PublishCommitteeResolutionInput!) { publishCommitteeResolution(input: $i) { resolution { id } } }',
        { i: { resolutionId: r.id } },
        c.token,
      );
    },
    effect: async (c) => {
      const row = await c.w.ds.getRepository(CommitteeResolutionEntity).findOneByOrFail({ id: c.scratch.id as string });
      expect(row.publicationId).toBeTruthy();
      const d = await read<One>(c, ONE, { id: row.publicationId });
      expect(d.publication.status).toBe('PUBLISHED');
    },
  },
};

function saveResolution(
  c: RunContext,
  place: { organisationId: string; streetId: string; communityId: string; estateId: string },
) {
  return c.w.ds.getRepository(CommitteeResolutionEntity).save({
    ...place,
    meetingOn: '2026-10-01',
    subject: '矩阵决议',
    body: '<p>决议</p>',
    votesFor: 3,
    votesAgainst: 1,
    votesAbstain: 0,
    areaFor: 30000,
    areaAgainst: 10000,
    areaAbstain: 0,
    attachmentFileIds: [],
    publicationId: null,
    createdById: null,
  } as unknown as CommitteeResolutionEntity);
}
