import type { MessageKey } from './zh-CN';

/** en-US messages. Every zh-CN key must exist here (the type enforces it). */
export const enUS: Record<MessageKey, string> = {
  'app.title': 'Roundtable',
  'app.subtitle': 'Community governance platform',
  'app.language': 'Language',
  'app.logout': 'Sign out',
  'home.welcome': 'Welcome to the Roundtable console',
  'home.api': 'API version',
  'error.network': 'Network error, please try again later',
  'error.UNAUTHENTICATED': 'Please sign in',
  'error.FORBIDDEN': 'Your role does not allow this',
  'error.NOT_FOUND': 'Not found, or outside your scope',
  'error.BAD_USER_INPUT': 'Please check your input',
  'error.CONFLICT': 'Someone else changed this record; refresh and try again',
  'error.INTERNAL_SERVER_ERROR': 'Something went wrong on the server',
};
