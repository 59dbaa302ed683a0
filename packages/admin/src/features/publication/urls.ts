import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the publication list: the community and the cursor. */
export const PUBLICATION_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const publicationUrl = (filters: { community?: string } = {}) =>
  listHref('/publication', PUBLICATION_PARAMS, filters);
