import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the board pages: the community, and (reports) the state filter and cursor. */
export const BOARD_PARAMS = defineParams({
  community: param.text(),
  state: param.text(),
  after: param.cursor(),
});

export const reportsUrl = (community?: string | null) => listHref('/board', BOARD_PARAMS, { community });
export const templatesUrl = (community?: string | null) => listHref('/board/templates', BOARD_PARAMS, { community });
export const boardSettingsUrl = (community?: string | null) => listHref('/board/settings', BOARD_PARAMS, { community });
