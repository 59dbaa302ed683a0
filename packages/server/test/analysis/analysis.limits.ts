/** Valid base calls for the string-limit test: the analysis module's inputs have no strings (ids, booleans, numbers). */
export const BASES = {};
