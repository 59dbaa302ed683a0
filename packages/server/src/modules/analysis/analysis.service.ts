import { type DataSource, In } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, can, reachFor } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { Role } from '../identity/identity.enums.js';
import { CommunityEntity } from '../org/community.entity.js';
import { EstateEntity } from '../org/estate.entity.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { StreetEntity } from '../org/street.entity.js';
import { TicketCategoryEntity } from '../ticket/ticket-category.entity.js';
import { AnalysisSettingEntity } from './analysis.entity.js';
import { FigureDimension, type FigureInterval } from './analysis.enums.js';
import { AnalysisReasons as R } from './analysis.errors.js';
import {
  EMPTY_COUNTS,
  type FigureScope,
  firstReplyHours,
  overdueByOrganisation,
  residentCounts,
  type TicketFigureRow,
  ticketCounts,
  withRates,
} from './analysis.figures.js';
import type { FigureArgs, SetAnalysisSettingsInput } from './analysis.inputs.js';
import { analysisPolicy, placeOfSetting } from './analysis.policy.js';
import { supervisionsByOrganisation } from './analysis.supervision.js';
import type { AssessmentRow, AssessmentTable, PublicMonthFigures } from './analysis.types.js';

const MAX_DAYS = 366;
export const DEFAULT_MIN_SAMPLE = 5;

const scopeOf = (a: FigureArgs): FigureScope => ({
  streetId: a.streetId,
  communityId: a.communityId,
  estateId: a.estateId,
  organisationId: a.organisationId,
  categoryId: a.categoryId,
});

