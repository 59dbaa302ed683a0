import { defineMessages } from '../../i18n/define';

/** The triage feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.triage': 'Triage',
    'triage.name': '名称',
    'triage.createdAt': '创建时间',
    'triage.community': '社区',
    'error.reason.TRIAGE_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.triage': 'Triage',
    'triage.name': 'Name',
    'triage.createdAt': 'Created',
    'triage.community': 'Community',
    'error.reason.TRIAGE_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    triage: typeof messages;
  }
}
