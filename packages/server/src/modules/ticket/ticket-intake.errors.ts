import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the ticket desk's operations (intake on behalf, imports, bulk work). */
export const TicketIntakeReasons = defineReasons({
  TICKET_EXTERNAL_REF_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A transfer from the 12345 hotline needs its external number (`externalRef`), and only it has one.',
  },
  TICKET_SOURCE_NOT_ON_BEHALF: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'APP and IMPORT are not sources of an intake on behalf (`source`).',
  },
  TICKET_IMPORT_UNREADABLE: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The import file cannot be read: not CSV/XLSX, empty, a required column missing, too large or too many rows.',
  },
  TICKET_BULK_TOO_MANY: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A bulk action takes 1 to 100 distinct tickets (`ticketIds`).',
  },
});
