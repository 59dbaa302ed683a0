import { defineParams, listHref, param } from '../../app/list/params';

const STATES = ['PLANNED', 'HELD', 'CANCELLED'] as const;

/** URL state of the meeting list: community, state, cursor and the open meeting. */
export const MEETING_PARAMS = defineParams({
  community: param.text(),
  state: param.oneOf(STATES),
  after: param.cursor(),
  meeting: param.drawer(),
  /** The list (default) or the month calendar. */
  view: param.oneOf(['list', 'calendar'] as const, { default: 'list' }),
});

/** URL state of the action-item tracker. */
export const ACTION_PARAMS = defineParams({
  community: param.text(),
  overdue: param.flag(),
  after: param.cursor(),
});

export const meetingUrl = (filters: { community?: string; meeting?: string } = {}) =>
  listHref('/meeting', MEETING_PARAMS, filters);
export const actionItemsUrl = (filters: { community?: string; overdue?: boolean } = {}) =>
  listHref('/meeting/actions', ACTION_PARAMS, filters);
