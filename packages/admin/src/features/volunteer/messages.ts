import { defineMessages } from '../../i18n/define';

/** The volunteer feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.volunteer': 'Volunteer',
    'volunteer.name': '名称',
    'volunteer.createdAt': '创建时间',
    'volunteer.community': '社区',
    'error.reason.VOLUNTEER_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.volunteer': 'Volunteer',
    'volunteer.name': 'Name',
    'volunteer.createdAt': 'Created',
    'volunteer.community': 'Community',
    'error.reason.VOLUNTEER_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    volunteer: typeof messages;
  }
}
