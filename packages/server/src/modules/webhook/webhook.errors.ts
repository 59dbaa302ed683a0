import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the webhook module's errors (`extensions.reason`), each under its generic code. */
export const WebhookReasons = defineReasons({
  WEBHOOK_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the webhook subscription is blank (`name`).',
  },
  WEBHOOK_BAD_URL: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The receiver URL is not allowed (`url`): https only (http to a loopback address outside production), and never a private, loopback or link-local address in production.',
  },
  WEBHOOK_NO_EVENTS: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'No event was chosen (`events`).',
  },
  WEBHOOK_APP_OTHER_ORGANISATION: {
    code: ErrorCode.FORBIDDEN,
    description:
      'An app key subscribes only for the app’s own organisation: `organisationId` names another one (omit it, or name the app’s).',
  },
  WEBHOOK_NO_ORGANISATION: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'No owner organisation (`organisationId`): it may be omitted only when calling with an app key.',
  },
  WEBHOOK_DELIVERY_PENDING: {
    code: ErrorCode.CONFLICT,
    description: 'The delivery is still being retried: wait for it to be delivered or to fail before re-sending.',
  },
});
