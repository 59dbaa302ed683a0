import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the vote list: the community and the cursor. */
export const VOTE_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const voteUrl = (filters: { community?: string } = {}) => listHref('/vote', VOTE_PARAMS, filters);