/** Figures with written definitions (analysis.types.ts DEFINITIONS), read through the viewer's reach. */
export class AnalysisService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
  ) {}

  private period(a: { from: Date; to: Date }) {
    const span = a.to.getTime() - a.from.getTime();
    if (!(span > 0) || span > MAX_DAYS * 86_400_000) {
      throw fail(R.ANALYSIS_BAD_PERIOD, 'The period must be non-empty and at most 366 days', { field: 'to' });
    }
  }

  /**
   * The figures of the scope and period (KPI cards). The residents' counts and the first-reply
   * times are read only when asked for (lazy fields, each a statement of its own): a query for
   * the ticket counts alone reads the rollup and nothing else.
   */
  async figures(viewer: Viewer | null, a: FigureArgs) {
    this.period(a);
    const reach = reachFor(viewer, 'analysis.read');
    const scope = scopeOf(a);
    const [counts] = await ticketCounts(this.ds, reach, scope, a.from, a.to);
    let residents: ReturnType<typeof residentCounts> | undefined;
    let hours: Promise<{ median: number | null; p90: number | null }> | undefined;
    const residentsOf = () => {
      residents ??= residentCounts(this.ds, reach, scope, a.to);
      return residents;
    };
    const hoursOf = () => {
      hours ??= this.calendar.ready().then((cal) => firstReplyHours(this.ds, reach, scope, a.from, a.to, cal));
      return hours;
    };
    const lazy = (get: () => Promise<number | null>) => ({ enumerable: true, get });
    return Object.defineProperties(
      { ...withRates(counts ?? EMPTY_COUNTS), label: null, from: a.from, to: a.to },
      {
        registeredResidents: lazy(() => residentsOf().then((r) => r.registered)),
        verifiedResidents: lazy(() => residentsOf().then((r) => r.verified)),
        activeUsers: lazy(() => residentsOf().then((r) => r.active)),
        firstReplyMedianHours: lazy(() => hoursOf().then((h) => h.median)),
        firstReplyP90Hours: lazy(() => hoursOf().then((h) => h.p90)),
      },
    ) as ReturnType<typeof withRates> & {
      label: null;
      from: Date;
      to: Date;
      readonly registeredResidents: Promise<number>;
      readonly verifiedResidents: Promise<number>;
      readonly activeUsers: Promise<number>;
      readonly firstReplyMedianHours: Promise<number | null>;
      readonly firstReplyP90Hours: Promise<number | null>;
    };
  }

  /** One row per street, community, estate, organisation or category. */
  async breakdown(viewer: Viewer | null, a: FigureArgs, by: FigureDimension) {
    this.period(a);
    const rows = await ticketCounts(this.ds, reachFor(viewer, 'analysis.read'), scopeOf(a), a.from, a.to, {
      dimension: by,
    });
    const labels = await this.labels(
      by,
      rows.flatMap((r) => (r.key ? [r.key] : [])),
    );
    return rows.map((r) => ({ ...withRates(r), label: r.key ? (labels.get(r.key) ?? null) : null }));
  }

  /** One row per day, week or month of the period (periods without tickets are absent). */
  async trend(viewer: Viewer | null, a: FigureArgs, interval: FigureInterval) {
    this.period(a);
    const rows = await ticketCounts(this.ds, reachFor(viewer, 'analysis.read'), scopeOf(a), a.from, a.to, {
      interval,
    });
    return rows.map((r) => ({ ...withRates(r), label: r.key }));
  }

  /** The 三率 and overdue count per handling organisation, ranked when its sample is large enough. */
  async assessment(viewer: Viewer | null, a: FigureArgs): Promise<AssessmentTable> {
    this.period(a);
    const reach = reachFor(viewer, 'analysis.read');
    const scope = scopeOf(a);
    const rows = await ticketCounts(this.ds, reach, scope, a.from, a.to, { dimension: FigureDimension.ORGANISATION });
    const overdue = await overdueByOrganisation(this.ds, reach, scope, new Date());
    const supervised = await supervisionsByOrganisation(this.ds, reach, scope, a.from, a.to);
    const minSample = await this.minSampleOf(a.communityId);
    const ids = [...new Set([...rows.map((r) => r.key as string), ...overdue.keys(), ...supervised.keys()])];
    const labels = await this.labels(FigureDimension.ORGANISATION, ids);
    const byId = new Map(rows.map((r) => [r.key as string, withRates(r)]));
    const table: AssessmentRow[] = ids.map((id) => {
      const r: TicketFigureRow = byId.get(id) ?? withRates({ ...EMPTY_COUNTS, key: id });
      return {
        organisationId: id,
        name: labels.get(id) ?? id,
        valid: r.valid,
        replied: r.replied,
        replyRate: r.replyRate,
        onTimeRate: r.onTimeRate,
        resolutionRate: r.resolutionRate,
        satisfaction: r.satisfaction,
        overdue: overdue.get(id) ?? 0,
        supervised: supervised.get(id) ?? 0,
        rank: null,
      };
    });
    const score = (r: AssessmentRow) => [r.replyRate ?? 0, r.resolutionRate ?? 0, r.satisfaction ?? 0, -r.overdue];
    const ranked = table
      .filter((r) => r.valid >= minSample)
      .sort((x, y) => {
        const [sx, sy] = [score(x), score(y)];
        for (let i = 0; i < sx.length; i++) if (sx[i] !== sy[i]) return (sy[i] as number) - (sx[i] as number);
        return x.name.localeCompare(y.name);
      });
    ranked.forEach((r, i) => {
      r.rank = i + 1;
    });
    const unranked = table.filter((r) => r.rank === null).sort((x, y) => y.valid - x.valid);
    return { minSample, rows: [...ranked, ...unranked] };
  }

  /**
   * A community's monthly figures: for its staff always; for its residents and anonymous callers
   * when the community publishes them (ANALYSIS_NOT_PUBLISHED otherwise).
   */
  async publicFigures(viewer: Viewer | null, communityId: string, months: number): Promise<PublicMonthFigures[]> {
    const community = await unscoped(this.ds, 'public figures: the community is named by the caller, checked next')
      .repo(CommunityEntity)
      .findOneBy({ id: communityId });
    if (!community) throw notFound('Community');
    const place = placeOfSetting({ streetId: community.streetId, communityId });
    const staff = can(viewer, 'analysis.read', place);
    if (!staff) {
      const setting = await this.settingOf(communityId);
      if (!setting?.publishFigures) throw fail(R.ANALYSIS_NOT_PUBLISHED, 'This community does not publish its figures');
    }
    // Month boundaries in Asia/Shanghai.
    const now = new Date(Date.now() + 8 * 3_600_000);
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 8 * 3_600_000);
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 - months, 1) - 8 * 3_600_000);
    // Published figures are the community's own: the reach is the community itself.
    const reach = {
      all: false,
      streetIds: new Set<string>(),
      communityIds: new Set([communityId]),
      estateIds: new Set<string>(),
      organisationIds: new Set<string>(),
    };
    const rows = await ticketCounts(this.ds, reach, { communityId }, from, to, { interval: 'MONTH' });
    // Every month of the range is listed, a month without tickets as zeros (a gap would read as "not reported").
    const byMonth = new Map(rows.map((r) => [r.key as string, r]));
    const keys = Array.from({ length: months }, (_, i) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 - months + i, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    });
    return keys.map((month) => {
      const r = byMonth.get(month);
      if (!r) {
        return { month, raised: 0, replied: 0, resolved: 0, replyRate: null, onTimeRate: null, satisfaction: null };
      }
      const f = withRates(r);
      return {
        month,
        raised: f.raised,
        replied: f.replied,
        resolved: f.resolved,
        replyRate: f.replyRate,
        onTimeRate: f.onTimeRate,
        satisfaction: f.satisfaction,
      };
    });
  }

  async settings(viewer: Viewer | null, communityId: string) {
    const community = await this.community(communityId);
    authorize(viewer, analysisPolicy, 'view', { streetId: community.streetId, communityId });
    const row = await this.settingOf(communityId);
    return {
      communityId,
      publishFigures: row?.publishFigures ?? false,
      minSample: row?.minSample ?? DEFAULT_MIN_SAMPLE,
    };
  }

  /** Turns publication on or off and sets the minimum sample (`analysis.manage`), audited. */
  async setSettings(actor: Actor, input: SetAnalysisSettingsInput) {
    const community = await this.community(input.communityId);
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, analysisPolicy, 'configure', draft);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(AnalysisSettingEntity);
      const before = await repo.findOneBy({ communityId: community.id });
      const row = before ?? repo.create({ ...draft, publishFigures: false, minSample: DEFAULT_MIN_SAMPLE });
      const was = { publishFigures: row.publishFigures, minSample: row.minSample };
      if (input.publishFigures != null) row.publishFigures = input.publishFigures;
      if (input.minSample != null) row.minSample = input.minSample;
      const saved = await repo.save(row);
      await this.audit.record(
        actor.meta,
        {
          operation: 'analysis.settings.update',
          targetType: 'Community',
          targetId: community.id,
          grant: actingGrant(viewer, 'analysis.manage', placeOfSetting(draft)),
          streetId: draft.streetId,
          communityId: draft.communityId,
          summary: { from: was, to: { publishFigures: saved.publishFigures, minSample: saved.minSample } },
        },
        m,
      );
      return { communityId: saved.communityId, publishFigures: saved.publishFigures, minSample: saved.minSample };
    });
  }

  private async community(id: string) {
    const community = await unscoped(this.ds, 'the place named by the caller, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id });
    if (!community) throw notFound('Community');
    return community;
  }

  private settingOf(communityId: string) {
    return unscoped(this.ds, "a community's settings decide who reads its published figures")
      .repo(AnalysisSettingEntity)
      .findOneBy({ communityId });
  }

  private async minSampleOf(communityId: string | undefined) {
    if (!communityId) return DEFAULT_MIN_SAMPLE;
    return (await this.settingOf(communityId))?.minSample ?? DEFAULT_MIN_SAMPLE;
  }

  /** Display names of the groups of a breakdown (one statement). */
  private async labels(by: FigureDimension, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const why = 'names of groups the viewer already reaches through the figures';
    const pick = async (
      entity: typeof StreetEntity | typeof CommunityEntity | typeof EstateEntity | typeof OrganisationEntity,
    ) =>
      new Map(
        (
          (await unscoped(this.ds, why)
            .repo(entity)
            .findBy({ id: In(ids) })) as { id: string; name: string }[]
        ).map((e) => [e.id, e.name]),
      );
    if (by === FigureDimension.STREET) return pick(StreetEntity);
    if (by === FigureDimension.COMMUNITY) return pick(CommunityEntity);
    if (by === FigureDimension.ESTATE) return pick(EstateEntity);
    if (by === FigureDimension.ORGANISATION) return pick(OrganisationEntity);
    // A source is its own label (the console names it in the viewer's language).
    if (by === FigureDimension.SOURCE) return new Map(ids.map((id) => [id, id]));
    const cats = await unscoped(this.ds, why)
      .repo(TicketCategoryEntity)
      .findBy({ id: In(ids) });
    return new Map(cats.map((c) => [c.id, c.nameZh]));
  }
}

export const ANALYSIS_ROLES = [Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF];
