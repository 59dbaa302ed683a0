import { defineParams, listHref, param } from '../../app/list/params';

export const TABS = ['equipment', 'ledger', 'contracts', 'import'] as const;
export const STATUSES = ['OK', 'DUE_SOON', 'OVERDUE'] as const;

/**
 * URL state of the property screens: the estate (or, with no estate, a whole community's equipment
 * register — the dashboard's overdue tile links there), the tab, filters, the month, the open equipment.
 */
export const PROPERTY_PARAMS = defineParams({
  estate: param.text(),
  community: param.text(),
  tab: param.oneOf(TABS, { default: 'equipment' }),
  status: param.oneOf(STATUSES),
  period: param.text(),
  equipment: param.drawer(),
  after: param.cursor(),
});

export const propertyUrl = (
  filters: {
    estate?: string;
    community?: string;
    tab?: (typeof TABS)[number];
    status?: (typeof STATUSES)[number];
  } = {},
) => listHref('/property', PROPERTY_PARAMS, filters);

/** The quick maintenance form of one piece of equipment (works at the machine-room door on a phone). */
export const maintenanceFormUrl = (equipmentId: string) => `/property/record/${equipmentId}`;
