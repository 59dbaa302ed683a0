import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Select, Statistic, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { ExportButton } from '../components/ExportButton';
import { AnalysisCommunitiesDocument, AnalysisOverviewDocument } from '../graphql/analysis';
import { ANALYSIS_PARAMS } from '../urls';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);

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

/** KPI cards (each with its definition as tooltip) and the handling organisations' assessment table. */
export function AnalysisView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(ANALYSIS_PARAMS);
  const f = list.values;
  const period = useMemo(() => {
    const to = new Date(Date.now() + 86_400_000);
    return { from: new Date(to.getTime() - 90 * 86_400_000).toISOString(), to: to.toISOString() };
  }, []);
  const communities = useQuery(AnalysisCommunitiesDocument);
  const { data, loading, error } = useQuery(AnalysisOverviewDocument, {
    variables: { ...period, communityId: f.community ?? null },
  });
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
      <span>{t(`analysis.${key}` as never)}</span>
    </Tooltip>
  );
  const rows: OrgRow[] = data?.analysisAssessment.rows ?? [];
  return (
    <ListPage
      title={t('nav.analysis')}
      actions={
        <ExportButton
          path="figures/assessment"
          query={{ ...period, communityId: f.community }}
          fileName={`${t('analysis.assessment')}`}
        />
      }
      filters={
        <ListFilters>
          <Select
            allowClear
            placeholder={t('analysis.allCommunities')}
            aria-label={t('analysis.community')}
            value={f.community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(200)}
          />
          <Typography.Text type="secondary">{t('analysis.period')}</Typography.Text>
        </ListFilters>
      }
      error={error}
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {cards.map(([key, value]) => (
          <Col key={key} xs={12} sm={8} lg={6} xl={4}>
            <Card size="small" data-testid={`kpi-${key}`}>
              <Statistic title={head(key)} value={value} loading={loading} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={5}>
        {t('analysis.assessment')}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('analysis.minSample', { n: data?.analysisAssessment.minSample ?? 5 })}
        </Typography.Text>
      </Typography.Title>
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
            {t('analysis.resolutionRate')} {pct(r.resolutionRate)} · {t('analysis.satisfaction')} {pct(r.satisfaction)}{' '}
            · {t('analysis.overdue')} {r.overdue}
          </>
        )}
      />
    </ListPage>
  );
}
