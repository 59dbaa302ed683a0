import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of staff accounts, password-reset codes and sessions (merged into the identity module's reasons). */
export const StaffAccountReasons = defineReasons({
  IDENTITY_STAFF_ROLE_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A staff account starts with a staff role (not RESIDENT) (`role`).',
  },
  IDENTITY_NOT_STAFF: {
    code: ErrorCode.FORBIDDEN,
    description: 'The user holds no staff role: residents reset their own password.',
  },
  IDENTITY_CANNOT_RESET_SELF: {
    code: ErrorCode.FORBIDDEN,
    description: 'Nobody resets their own password this way: use `changePassword`.',
  },
  IDENTITY_RESET_CODE_INVALID: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The one-time code is unknown or already used (`code`).',
  },
  IDENTITY_RESET_CODE_EXPIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The one-time code has expired: ask an administrator for a new one (`code`).',
  },
});
