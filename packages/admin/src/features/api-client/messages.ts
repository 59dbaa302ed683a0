import { defineMessages } from '../../i18n/define';

/** The api-client feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.apiClient': 'ApiClient',
    'apiClient.name': '名称',
    'apiClient.createdAt': '创建时间',
    'apiClient.community': '社区',
    'error.reason.API_CLIENT_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.apiClient': 'ApiClient',
    'apiClient.name': 'Name',
    'apiClient.createdAt': 'Created',
    'apiClient.community': 'Community',
    'error.reason.API_CLIENT_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    'api-client': typeof messages;
  }
}
