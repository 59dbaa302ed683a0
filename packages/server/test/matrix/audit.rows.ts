/** Matrix rows of the audit module's own queries (the log itself is in identity.rows.ts). */
import { q, type Rule } from './kit.js';

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
// The declared operations are the same list for every reader of the log, wherever their scope.
export const AUDIT_ROWS: Record<string, Rule> = {
  auditOperations: { expect: 'UN FB OK OK FB FB OK OK OK FB UN', run: q('{ auditOperations { operation module } }') },
};
