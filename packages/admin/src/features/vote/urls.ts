import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the vote list: the estate and the cursor. */
export const VOTE_PARAMS = defineParams({
  estate: param.text(),
  after: param.cursor(),
});

/** URL state of a vote's page: the roll's filter and cursor. */
export const VOTE_ROLL_PARAMS = defineParams({
  roll: param.text(),
  after: param.cursor(),
});

/** URL state of the voting units: the estate and the cursor. */
export const VOTE_UNIT_PARAMS = defineParams({
  estate: param.text(),
  after: param.cursor(),
});

export const voteListUrl = (filters: { estate?: string } = {}) => listHref('/vote', VOTE_PARAMS, filters);
export const voteUrl = (id: string) => `/vote/${id}`;
export const voteUnitsUrl = (filters: { estate?: string } = {}) => listHref('/vote/units', VOTE_UNIT_PARAMS, filters);
