import { defineMessages } from '../../i18n/define';

/** The vote feature. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.vote': 'Vote',
    'vote.name': '名称',
    'vote.createdAt': '创建时间',
    'vote.community': '社区',
    'error.reason.VOTE_BLANK_NAME': '名称不能为空。',
  },
  'en-US': {
    'nav.vote': 'Vote',
    'vote.name': 'Name',
    'vote.createdAt': 'Created',
    'vote.community': 'Community',
    'error.reason.VOTE_BLANK_NAME': 'The name must not be blank.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    vote: typeof messages;
  }
}
