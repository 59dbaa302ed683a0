import type { AuditDeclaration, Translate } from './declare';

/** The text of a message key, or null when no feature declares it (the translator echoes the key). */
function known(t: Translate, key: string, values?: Record<string, string | number>): string | null {
  const text = t(key as never, values);
  return text === key ? null : text;
}

/** An operation in the reader's language (`ticket.accept` → 受理工单), or as written when unknown. */
export function operationText(t: Translate, operation: string): string {
  return known(t, `audit.op.${operation}`) ?? operation;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(summary: string): Record<string, unknown> | null {
  try {
    const obj = JSON.parse(summary) as unknown;
    return obj && typeof obj === 'object' && !Array.isArray(obj) ? (obj as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The summary in the reader's language: the state change first ("从 已提交 到 已受理"), then the other
 * facts as "label value" (lists joined), values through the features' declarations (states …).
 * Empty values are left out; a summary that is not JSON is shown as stored.
 */
export function summaryText(
  t: Translate,
  entry: { targetType: string; summary: string },
  declarations: readonly AuditDeclaration[] = [],
): string {
  const obj = parse(entry.summary);
  if (!obj) return entry.summary;
  const value = (key: string, v: unknown): string => {
    if (Array.isArray(v)) return v.map((x) => value(key, x)).join(t('audit.listSeparator'));
    if (v !== null && typeof v === 'object') return JSON.stringify(v);
    const raw = String(v);
    for (const d of declarations) {
      const text = d.value?.(entry.targetType, key, raw, t);
      if (text !== undefined) return text;
    }
    return raw;
  };
  const present = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  const parts: string[] = [];
  const { from, to, ...rest } = obj;
  if (present(from) && present(to))
    parts.push(t('audit.transition', { from: value('from', from), to: value('to', to) }));
  else {
    if (present(from)) rest.from = from;
    if (present(to)) rest.to = to;
  }
  for (const [key, v] of Object.entries(rest)) {
    if (!present(v)) continue;
    // Ids mean nothing to a reader: left out (the name beside one, `organisation` for `organisationId`,
    // is shown; the record itself is the linked target).
    if (typeof v === 'string' && UUID.test(v)) continue;
    if (key.endsWith('Id') && present(rest[key.slice(0, -2)])) continue;
    parts.push(`${known(t, `audit.field.${key}`) ?? key} ${value(key, v)}`);
  }
  return parts.join(t('audit.partSeparator'));
}

/** One entry as a line: "受理工单：从 已提交 到 已受理，责任单位 绿城物业". */
export function auditLine(
  t: Translate,
  entry: { operation: string; targetType: string; summary: string },
  declarations: readonly AuditDeclaration[] = [],
): string {
  const summary = summaryText(t, entry, declarations);
  const operation = operationText(t, entry.operation);
  return summary ? t('audit.line', { operation, summary }) : operation;
}

/** The console URL of an entry's record, when a feature shows that kind of record. */
export function targetUrl(
  entry: { targetType: string; targetId: string | null },
  declarations: readonly AuditDeclaration[] = [],
): string | null {
  if (!entry.targetId) return null;
  for (const d of declarations) {
    const url = d.targets?.[entry.targetType]?.(entry.targetId);
    if (url) return url;
  }
  return null;
}
