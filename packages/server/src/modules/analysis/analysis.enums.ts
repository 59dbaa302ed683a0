import type { EnumRegistration } from '../../app/module.js';

/** What figures are grouped by. */
export enum FigureDimension {
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  ESTATE = 'ESTATE',
  ORGANISATION = 'ORGANISATION',
  CATEGORY = 'CATEGORY',
  SOURCE = 'SOURCE',
}

/** The length of one point of a trend. */
export enum FigureInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export const ANALYSIS_ENUMS: EnumRegistration[] = [
  {
    enum: FigureDimension,
    name: 'FigureDimension',
    description: 'What a figures breakdown is grouped by.',
    valuesConfig: {
      STREET: { description: '街道 — the street of the ticket.' },
      COMMUNITY: { description: '社区 — the community of the ticket.' },
      ESTATE: { description: '小区 — the estate the ticket names (tickets without one form a group with a null key).' },
      ORGANISATION: {
        description: '责任单位 — each organisation responsible for the ticket (a ticket counts once for each of them).',
      },
      CATEGORY: { description: '类别 — the category of the ticket.' },
      SOURCE: {
        description:
          '来源 — how the ticket came in (app, phone, counter, grid patrol, 12345, letter, import); key: the TicketSource.',
      },
    },
  },
  {
    enum: FigureInterval,
    name: 'FigureInterval',
    description: 'The length of one point of a figures trend (Asia/Shanghai calendar).',
    valuesConfig: {
      DAY: { description: 'One point per day (key YYYY-MM-DD).' },
      WEEK: { description: 'One point per week starting Monday (key: the Monday, YYYY-MM-DD).' },
      MONTH: { description: 'One point per month (key YYYY-MM).' },
    },
  },
];
