import type { NoticeCatalog } from '../notification/notification.kinds.js';

/** The triage module's notification kinds. */
export enum TriageNoticeKind {
  HOT_TOPIC_RAISED = 'HOT_TOPIC_RAISED',
}

export const TRIAGE_NOTICES: NoticeCatalog<TriageNoticeKind> = {
  HOT_TOPIC_RAISED: {
    description:
      'A burst of similar tickets in a community became a hot topic; told once to the community’s staff and the street’s administrators (not again as it grows).',
    subjectType: 'HotTopic',
    'zh-CN': { title: '热点诉求：{title}', body: '{count} 件相似诉求，请研判合并' },
    'en-US': { title: 'Hot topic: {title}', body: '{count} similar matters — triage them together' },
  },
};
