import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the board list: the community and the cursor. */
export const BOARD_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const boardUrl = (filters: { community?: string } = {}) => listHref('/board', BOARD_PARAMS, filters);
