import { defineMessages } from '../../i18n/define';

/** The venue feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.venue': 'Venue',
    'venue.name': '名称',
    'venue.createdAt': '创建时间',
    'venue.community': '社区',
    'error.reason.VENUE_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.venue': 'Venue',
    'venue.name': 'Name',
    'venue.createdAt': 'Created',
    'venue.community': 'Community',
    'error.reason.VENUE_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    venue: typeof messages;
  }
}
