/** The console's languages: zh-CN is the default. */
export type Locale = 'zh-CN' | 'en-US';

/**
 * One feature's messages. zh-CN defines the keys; en-US must have exactly the same keys (a missing or
 * an extra key is a type error). Keys start with the feature's prefix (`ticket.…`, `users.…`).
 */
export function defineMessages<const Z extends Record<string, string>>(messages: {
  'zh-CN': Z;
  'en-US': { [K in keyof Z]: string };
}): { 'zh-CN': Z; 'en-US': { [K in keyof Z]: string } } {
  return messages;
}
