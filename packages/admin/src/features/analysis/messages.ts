import { defineMessages } from '../../i18n/define';

/** The analysis feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.analysis': 'Analysis',
    'analysis.name': '名称',
    'analysis.createdAt': '创建时间',
    'analysis.community': '社区',
    'error.reason.ANALYSIS_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.analysis': 'Analysis',
    'analysis.name': 'Name',
    'analysis.createdAt': 'Created',
    'analysis.community': 'Community',
    'error.reason.ANALYSIS_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    analysis: typeof messages;
  }
}
