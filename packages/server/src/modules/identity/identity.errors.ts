import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the identity module's errors (`extensions.reason`), each under its generic code. */
export const IdentityReasons = defineReasons({
  IDENTITY_ACCOUNT_DISABLED: {
    code: ErrorCode.FORBIDDEN,
    description: 'The account is disabled: it cannot sign in until an administrator enables it.',
  },
  IDENTITY_WRONG_CURRENT_PASSWORD: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description: 'The current password given is wrong (`currentPassword`).',
  },
  IDENTITY_REFRESH_TOKEN_REUSED: {
    code: ErrorCode.SESSION_REVOKED,
    description: 'A rotated refresh token was used again: the whole session has been ended; sign in again.',
  },
  IDENTITY_CANNOT_DISABLE_SELF: {
    code: ErrorCode.FORBIDDEN,
    description: 'Nobody disables or enables their own account.',
  },
  IDENTITY_SCOPE_ID_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Every scope kind but SYSTEM needs a `scopeId`.',
  },
  IDENTITY_ROLE_SCOPE_MISMATCH: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The role is not granted on this kind of scope (see `roleDefinitions`) (`scopeKind`).',
  },
  IDENTITY_MEMBERSHIP_EXISTS: {
    code: ErrorCode.CONFLICT,
    description: 'The user already holds this role in this scope.',
  },
  IDENTITY_MEMBERSHIP_ALREADY_REVOKED: {
    code: ErrorCode.CONFLICT,
    description: 'The membership is already revoked.',
  },
  IDENTITY_BINDING_EXISTS: {
    code: ErrorCode.CONFLICT,
    description: 'The resident already asked for, or belongs to, this household.',
  },
  IDENTITY_BINDING_ALREADY_DECIDED: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The binding is no longer in a state this decision applies to (`details.from`).',
  },
  IDENTITY_BINDING_DECIDED_MEANWHILE: {
    code: ErrorCode.CONFLICT,
    description: 'Someone else decided on the binding at the same moment: reload it.',
  },
});
