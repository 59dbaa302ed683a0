import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';

/** What the tickets module needs of the working-day calendar (modules/calendar). */
export interface DeadlineCalendar {
  /** End of the Nth working day after the day of `submittedAt` (Asia/Shanghai). */
  dueAt(submittedAt: Date, workingDays: number): { dueAt: Date; covered: boolean };
  /** Working days left until `dueAt`: 0 on the due day, negative once overdue. */
  workingDaysLeft(now: Date, dueAt: Date): number;
}

/** What the tickets module needs of file uploads (modules/file). */
export interface AttachmentPort {
  assertAttachable(viewer: Viewer, fileIds: string[]): Promise<unknown>;
  attach(m: EntityManager, fileIds: string[], attachedType: string, attachedId: string): Promise<void>;
}
