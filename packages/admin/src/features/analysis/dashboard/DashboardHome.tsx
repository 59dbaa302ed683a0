import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Segmented, Select, Space, Statistic, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { HomePage } from '../../../app/HomePage';
import { ResponsiveTable } from '../../../app/list';
import { PageSpinner } from '../../../app/PageSpinner';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import { OverdueEquipmentTile } from '../../property/components/OverdueEquipmentTile';
import { ticketsUrl } from '../../tickets/urls';
import { AnalysisCommunitiesDocument } from '../graphql/analysis';
import { DashboardDocument, TodaysWorkDocument } from '../graphql/dashboard';

// The charts (echarts/core with three chart kinds) load in their own chunk, after the figures.
const Chart = lazy(() => import('./Chart'));

const DAY = 86_400_000;
const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);
type PeriodKey = '30' | '90' | '365';

interface OrgRow {
  organisationId: string;
  name: string;
  valid: number;
  replyRate?: number | null;
  onTimeRate?: number | null;
  resolutionRate?: number | null;
  satisfaction?: number | null;
  overdue: number;
  rank?: number | null;
}

/** Today's work: counts of the viewer's queues, each a link into the filtered workbench. */
function TodaysWork() {
  const { t } = useI18n();
  const { me, may } = useViewer();
  const { data } = useQuery(TodaysWorkDocument, { skip: !may('ticket.read') && !may('ticket.triage') });
  const org = me.memberships.find((m) => m.scopeKind === 'ORGANISATION');
  const items: [string, number | undefined, string][] = [
    ['dashboard.waiting', data?.waiting.totalCount, ticketsUrl({ states: ['SUBMITTED'] })],
    ['dashboard.overdue', data?.overdue.totalCount, ticketsUrl({ overdue: true })],
    [
      'dashboard.open',
      data?.open.totalCount,
      ticketsUrl({ states: ['ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING'] }),
    ],
  ];
  if (org?.scopeId) items.push(['dashboard.myOrg', undefined, ticketsUrl({ org: org.scopeId })]);
  return (
    <Card size="small" title={t('dashboard.today')} data-testid="todays-work">
      <Row gutter={[12, 12]}>
        {items.map(([key, n, href]) => (
          <Col key={key} xs={12} md={6}>
            <Link to={href}>
              <Statistic title={t(key as never)} value={n ?? '→'} />
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/**
 * The staff home: today's work, the article's figures for a period as KPI cards (each definition a
 * tooltip), the weekly trend, categories, estates (or communities side by side for a street admin)
 * and the handling organisations' assessment. Viewers without `analysis.read` get the menu page.
 */
export default function DashboardHome() {
  const { t } = useI18n();
  const { me, may, roles } = useViewer();
  const [period, setPeriod] = useState<PeriodKey>('90');
  const [community, setCommunity] = useState<string | null>(null);
  const range = useMemo(() => {
    const to = new Date(Math.ceil(Date.now() / DAY) * DAY);
    return { from: new Date(to.getTime() - Number(period) * DAY).toISOString(), to: to.toISOString() };
  }, [period]);
  const streetWide = roles.includes('STREET_ADMIN') || roles.includes('SYSTEM_ADMIN');
  const analyst = may('analysis.read');
  const communities = useQuery(AnalysisCommunitiesDocument, { skip: !analyst || !streetWide });
  // The overdue-equipment figure is per community: the chosen one, else the staff member's own.
  const ownCommunity = me.memberships.find((m) => m.role === 'COMMUNITY_STAFF' && m.scopeKind === 'COMMUNITY');
  const equipmentCommunity = may('property.read') ? (community ?? ownCommunity?.scopeId ?? null) : null;
  const { data, loading } = useQuery(DashboardDocument, {
    skip: !analyst,
    variables: {
      ...range,
      communityId: community,
      placeBy: streetWide && !community ? 'COMMUNITY' : 'ESTATE',
      equipmentCommunityId: equipmentCommunity ?? '',
      withEquipment: Boolean(equipmentCommunity),
    },
  });
  if (!analyst) return <HomePage />;
  const k = data?.analysisFigures;
  const cards: [string, string | number][] = [
    ['registeredResidents', k?.registeredResidents ?? '—'],
    ['activeUsers', k?.activeUsers ?? '—'],
    ['valid', k?.valid ?? '—'],
    ['replyRate', pct(k?.replyRate)],
    ['resolved', k?.resolved ?? '—'],
    ['escalated', k?.escalated ?? '—'],
    ['onTimeRate', pct(k?.onTimeRate)],
    ['satisfaction', pct(k?.satisfaction)],
    ['firstReply', k ? `${k.firstReplyMedianHours ?? '—'} / ${k.firstReplyP90Hours ?? '—'}` : '—'],
  ];
  const head = (key: string) => (
    <Tooltip title={t(`analysis.def.${key}` as never)}>
      <span style={{ borderBottom: '1px dotted' }}>{t(`analysis.${key}` as never)}</span>
    </Tooltip>
  );
  const trend = data?.trend ?? [];
  const cats = data?.categories ?? [];
  const places = data?.places ?? [];
  const rows: OrgRow[] = data?.analysisAssessment.rows ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <TodaysWork />
      <Space wrap>
        <Segmented<PeriodKey>
          value={period}
          onChange={setPeriod}
          options={[
            { value: '30', label: t('dashboard.p30') },
            { value: '90', label: t('dashboard.p90') },
            { value: '365', label: t('dashboard.p365') },
          ]}
        />
        {streetWide && (
          <Select
            allowClear
            placeholder={t('analysis.allCommunities')}
            aria-label={t('analysis.community')}
            value={community ?? undefined}
            onChange={(v) => setCommunity(v ?? null)}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={{ minWidth: 180 }}
          />
        )}
      </Space>
      <Row gutter={[12, 12]}>
        {cards.map(([key, value]) => (
          <Col key={key} xs={12} sm={8} lg={6} xl={4}>
            <Card size="small" data-testid={`kpi-${key}`}>
              <Statistic title={head(key)} value={value} loading={loading} />
            </Card>
          </Col>
        ))}
        {may('property.read') && (
          <Col xs={12} sm={8} lg={6} xl={4}>
            <OverdueEquipmentTile data={data} communityId={equipmentCommunity} loading={loading} />
          </Col>
        )}
      </Row>
      <Suspense fallback={<PageSpinner />}>
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('dashboard.trend')}>
              <Chart
                label={t('dashboard.trend')}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0 },
                  grid: { left: 36, right: 12, top: 32, bottom: 24 },
                  xAxis: { type: 'category', data: trend.map((p) => p.key) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { name: t('dashboard.raised'), type: 'line', data: trend.map((p) => p.raised) },
                    { name: t('analysis.valid'), type: 'line', data: trend.map((p) => p.valid) },
                    { name: t('analysis.resolved'), type: 'line', data: trend.map((p) => p.resolved) },
                  ],
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('dashboard.categories')}>
              <Chart
                label={t('dashboard.categories')}
                option={{
                  tooltip: { trigger: 'item' },
                  series: [
                    {
                      type: 'pie',
                      radius: ['35%', '70%'],
                      data: cats.map((c) => ({ name: c.label ?? '—', value: c.raised })),
                    },
                  ],
                }}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t(streetWide && !community ? 'dashboard.communities' : 'dashboard.estates')}>
              <Chart
                label={t(streetWide && !community ? 'dashboard.communities' : 'dashboard.estates')}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0 },
                  grid: { left: 36, right: 12, top: 32, bottom: 24 },
                  xAxis: { type: 'category', data: places.map((p) => p.label ?? t('dashboard.noEstate')) },
                  yAxis: { type: 'value', max: 100 },
                  series: [
                    {
                      name: t('analysis.replyRate'),
                      type: 'bar',
                      data: places.map((p) => Math.round((p.replyRate ?? 0) * 100)),
                    },
                    {
                      name: t('analysis.resolutionRate'),
                      type: 'bar',
                      data: places.map((p) => Math.round((p.resolutionRate ?? 0) * 100)),
                    },
                    {
                      name: t('analysis.satisfaction'),
                      type: 'bar',
                      data: places.map((p) => Math.round((p.satisfaction ?? 0) * 100)),
                    },
                  ],
                }}
              />
            </Card>
          </Col>
        </Row>
      </Suspense>
      <Card
        size="small"
        title={t('analysis.assessment')}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('analysis.minSample', { n: data?.analysisAssessment.minSample ?? 5 })}
          </Typography.Text>
        }
        data-testid="assessment"
      >
        <ResponsiveTable<OrgRow>
          rows={rows}
          rowKey="organisationId"
          loading={loading}
          columns={[
            { title: t('analysis.rank'), dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
            { title: t('analysis.org'), dataIndex: 'name' },
            { title: head('valid'), dataIndex: 'valid' },
            { title: head('replyRate'), dataIndex: 'replyRate', render: pct },
            { title: head('onTimeRate'), dataIndex: 'onTimeRate', render: pct },
            { title: head('resolutionRate'), dataIndex: 'resolutionRate', render: pct },
            { title: head('satisfaction'), dataIndex: 'satisfaction', render: pct },
            { title: head('overdue'), dataIndex: 'overdue' },
          ]}
          renderCard={(r) => (
            <>
              <strong>
                {r.rank ? `#${r.rank} ` : ''}
                {r.name}
              </strong>{' '}
              · {t('analysis.valid')} {r.valid} · {t('analysis.replyRate')} {pct(r.replyRate)} ·{' '}
              {t('analysis.resolutionRate')} {pct(r.resolutionRate)} · {t('analysis.satisfaction')}{' '}
              {pct(r.satisfaction)} · {t('analysis.overdue')} {r.overdue}
            </>
          )}
        />
      </Card>
    </Space>
  );
}
