import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { ErasureRequestEntity } from './privacy.entity.js';

type Placed = { streetId: string | null; communityId: string | null };

/** Where an erasure request sits: the resident's community when they asked. */
export const placeOfErasure = (r: Placed): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the requests of the places where the viewer holds `privacy.erasure.manage`. */
export const erasureRead: ReadRule<ErasureRequestEntity> = {
  entity: ErasureRequestEntity,
  what: 'ErasureRequest',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'privacy.erasure.manage'), {
      street: 'streetId',
      community: 'communityId',
    }),
};

/** Who may see and complete an erasure request: staff of the resident's community, street and system administrators. */
export const erasurePolicy = allow({
  what: 'ErasureRequest',
  read: (v, r: Placed) => can(v, 'privacy.erasure.manage', placeOfErasure(r)),
  abilities: {
    complete: (v, r) => can(v, 'privacy.erasure.manage', placeOfErasure(r)),
  },
});
