import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the analysis module's errors (`extensions.reason`), each under its generic code. */
export const AnalysisReasons = defineReasons({
  ANALYSIS_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the analysis is blank (`name`).',
  },
});
