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

// The sign-in page needs only the shell's and the sign-in feature's texts: those are in the first
// chunk. Every other feature's catalog is a lazy chunk, loaded with the staff console
// (`loadCatalogs`, awaited by App.tsx before it renders the console), so the login page does not
// download the texts of every screen in two languages.
const eager = import.meta.glob<{ messages: Catalog }>(['../app/messages.ts', '../features/auth/messages.ts'], {
  eager: true,
});
const lazy = import.meta.glob<{ messages: Catalog }>(['../features/*/messages.ts', '!../features/auth/messages.ts']);

const featureOf = (path: string) => path.split('/').at(-2) as string;

/** Feature name (its folder; `app` for the shell) → its catalog (the lazy ones once `loadCatalogs` ran). */
export const FEATURE_MESSAGES = Object.fromEntries(
  Object.entries(eager).map(([path, m]) => [featureOf(path), m.messages]),
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

/** The merged catalogs, one per language (filled in place by `loadCatalogs`). */
export const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': merge('zh-CN'),
  'en-US': merge('en-US'),
};

let loading: Promise<void> | null = null;

/** Loads every lazy feature catalog once and merges it into `catalogs` (and `FEATURE_MESSAGES`). */
export function loadCatalogs(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(lazy).map(async ([path, load]) => {
      const { messages } = await load();
      (FEATURE_MESSAGES as unknown as Record<string, Catalog>)[featureOf(path)] = messages;
      Object.assign(catalogs['zh-CN'], messages['zh-CN']);
      Object.assign(catalogs['en-US'], messages['en-US']);
    }),
  ).then(() => undefined);
  return loading;
}
