import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the privacy module's errors (`extensions.reason`), each under its generic code. */
export const PrivacyReasons = defineReasons({
  PRIVACY_ERASURE_ALREADY_REQUESTED: {
    code: ErrorCode.CONFLICT,
    description: 'The account has asked for erasure already (one request per account).',
  },
  PRIVACY_ERASURE_RESIDENTS_ONLY: {
    code: ErrorCode.FORBIDDEN,
    description: 'Only a resident account (no staff role) may ask for its own erasure.',
  },
  PRIVACY_ERASURE_DONE: {
    code: ErrorCode.CONFLICT,
    description: 'The erasure request is completed already.',
  },
});
