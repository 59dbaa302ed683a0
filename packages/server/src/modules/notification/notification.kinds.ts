import { registerEnumType } from 'type-graphql';
import type { Locale } from '../../common/locale.js';

/**
 * Notification kinds. Each module declares its own kinds in a catalog (`<m>.notices.ts`): what
 * the kind means, the type of its subject, and its title and body in every language as templates
 * over the kind's parameters (`{title}`). Rows store the kind and the parameters, never rendered
 * text, so every reader gets the text in their own language and a wording fix reaches old rows.
 */

/** Values a template may use; stored as JSON in the row. */
export type NoticeParams = Record<string, string | number | null>;

export interface NoticeText {
  /** Template of the short title. */
  title: string;
  /** Template of the optional longer text; empty after rendering means none. */
  body?: string;
}

export interface NoticeKindSpec {
  /** What happened and who is told: the schema's description of the enum value. */
  description: string;
  /** GraphQL type name of the subject the kind is about (`Ticket`). */
  subjectType: string;
  'zh-CN': NoticeText;
  'en-US': NoticeText;
}

export type NoticeCatalog<K extends string = string> = Record<K, NoticeKindSpec>;

/** Every registered kind, as the GraphQL enum `NotificationKind` (filled before the schema is built). */
export const NotificationKind: Record<string, string> = {};
const valuesConfig: Record<string, { description: string }> = {};
const specs = new Map<string, NoticeKindSpec>();

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What a notification is about. Each module declares its kinds; `title` and `body` are rendered from the kind and its `params` in the reader’s language.',
  valuesConfig,
});

/**
 * Adds a module's kinds (the composition root calls this once per module, before building the
 * schema). A kind declared twice is a programming error.
 */
export function registerNotificationKinds(catalog: NoticeCatalog): void {
  for (const [kind, spec] of Object.entries(catalog)) {
    const known = specs.get(kind);
    if (known && known !== spec) throw new Error(`Notification kind ${kind} is declared twice`);
    specs.set(kind, spec);
    NotificationKind[kind] = kind;
    valuesConfig[kind] = { description: spec.description };
  }
}

export function noticeKind(kind: string): NoticeKindSpec | undefined {
  return specs.get(kind);
}

/** Fills `{name}` placeholders; a missing parameter renders as nothing. */
export function fillTemplate(template: string, params: NoticeParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v == null ? '' : String(v);
  });
}

/**
 * Title and body of a notification in one language. A kind no module declares any more (an old
 * row) renders as its name, so a reader still sees something.
 */
export function renderNotice(
  kind: string,
  params: NoticeParams,
  locale: Locale,
): { title: string; body: string | null } {
  const spec = specs.get(kind);
  if (!spec) return { title: kind, body: null };
  const text = spec[locale];
  const body = text.body ? fillTemplate(text.body, params).trim() : '';
  return { title: fillTemplate(text.title, params).trim(), body: body || null };
}
