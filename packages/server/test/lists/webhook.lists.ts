/** Rows for the statement-count test of the webhook module's lists; statements.test.ts collects this file by name. */

import { buildApiClient } from '../factories/api-client.js';
import { buildOrganisation, buildStaff } from '../factories/index.js';
import { buildWebhookDelivery, buildWebhookSubscription } from '../factories/webhook.js';
import type { TestServer } from '../helpers/server.js';

let subs: Promise<{ token: string; args: string }> | undefined;
let deliveries: Promise<{ token: string; args: string }> | undefined;

export const LISTS = {
  webhookSubscriptions: (s: TestServer) => {
    subs ??= (async () => {
      const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY' });
      // Each of an app of its own: `apiClient` loads through one batched query, not one per row.
      for (let i = 0; i < 21; i++) {
        const apiClient = await buildApiClient(s, { organisation: company });
        await buildWebhookSubscription(s, { organisation: company, apiClient });
      }
      const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
      return { token: await staff.token(), args: `organisationId: "${company.id}"` };
    })();
    return subs;
  },
  webhookDeliveries: (s: TestServer) => {
    deliveries ??= (async () => {
      const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY' });
      const sub = await buildWebhookSubscription(s, { organisation: company });
      for (let i = 0; i < 21; i++) await buildWebhookDelivery(s, sub);
      const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
      return { token: await staff.token(), args: `subscriptionId: "${sub.id}"` };
    })();
    return deliveries;
  },
};
