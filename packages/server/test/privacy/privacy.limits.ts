/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name): the privacy module's operations take no strings. */
export const BASES = {};
