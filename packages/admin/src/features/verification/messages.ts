import { defineMessages } from '../../i18n/define';

/** Household binding verification. */
export const messages = defineMessages({
  'zh-CN': {
    'verify.resident': '居民',
    'verify.estate': '小区',
    'verify.household': '房屋',
    'verify.relation': '关系',
    'verify.requestedAt': '申请时间',
    'verify.reviewedAt': '处理时间',
    'verify.status': '状态',
    'verify.reason': '原因',
    'verify.revoke': '解除绑定',
    'verify.revokeTitle': '解除住户绑定',
    'verify.revoked': '已解除绑定',
    'verify.approve': '通过',
    'verify.reject': '驳回',
    'verify.confirmApprove': '确认 {name} 为 {household} 的{relation}？',
    'verify.approved': '已通过认证',
    'verify.rejected': '已驳回',
    'verify.rejectTitle': '驳回认证申请',
    'verify.reasonPlaceholder': '告诉居民驳回的原因（2-200 字）',
    'verify.reasonLength': '原因需 2-200 字',
    'verify.empty': '没有待认证的申请',
    'verify.status.PENDING': '待认证',
    'verify.status.APPROVED': '已通过',
    'verify.status.REJECTED': '已驳回',
    'verify.status.REVOKED': '已解除',
    'verify.relation.OWNER': '业主',
    'verify.relation.TENANT': '租户',
    'verify.relation.FAMILY': '家庭成员',
    // Audit-log operations this feature's module writes (the audit log shows them by these texts).
    'audit.op.household.binding.approve': '认证通过',
    'audit.op.household.binding.reject': '认证驳回',
    'audit.op.household.binding.revoke': '解除绑定',
  },
  'en-US': {
    'verify.resident': 'Resident',
    'verify.estate': 'Estate',
    'verify.household': 'Household',
    'verify.relation': 'Relation',
    'verify.requestedAt': 'Requested',
    'verify.reviewedAt': 'Reviewed',
    'verify.status': 'Status',
    'verify.reason': 'Reason',
    'verify.revoke': 'Revoke',
    'verify.revokeTitle': 'Revoke the binding',
    'verify.revoked': 'Binding revoked',
    'verify.approve': 'Approve',
    'verify.reject': 'Reject',
    'verify.confirmApprove': 'Confirm {name} as {relation} of {household}?',
    'verify.approved': 'Verification approved',
    'verify.rejected': 'Request rejected',
    'verify.rejectTitle': 'Reject the request',
    'verify.reasonPlaceholder': 'Tell the resident why (2-200 characters)',
    'verify.reasonLength': 'The reason needs 2-200 characters',
    'verify.empty': 'No requests waiting for verification',
    'verify.status.PENDING': 'Pending',
    'verify.status.APPROVED': 'Approved',
    'verify.status.REJECTED': 'Rejected',
    'verify.status.REVOKED': 'Revoked',
    'verify.relation.OWNER': 'Owner',
    'verify.relation.TENANT': 'Tenant',
    'verify.relation.FAMILY': 'Family member',
    // Audit-log operations this feature's module writes (the audit log shows them by these texts).
    'audit.op.household.binding.approve': 'Verification approved',
    'audit.op.household.binding.reject': 'Verification rejected',
    'audit.op.household.binding.revoke': 'Binding revoked',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    verification: typeof messages;
  }
}
