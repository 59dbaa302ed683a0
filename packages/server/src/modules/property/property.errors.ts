import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the property module's errors (`extensions.reason`), each under its generic code. */
export const PropertyReasons = defineReasons({
  PROPERTY_NOT_PUBLISHER: {
    code: ErrorCode.FORBIDDEN,
    description:
      'Only staff of a property company serving the estate (or a system administrator) publish its property records.',
  },
  PROPERTY_NO_COMPANY: {
    code: ErrorCode.CONFLICT,
    description: 'No property company serves the estate: its property records have no publisher.',
  },
  PROPERTY_BAD_DATE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A date is not a real `YYYY-MM-DD` date, or a term ends before it starts (`field` names it).',
  },
  PROPERTY_BAD_PERIOD: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A ledger period is not a real month `YYYY-MM` (`period`).',
  },
  PROPERTY_BAD_AMOUNT: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'An amount in fen is not a whole number from 1 to 2,000,000,000 (`field` names it).',
  },
  PROPERTY_BLANK: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A required text is blank (`field` names it).',
  },
  PROPERTY_PERIOD_CLOSED: {
    code: ErrorCode.CONFLICT,
    description:
      'The ledger period is closed: its entries never change; add a correcting entry (`correctsId`) instead.',
  },
  PROPERTY_PERIOD_ALREADY_CLOSED: {
    code: ErrorCode.CONFLICT,
    description: 'The ledger period was closed already.',
  },
  PROPERTY_CORRECTION_MISMATCH: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A correcting entry must reference an entry of the same estate and period (`correctsId`).',
  },
  PROPERTY_DUPLICATE_REGISTRATION: {
    code: ErrorCode.CONFLICT,
    description: 'Equipment with this registration number is already in the estate register (`registrationNo`).',
  },
  PROPERTY_BUILDING_MISMATCH: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The building is not in the estate (`buildingId`).',
  },
  PROPERTY_RULE_UNKNOWN: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'That kind of equipment has no such obligation (`requirement`).',
  },
  PROPERTY_BAD_INTERVAL: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A maintenance interval must be 1 to 3,650 days (`intervalDays`).',
  },
  PROPERTY_DATE_IN_FUTURE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Maintenance cannot be recorded for a day after today (`performedOn`).',
  },
  PROPERTY_IMPORT_UNREADABLE: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The import file cannot be read as the given format, is larger than 2 MB, lacks a required column, or has more than 5,000 rows (`content`).',
  },
});
