/** Rows for the statement-count test of the publication module's lists; statements.test.ts collects this file by name. */

import { CommitteeMemberEntity, CommitteeResolutionEntity } from '../../src/modules/publication/committee.entity.js';
import { PublicationRevisionEntity } from '../../src/modules/publication/publication.entity.js';
import { buildEstate, buildHousehold, buildOrganisation, buildResident, buildStaff } from '../factories/index.js';
import { buildPublication } from '../factories/publication.js';
import type { TestServer } from '../helpers/server.js';

type Data = { token: string; args: string };
let pubs: Promise<Data & { id: string }> | undefined;
let committee: Promise<Data> | undefined;

/** 21 published estate items of a property company, one with 21 revisions; a resident of the estate reads. */
const publications = (s: TestServer) => {
  pubs ??= (async () => {
    const estate = await buildEstate(s);
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    let first = '';
    for (let i = 0; i < 21; i++) {
      const p = await buildPublication(s, { estate, channel: 'PROPERTY', publisherOrganisationId: company.id });
      first ||= p.id;
    }
    for (let n = 2; n <= 21; n++) {
      await s.db.dataSource.getRepository(PublicationRevisionEntity).save({
        publicationId: first,
        number: n,
        title: `第${n}版`,
        body: '<p>正文</p>',
        changeNote: '更正',
        coverFileId: null,
        attachmentFileIds: [],
        publishedById: null,
      } as unknown as PublicationRevisionEntity);
    }
    const resident = await buildResident(s, { household: await buildHousehold(s, { estate }) });
    return { token: await resident.token(), args: 'channel: PROPERTY', id: first };
  })();
  return pubs;
};

/** A committee with 21 members and 21 resolutions, read by one of its members. */
const committeeData = (s: TestServer) => {
  committee ??= (async () => {
    const org = await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE' });
    const place = {
      organisationId: org.id,
      streetId: org.streetId,
      communityId: org.communityId as string,
      estateId: org.estateId as string,
    };
    for (let i = 0; i < 21; i++) {
      await s.db.dataSource.getRepository(CommitteeMemberEntity).save({
        ...place,
        name: `委员${i}`,
        term: 1,
        post: 'MEMBER',
        startOn: '2025-01-01',
        endOn: null,
      } as unknown as CommitteeMemberEntity);
      await s.db.dataSource.getRepository(CommitteeResolutionEntity).save({
        ...place,
        meetingOn: '2026-01-01',
        subject: `决议${i}`,
        body: '<p>x</p>',
        votesFor: 1,
        votesAgainst: 0,
        votesAbstain: 0,
        areaFor: 100,
        areaAgainst: 0,
        areaAbstain: 0,
        attachmentFileIds: [],
        publicationId: null,
        createdById: null,
      } as unknown as CommitteeResolutionEntity);
    }
    const member = await buildStaff(s, { role: 'COMMITTEE_MEMBER', scope: org });
    return { token: await member.token(), args: `organisationId: "${org.id}"` };
  })();
  return committee;
};

export const LISTS = {
  publications,
  publicationRevisions: async (s: TestServer) => {
    const d = await publications(s);
    return { token: d.token, args: `publicationId: "${d.id}"` };
  },
  committeeMembers: committeeData,
  committeeResolutions: committeeData,
};
