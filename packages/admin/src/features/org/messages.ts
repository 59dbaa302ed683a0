import { defineMessages } from '../../i18n/define';

/** The organisation tree. */
export const messages = defineMessages({
  'zh-CN': {
    'org.root': '全部街道',
    'org.level.street': '街道',
    'org.level.community': '社区',
    'org.level.estate': '小区',
    'org.level.building': '楼栋',
    'org.level.household': '住户',
    'org.district': '所属区县',
    'org.unit': '单元',
    'org.room': '室号',
    'org.label': '门牌',
    'org.createCommunity': '新建社区',
    'org.createEstate': '新建小区',
    'org.createBuilding': '新建楼栋',
    'org.createHousehold': '新建住户',
    'org.editTitle': '编辑{level}',
    'org.roomMasked': '室号按您的角色脱敏显示',
    'error.reason.ORG_NAME_TAKEN': '此处已有同名记录',
    'error.reason.ORG_VERSION_STALE': '记录已被他人修改，请刷新后重试',
    'error.reason.ORG_PLACE_REQUIRED': '请选择该类组织所属的街道、小区或社区',
    'error.reason.ORG_NOT_A_PROPERTY_COMPANY': '只有物业公司可以服务小区',
    // Audit-log operations this feature's module writes (the audit log shows them by these texts).
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
  },
  'en-US': {
    'org.root': 'All streets',
    'org.level.street': 'Street',
    'org.level.community': 'Community',
    'org.level.estate': 'Estate',
    'org.level.building': 'Building',
    'org.level.household': 'Household',
    'org.district': 'District',
    'org.unit': 'Unit',
    'org.room': 'Room',
    'org.label': 'Address',
    'org.createCommunity': 'New community',
    'org.createEstate': 'New estate',
    'org.createBuilding': 'New building',
    'org.createHousehold': 'New household',
    'org.editTitle': 'Edit {level}',
    'org.roomMasked': 'Room numbers are masked for your role',
    'error.reason.ORG_NAME_TAKEN': 'A record of this name already exists here',
    'error.reason.ORG_VERSION_STALE': 'The record changed since you loaded it: reload and retry',
    'error.reason.ORG_PLACE_REQUIRED': 'Choose the street, estate or community this kind of organisation belongs to',
    'error.reason.ORG_NOT_A_PROPERTY_COMPANY': 'Only a property company serves estates',
    // Audit-log operations this feature's module writes (the audit log shows them by these texts).
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
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    org: typeof messages;
  }
}
