import type { EnumRegistration } from '../../app/module.js';

/** Where a hot topic stands. */
export enum HotTopicState {
  OPEN = 'OPEN',
  MERGED = 'MERGED',
  DISMISSED = 'DISMISSED',
}

/** Why a ticket was found similar (the place, the text, or both). */
export enum SimilarityReason {
  PLACE = 'PLACE',
  TEXT = 'TEXT',
  BOTH = 'BOTH',
}

/** Defaults of the hot-topic rule when a community has set none. */
export const DEFAULT_RULE = { threshold: 5, windowHours: 24 } as const;

export const TRIAGE_ENUMS: EnumRegistration[] = [
  {
    enum: HotTopicState,
    name: 'HotTopicState',
    description: 'Where a hot topic (热点) stands.',
    valuesConfig: {
      OPEN: { description: 'Raised and still growing; waiting for staff.' },
      MERGED: { description: 'Its tickets were merged into one primary ticket.' },
      DISMISSED: { description: 'Staff judged it not one matter, with a reason; it no longer grows.' },
    },
  },
  {
    enum: SimilarityReason,
    name: 'SimilarityReason',
    description: 'Why a ticket was found similar to another.',
    valuesConfig: {
      PLACE: { description: 'Mainly the place: the same building, estate or location text.' },
      TEXT: { description: 'The text: the same matter in other words, the place unknown or not the same.' },
      BOTH: { description: 'The same place and similar text.' },
    },
  },
];
