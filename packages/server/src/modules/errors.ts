import type { Reason } from '../common/errors.js';
import { CalendarReasons } from './calendar/calendar.errors.js';
import { FileReasons } from './file/file.errors.js';
import { IdentityReasons } from './identity/identity.errors.js';
import { OrgReasons } from './org/org.errors.js';
import { TicketReasons } from './ticket/ticket.errors.js';

/** Every module's error reasons (`<m>.errors.ts`), published as the `ErrorReason` enum. */
export const REASON_MAPS: readonly Record<string, Reason>[] = [
  IdentityReasons,
  OrgReasons,
  CalendarReasons,
  FileReasons,
  TicketReasons,
];

export const ALL_REASONS: readonly Reason[] = REASON_MAPS.flatMap((m) => Object.values(m));
