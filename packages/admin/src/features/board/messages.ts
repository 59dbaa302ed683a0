import { defineMessages } from '../../i18n/define';

/** The board feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.board': 'Board',
    'board.name': '名称',
    'board.createdAt': '创建时间',
    'board.community': '社区',
    'error.reason.BOARD_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.board': 'Board',
    'board.name': 'Name',
    'board.createdAt': 'Created',
    'board.community': 'Community',
    'error.reason.BOARD_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    board: typeof messages;
  }
}
