/**
 * Rows for the statement-count test of the ticket desk's lists: it adds no connection. Its fields
 * on tickets (source, contact, escalatedTo) are read by the `tickets` and `myTickets` rows, whose
 * selection is generated from the schema; its one list, `departmentAnswerTimes`, is a bounded
 * array (one row per department) counted in test/ticket-desk/statements.test.ts.
 */
export const LISTS = {};
