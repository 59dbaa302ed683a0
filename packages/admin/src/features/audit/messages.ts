import type { MessageKey } from '../../i18n';
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
    'audit.op.household.binding.approve': '认证通过',
    'audit.op.household.binding.reject': '认证驳回',
    'audit.op.household.binding.revoke': '解除绑定',
    'audit.op.membership.grant': '授予角色',
    'audit.op.membership.revoke': '撤销角色',
    'audit.op.user.phone.reveal': '查看完整手机号',
    'audit.op.user.disable': '停用账号',
    'audit.op.user.enable': '启用账号',
    'audit.op.user.password.change': '修改密码',
    'audit.op.street.create': '新建街道',
    'audit.op.street.update': '修改街道',
    'audit.op.community.create': '新建社区',
    'audit.op.community.update': '修改社区',
    'audit.op.estate.create': '新建小区',
    'audit.op.estate.update': '修改小区',
    'audit.op.building.create': '新建楼栋',
    'audit.op.building.update': '修改楼栋',
    'audit.op.household.create': '新建住户',
    'audit.op.household.update': '修改住户',
    'audit.op.organisation.create': '新建组织',
    'audit.op.organisation.update': '修改组织',
    'audit.op.organisation.setEstates': '设置服务小区',
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
    'audit.op.household.binding.approve': 'Verification approved',
    'audit.op.household.binding.reject': 'Verification rejected',
    'audit.op.household.binding.revoke': 'Binding revoked',
    'audit.op.membership.grant': 'Role granted',
    'audit.op.membership.revoke': 'Role revoked',
    'audit.op.user.phone.reveal': 'Full phone shown',
    'audit.op.user.disable': 'Account disabled',
    'audit.op.user.enable': 'Account enabled',
    'audit.op.user.password.change': 'Password changed',
    'audit.op.street.create': 'Street created',
    'audit.op.street.update': 'Street changed',
    'audit.op.community.create': 'Community created',
    'audit.op.community.update': 'Community changed',
    'audit.op.estate.create': 'Estate created',
    'audit.op.estate.update': 'Estate changed',
    'audit.op.building.create': 'Building created',
    'audit.op.building.update': 'Building changed',
    'audit.op.household.create': 'Household created',
    'audit.op.household.update': 'Household changed',
    'audit.op.organisation.create': 'Organisation created',
    'audit.op.organisation.update': 'Organisation changed',
    'audit.op.organisation.setEstates': 'Served estates set',
  },
});

/** Operations the audit log knows, with their label keys (others are shown as written). */
export const KNOWN_OPERATIONS = [
  'household.binding.approve',
  'household.binding.reject',
  'household.binding.revoke',
  'membership.grant',
  'membership.revoke',
  'user.phone.reveal',
  'user.disable',
  'user.enable',
  'user.password.change',
  'street.create',
  'street.update',
  'community.create',
  'community.update',
  'estate.create',
  'estate.update',
  'building.create',
  'building.update',
  'household.create',
  'household.update',
  'organisation.create',
  'organisation.update',
  'organisation.setEstates',
] as const;

export type KnownOperation = (typeof KNOWN_OPERATIONS)[number];

export const isKnownOperation = (op: string): op is KnownOperation =>
  (KNOWN_OPERATIONS as readonly string[]).includes(op);

export function operationLabel(t: (key: MessageKey) => string, op: string): string {
  return isKnownOperation(op) ? t(`audit.op.${op}`) : op;
}

export const TARGET_TYPES = [
  'HouseholdBinding',
  'Membership',
  'User',
  'Street',
  'Community',
  'Estate',
  'Building',
  'Household',
  'Organisation',
] as const;

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    audit: typeof messages;
  }
}
