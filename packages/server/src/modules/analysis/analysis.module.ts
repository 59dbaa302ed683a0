import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { TicketService } from '../ticket/ticket.service.js';
import { AnalysisSettingEntity } from './analysis.entity.js';
import { ANALYSIS_ENUMS } from './analysis.enums.js';
import { AnalysisReasons } from './analysis.errors.js';
import { registerExportRoutes } from './analysis.export.js';
import { AnalysisResolver } from './analysis.resolver.js';
import { AnalysisService } from './analysis.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

/** Figures (分析): written definitions, breakdowns, trends, the assessment table, public figures, exports. */
export const analysisModule = defineModule({
  name: 'analysis',
  entities: [AnalysisSettingEntity],
  errors: AnalysisReasons,
  enums: ANALYSIS_ENUMS,
  resolvers: [AnalysisResolver],
  permissions: {
    /** Read the figures and the assessment table of a place. */
    'analysis.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Publish a community's figures and set the assessment's minimum sample. */
    'analysis.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Export the ticket list and figures tables (CSV, XLSX). */
    'analysis.export': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: ['analysis.settings.update', 'analysis.export'],
  routes: registerExportRoutes,
  services: ({
    dataSource,
    audit,
    calendar,
  }: Deps<{ audit: AuditService; calendar: CalendarService; tickets: TicketService }>) => ({
    analysis: new AnalysisService(dataSource, audit, calendar),
  }),
});
