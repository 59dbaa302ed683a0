import { defineMessages } from '../../i18n/define';

/** The meeting feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.meeting': 'Meeting',
    'meeting.name': '名称',
    'meeting.createdAt': '创建时间',
    'meeting.community': '社区',
    'error.reason.MEETING_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.meeting': 'Meeting',
    'meeting.name': 'Name',
    'meeting.createdAt': 'Created',
    'meeting.community': 'Community',
    'error.reason.MEETING_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    meeting: typeof messages;
  }
}
