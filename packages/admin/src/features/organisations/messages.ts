import { defineMessages } from '../../i18n/define';

/** Organisations (property companies, committees, departments). */
export const messages = defineMessages({
  'zh-CN': {
    'orgs.kind': '类型',
    'orgs.place': '所属',
    'orgs.contact': '联系方式',
    'orgs.served': '服务小区',
    'orgs.community': '社区',
    'orgs.estate': '小区',
    'orgs.street': '街道',
    'orgs.create': '新建组织',
    'orgs.editTitle': '编辑组织',
    'orgs.servedTitle': '{name} 服务的小区',
    'orgs.setServed': '服务小区',
    'orgs.kind.COMMUNITY_OFFICE': '社区居委会',
    'orgs.kind.DEPARTMENT': '街道部门',
    'orgs.kind.OWNERS_COMMITTEE': '业主委员会',
    'orgs.kind.PARTY_BRANCH': '党组织',
    'orgs.kind.PROPERTY_COMPANY': '物业公司',
    'orgs.kind.SOCIAL_ORGANISATION': '社会组织',
    // Audit-log operations this feature's module writes (the audit log shows them by these texts).
    'audit.op.organisation.create': '新建单位',
    'audit.op.organisation.update': '修改单位',
    'audit.op.organisation.setEstates': '设置服务小区',
  },
  'en-US': {
    'orgs.kind': 'Kind',
    'orgs.place': 'Belongs to',
    'orgs.contact': 'Contact',
    'orgs.served': 'Served estates',
    'orgs.community': 'Community',
    'orgs.estate': 'Estate',
    'orgs.street': 'Street',
    'orgs.create': 'New organisation',
    'orgs.editTitle': 'Edit organisation',
    'orgs.servedTitle': 'Estates served by {name}',
    'orgs.setServed': 'Estates',
    'orgs.kind.COMMUNITY_OFFICE': 'Community office',
    'orgs.kind.DEPARTMENT': 'Street department',
    'orgs.kind.OWNERS_COMMITTEE': 'Owners’ committee',
    'orgs.kind.PARTY_BRANCH': 'Party branch',
    'orgs.kind.PROPERTY_COMPANY': 'Property company',
    'orgs.kind.SOCIAL_ORGANISATION': 'Social organisation',
    // Audit-log operations this feature's module writes (the audit log shows them by these texts).
    'audit.op.organisation.create': 'Organisation created',
    'audit.op.organisation.update': 'Organisation changed',
    'audit.op.organisation.setEstates': 'Served estates set',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    organisations: typeof messages;
  }
}
