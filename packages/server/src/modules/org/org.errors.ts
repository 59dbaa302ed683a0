import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the org module's errors (`extensions.reason`), each under its generic code. */
export const OrgReasons = defineReasons({
  ORG_NAME_TAKEN: {
    code: ErrorCode.CONFLICT,
    description: 'A street, community, estate, building, household or organisation of this name already exists there.',
  },
  ORG_VERSION_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The record changed since the viewer loaded it (`expectedVersion`): reload and retry.',
  },
  ORG_PLACE_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'This kind of organisation needs its place: a street (departments, property companies), an estate (owners’ committees) or a community (the rest).',
  },
  ORG_NOT_A_PROPERTY_COMPANY: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Only a property company serves estates (`organisationId`).',
  },
});
