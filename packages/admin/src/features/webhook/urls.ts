import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the webhook page: the cursor, the subscription whose deliveries are open, and its cursor. */
export const WEBHOOK_PARAMS = defineParams({
  after: param.cursor(),
  deliveries: param.text(),
  dafter: param.cursor(),
});

export const webhookUrl = (filters: { deliveries?: string } = {}) => listHref('/webhook', WEBHOOK_PARAMS, filters);
