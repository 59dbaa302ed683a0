import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the analysis module's errors (`extensions.reason`), each under its generic code. */
export const AnalysisReasons = defineReasons({
  ANALYSIS_BAD_PERIOD: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The period is empty, reversed or longer than 366 days (`to`).',
  },
  ANALYSIS_NOT_PUBLISHED: {
    code: ErrorCode.FORBIDDEN,
    description: 'The community does not publish its figures, and the caller is not its staff.',
  },
});
