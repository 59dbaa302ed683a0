import { defineMessages } from '../../i18n/define';

/** The calendar's month grid and its coverage sentence (the editing form lives in tickets/ settings). */
export const messages = defineMessages({
  'zh-CN': {
    'calgrid.legend.holiday': '法定节假日',
    'calgrid.legend.workday': '调休上班',
    'calgrid.legend.staff': '人工录入',
    'calgrid.legend.weekend': '周末',
    'calgrid.months': '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
    'calgrid.weekdays': '一,二,三,四,五,六,日',
    'calgrid.coverage.package': '{year} 年的法定节假日和调休上班日来自内置的国务院安排，处理期限按此计算。',
    'calgrid.coverage.staffComplete': '{year} 年的节假日由工作人员录入并已确认完整，处理期限按此计算。',
    'calgrid.coverage.missingManage':
      '{year} 年还没有完整的节假日数据，期限暂按周一至周五计算并标记“缺少节假日数据”：请录入全部节假日和调休上班日后打开“本年已录入完整”。',
    'calgrid.coverage.missingRead':
      '{year} 年还没有完整的节假日数据，期限暂按周一至周五计算并标记“缺少节假日数据”，街道或系统管理员录入后恢复正常。',
    'calgrid.missingYearsRead':
      '以下年份缺少节假日数据，落在其中的期限可能不准确：{years}。街道或系统管理员录入后恢复正常。',
  },
  'en-US': {
    'calgrid.legend.holiday': 'Public holiday',
    'calgrid.legend.workday': 'Make-up working day',
    'calgrid.legend.staff': 'Entered by staff',
    'calgrid.legend.weekend': 'Weekend',
    'calgrid.months': 'January,February,March,April,May,June,July,August,September,October,November,December',
    'calgrid.weekdays': 'Mo,Tu,We,Th,Fr,Sa,Su',
    'calgrid.coverage.package':
      'The holidays and make-up working days of {year} come from the built-in State Council schedule; deadlines are counted with them.',
    'calgrid.coverage.staffComplete':
      'The holidays of {year} were entered by staff and marked complete; deadlines are counted with them.',
    'calgrid.coverage.missingManage':
      '{year} has no complete holiday data yet, so deadlines count Monday to Friday and are flagged “No holiday data”: enter every holiday and make-up working day, then switch on “Year fully entered”.',
    'calgrid.coverage.missingRead':
      '{year} has no complete holiday data yet, so deadlines count Monday to Friday and are flagged “No holiday data” until a street or system administrator enters it.',
    'calgrid.missingYearsRead':
      'These years have no holiday data, so deadlines in them may be wrong: {years}. A street or system administrator will enter it.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    calendar: typeof messages;
  }
}
