import { defineMessages } from '../../i18n/define';

/** The audit log. */
export const messages = defineMessages({
  'zh-CN': {
    'audit.time': '时间',
    'audit.actor': '操作人',
    'audit.role': '角色',
    'audit.operation': '操作',
    'audit.target': '对象',
    'audit.summary': '摘要',
    'audit.community': '社区',
    'audit.targetType': '对象类型',
    'audit.range': '时间范围',
    'audit.system': '系统',
    'audit.line': '{operation}：{summary}',
    'audit.transition': '从 {from} 到 {to}',
    'audit.field.organisations': '责任单位',
    'audit.field.organisation': '单位',
    'audit.field.title': '标题',
    'audit.field.status': '状态',
    'audit.field.subject': '事项',
    'audit.field.term': '届次',
    'audit.field.post': '职务',
    'audit.field.revision': '版本',
    'audit.field.changeNote': '修改说明',
    'audit.field.channel': '栏目',
    'audit.field.reason': '理由',
    'audit.field.name': '名称',
    'audit.field.count': '数量',
    'audit.listSeparator': '、',
    'audit.partSeparator': '，',
  },
  'en-US': {
    'audit.time': 'Time',
    'audit.actor': 'Actor',
    'audit.role': 'Role',
    'audit.operation': 'Operation',
    'audit.target': 'Target',
    'audit.summary': 'Summary',
    'audit.community': 'Community',
    'audit.targetType': 'Target type',
    'audit.range': 'Period',
    'audit.system': 'System',
    'audit.line': '{operation}: {summary}',
    'audit.transition': 'from {from} to {to}',
    'audit.field.organisations': 'responsible',
    'audit.field.organisation': 'organisation',
    'audit.field.title': 'title',
    'audit.field.status': 'status',
    'audit.field.subject': 'subject',
    'audit.field.term': 'term',
    'audit.field.post': 'post',
    'audit.field.revision': 'revision',
    'audit.field.changeNote': 'change note',
    'audit.field.channel': 'channel',
    'audit.field.reason': 'reason',
    'audit.field.name': 'name',
    'audit.field.count': 'count',
    'audit.listSeparator': ', ',
    'audit.partSeparator': '; ',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    audit: typeof messages;
  }
}
