import { defineMessages } from '../../i18n/define';

/** The points feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.points': 'Points',
    'points.name': '名称',
    'points.createdAt': '创建时间',
    'points.community': '社区',
    'error.reason.POINTS_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.points': 'Points',
    'points.name': 'Name',
    'points.createdAt': 'Created',
    'points.community': 'Community',
    'error.reason.POINTS_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    points: typeof messages;
  }
}
