import type { AuditDeclaration } from './declare';

/**
 * Every feature's `audit.ts` (record links and value texts), found by name: a feature adds its file,
 * not a line here. Eager: they are a few small functions over the features' URL helpers.
 */
export const AUDIT_DECLARATIONS: readonly AuditDeclaration[] = Object.values(
  import.meta.glob<{ audit: AuditDeclaration }>('../*/audit.ts', { eager: true }),
).map((m) => m.audit);

/** The kinds of record some feature links to, for the target-type filter. */
export const AUDIT_TARGET_TYPES: readonly string[] = [
  ...new Set(AUDIT_DECLARATIONS.flatMap((d) => Object.keys(d.targets ?? {}))),
].sort();
