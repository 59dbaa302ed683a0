import type { MessageKey } from '../../i18n';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * What a feature tells the audit log about the records its module audits (its `audit.ts`, found by
 * name like `section.tsx`): where each kind of record is shown, and how summary values read in the
 * reader's language. The operations' texts are in the feature's own messages (`audit.op.<operation>`).
 */
export interface AuditDeclaration {
  /** The console URL of a record, by the entry's `targetType` (`Ticket` → its drawer). */
  targets?: Readonly<Record<string, (id: string) => string>>;
  /** A summary value in the reader's language (a state …), or undefined to show it as written. */
  value?(targetType: string, key: string, value: string, t: Translate): string | undefined;
}

/** Identity function that types a feature's declaration. */
export const declareAudit = (d: AuditDeclaration): AuditDeclaration => d;
