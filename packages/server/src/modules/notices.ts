import { registerNotificationKinds } from './notification/notification.kinds.js';
import { TICKET_NOTICES } from './ticket/ticket.notices.js';

/**
 * Every module's notification kinds, registered before the schema is built (the `NotificationKind`
 * enum and the renderer read them). A module with notices adds its catalog here — or, once modules
 * declare themselves in manifests, in its manifest's `notificationKinds`.
 */
export const NOTICE_CATALOGS = [TICKET_NOTICES] as const;

for (const catalog of NOTICE_CATALOGS) registerNotificationKinds(catalog);
