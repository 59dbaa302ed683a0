import type { NoticeCatalog } from '../notification/notification.kinds.js';

/** The property module's notification kinds. */
export const PROPERTY_NOTICES: NoticeCatalog<'EQUIPMENT_OVERDUE'> = {
  EQUIPMENT_OVERDUE: {
    description:
      'Equipment became overdue for maintenance; told once per overdue episode to the staff of the property companies serving its estate.',
    subjectType: 'Equipment',
    'zh-CN': { title: '设备维保逾期：{name}', body: '编号 {registrationNo}，应于 {dueOn} 前完成' },
    'en-US': { title: 'Maintenance overdue: {name}', body: 'No. {registrationNo}, was due by {dueOn}' },
  },
};
