import type { EnumRegistration } from '../../app/module.js';

/** Where a publication appears (DESIGN §2 Disclosure). */
export enum PublicationChannel {
  PARTY_BUILDING = 'PARTY_BUILDING',
  COMMUNITY_AFFAIRS = 'COMMUNITY_AFFAIRS',
  PROPERTY = 'PROPERTY',
  COMMITTEE = 'COMMITTEE',
  NEWS = 'NEWS',
}

/** The three kinds of 三务公开 (COMMUNITY_AFFAIRS only). */
export enum AffairsKind {
  PARTY_AFFAIRS = 'PARTY_AFFAIRS',
  GOVERNMENT_AFFAIRS = 'GOVERNMENT_AFFAIRS',
  FINANCE = 'FINANCE',
}

/** The level of the tree a publication is addressed to. */
export enum PublicationScope {
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  ESTATE = 'ESTATE',
}

/** Draft → (scheduled) → published → withdrawn. */
export enum PublicationStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

/** One piece of a word-level diff. */
export enum DiffOp {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

/** Posts on an owners' committee. */
export enum CommitteePost {
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  MEMBER = 'MEMBER',
  ALTERNATE = 'ALTERNATE',
}

export const PUBLICATION_ENUMS: EnumRegistration[] = [
  {
    enum: PublicationChannel,
    name: 'PublicationChannel',
    description: 'The disclosure channel (公开栏目) a publication appears in.',
    valuesConfig: {
      PARTY_BUILDING: { description: '党建引领 — party building (community staff).' },
      COMMUNITY_AFFAIRS: {
        description: '三务公开 — party, government and finance affairs (community staff); see `AffairsKind`.',
      },
      PROPERTY: { description: '物业公开 — property company disclosures for the estates it serves.' },
      COMMITTEE: { description: "业委会公开 — owners' committee disclosures for its estate." },
      NEWS: { description: 'News and policies: street-wide (street staff) or of a community (community staff).' },
    },
  },
  {
    enum: AffairsKind,
    name: 'AffairsKind',
    description: 'The kind of a 三务公开 (COMMUNITY_AFFAIRS) publication.',
    valuesConfig: {
      PARTY_AFFAIRS: { description: '党务公开 — party affairs.' },
      GOVERNMENT_AFFAIRS: { description: '政务公开 — government affairs.' },
      FINANCE: { description: '财务公开 — finance.' },
    },
  },
  {
    enum: PublicationScope,
    name: 'PublicationScope',
    description: 'The level of the tenancy tree a publication is addressed to.',
    valuesConfig: {
      STREET: { description: 'Everyone of a street.' },
      COMMUNITY: { description: 'Everyone of a community.' },
      ESTATE: { description: "An estate's residents (and the staff over it)." },
    },
  },
  {
    enum: PublicationStatus,
    name: 'PublicationStatus',
    description: 'Where a publication is in its life. Drafts and scheduled items are seen by their publisher only.',
    valuesConfig: {
      DRAFT: { description: 'Being written; only the publishing organisation sees it.' },
      SCHEDULED: { description: 'Will be published at `publishAt` by the scheduled job; publisher only.' },
      PUBLISHED: { description: 'Public to the readers of its place; every publish and edit is a revision.' },
      WITHDRAWN: { description: 'Taken down with a reason; it and its revisions stay readable as history.' },
    },
  },
  {
    enum: DiffOp,
    name: 'DiffOp',
    description: 'What a diff segment is.',
    valuesConfig: {
      SAME: { description: 'Text in both revisions.' },
      ADDED: { description: 'Text only in the newer revision.' },
      REMOVED: { description: 'Text only in the older revision.' },
    },
  },
  {
    enum: CommitteePost,
    name: 'CommitteePost',
    description: "A post on an owners' committee.",
    valuesConfig: {
      DIRECTOR: { description: '主任 — director.' },
      DEPUTY_DIRECTOR: { description: '副主任 — deputy director.' },
      MEMBER: { description: '委员 — member.' },
      ALTERNATE: { description: '候补委员 — alternate member.' },
    },
  },
];
