import { defineMessages } from '../../i18n/define';

/** The publication feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.publication': 'Publication',
    'publication.name': '名称',
    'publication.createdAt': '创建时间',
    'publication.community': '社区',
    'error.reason.PUBLICATION_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.publication': 'Publication',
    'publication.name': 'Name',
    'publication.createdAt': 'Created',
    'publication.community': 'Community',
    'error.reason.PUBLICATION_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    publication: typeof messages;
  }
}
