import { declareAudit } from '../audit/declare';
import { orgTreeUrl } from './urls';

/** Places in the audit log: a street, community, estate or building opens the tree there. */
export const audit = declareAudit({
  targets: {
    Street: (id) => orgTreeUrl({ street: id }),
    Community: (id) => orgTreeUrl({ community: id }),
    Estate: (id) => orgTreeUrl({ estate: id }),
    Building: (id) => orgTreeUrl({ building: id }),
  },
});
