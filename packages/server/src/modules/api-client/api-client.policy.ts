import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { ApiClientEntity } from './api-client.entity.js';

/** Where an app sits in the tenancy tree: the street of its owner organisation. */
export const placeOfApiClient = (r: { streetId: string }): Place => ({
  streetId: r.streetId,
  communityId: null,
  estateId: null,
});

/** Read rule as a query filter: the apps of the streets where the viewer holds `apiclient.read`. */
export const apiClientRead: ReadRule<ApiClientEntity> = {
  entity: ApiClientEntity,
  what: 'ApiClient',
  filter: (qb, viewer) => applyReach(qb, qb.alias, reachFor(viewer, 'apiclient.read'), { street: 'streetId' }),
};

/** Who may do what with an app: street and system administrators (a new one is judged by its street). */
export const apiClientPolicy = allow({
  what: 'ApiClient',
  read: (v, r: { streetId: string }) => can(v, 'apiclient.read', placeOfApiClient(r)),
  abilities: {
    create: (v, r) => can(v, 'apiclient.manage', placeOfApiClient(r)),
    update: (v, r) => can(v, 'apiclient.manage', placeOfApiClient(r)),
    rotate: (v, r) => can(v, 'apiclient.manage', placeOfApiClient(r)),
    revoke: (v, r) => can(v, 'apiclient.manage', placeOfApiClient(r)),
  },
});
