import type { Locale } from './define';

/** One feature's catalog as `defineMessages` returns it. */
type Catalog = Record<Locale, Record<string, string>>;

/**
 * Every feature's message catalog (its `messages.ts`, made with `defineMessages`). A feature adds
 * nothing here: its file is found by name (`src/app/messages.ts`, `src/features/<f>/messages.ts`),
 * and it joins the shared key type by declaring itself in `FeatureCatalogs` (declaration merging):
 *
 *   declare module '../../i18n/catalog' {
 *     interface FeatureCatalogs { users: typeof messages }
 *   }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each feature's messages.ts (declaration merging)
export interface FeatureCatalogs {}

const found = import.meta.glob<{ messages: Catalog }>(['../app/messages.ts', '../features/*/messages.ts'], {
  eager: true,
});

/** Feature name (its folder; `app` for the shell) → its catalog. */
export const FEATURE_MESSAGES = Object.fromEntries(
  Object.entries(found).map(([path, m]) => [path.split('/').at(-2) as string, m.messages]),
) as unknown as FeatureCatalogs;

type Features = FeatureCatalogs;

/** Every message key of the console, in one type shared by all features. */
export type MessageKey = { [F in keyof Features]: keyof Features[F]['zh-CN'] & string }[keyof Features];

function merge(locale: Locale): Record<MessageKey, string> {
  return Object.assign(
    {},
    ...Object.values(FEATURE_MESSAGES as unknown as Record<string, Catalog>).map((m) => m[locale]),
  );
}

/** The merged catalogs, one per language. */
export const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': merge('zh-CN'),
  'en-US': merge('en-US'),
};
