import { messages as app } from '../app/messages';
import { messages as audit } from '../features/audit/messages';
import { messages as auth } from '../features/auth/messages';
import { messages as notifications } from '../features/notifications/messages';
import { messages as org } from '../features/org/messages';
import { messages as organisations } from '../features/organisations/messages';
import { messages as tickets } from '../features/tickets/messages';
import { messages as users } from '../features/users/messages';
import { messages as verification } from '../features/verification/messages';
import type { Locale } from './define';

/**
 * Every feature's message catalog (its `messages.ts`, made with `defineMessages`). A new feature adds
 * its file and one line here; its keys then join `MessageKey`.
 */
export const FEATURE_MESSAGES = {
  app,
  auth,
  audit,
  notifications,
  org,
  organisations,
  tickets,
  users,
  verification,
} as const;

type Features = typeof FEATURE_MESSAGES;

/** Every message key of the console, in one type shared by all features. */
export type MessageKey = { [F in keyof Features]: keyof Features[F]['zh-CN'] & string }[keyof Features];

function merge(locale: Locale): Record<MessageKey, string> {
  return Object.assign({}, ...Object.values(FEATURE_MESSAGES).map((m) => m[locale]));
}

/** The merged catalogs, one per language. */
export const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': merge('zh-CN'),
  'en-US': merge('en-US'),
};
