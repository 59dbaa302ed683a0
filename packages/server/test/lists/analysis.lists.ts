/**
 * Rows for the statement-count test of the analysis module's lists: it has no connection (its
 * breakdowns and trends are bounded arrays: one row per place, organisation, category or period,
 * computed in grouped SQL statements whose number does not depend on the rows).
 */
export const LISTS = {};
