import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { HotTopicEntity } from './triage.entity.js';
import { HotTopicState } from './triage.enums.js';

/** Where a hot topic (or a community's rule) sits in the tenancy tree. */
export const placeOfTopic = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: hot topics of the places where the viewer holds `triage.read`. */
export const hotTopicRead: ReadRule<HotTopicEntity> = {
  entity: HotTopicEntity,
  what: 'HotTopic',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'triage.read'), { street: 'streetId', community: 'communityId' }),
};

type TopicRecord = { streetId: string; communityId: string; state?: HotTopicState };
const open = (r: TopicRecord) => r.state === undefined || r.state === HotTopicState.OPEN;

/** Who may do what with a hot topic; `viewerCan` serves the same table. */
export const hotTopicPolicy = allow({
  what: 'HotTopic',
  read: (v, r: TopicRecord) => can(v, 'triage.read', placeOfTopic(r)),
  abilities: {
    merge: (v, r) => open(r) && can(v, 'triage.manage', placeOfTopic(r)),
    dismiss: (v, r) => open(r) && can(v, 'triage.manage', placeOfTopic(r)),
  },
});

/** Who may read and set a community's hot-topic rule. */
export const hotTopicRulePolicy = allow({
  what: 'Community',
  read: (v, r: TopicRecord) => can(v, 'triage.read', placeOfTopic(r)),
  abilities: {
    configure: (v, r) => can(v, 'triage.configure', placeOfTopic(r)),
  },
});
