import { defineMessages } from '../../i18n/define';

/** The property feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.property': 'Property',
    'property.name': '名称',
    'property.createdAt': '创建时间',
    'property.community': '社区',
    'error.reason.PROPERTY_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.property': 'Property',
    'property.name': 'Name',
    'property.createdAt': 'Created',
    'property.community': 'Community',
    'error.reason.PROPERTY_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    property: typeof messages;
  }
}
