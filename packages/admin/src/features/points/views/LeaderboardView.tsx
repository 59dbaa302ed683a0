import { useQuery } from '@apollo/client/react';
import { Segmented } from 'antd';
import { ListFilters, ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { PointsNav } from '../components/PointsNav';
import { PointsLeaderboardDocument } from '../graphql/points';
import { PERIODS, POINTS_PARAMS } from '../urls';

interface Row {
  rank: number;
  displayName: string;
  points: number;
}

/** Points earned in a community over a month, a year or all time; display names only. */
export function LeaderboardView() {
  const { t } = useI18n();
  const list = useListParams(POINTS_PARAMS);
  const f = list.values;
  const { data, loading, error } = useQuery(PointsLeaderboardDocument, {
    variables: { communityId: f.community ?? '', period: f.period ?? 'MONTH', first: 20, after: f.after },
    skip: !f.community,
  });
  const conn = data?.pointsLeaderboard;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  return (
    <ListPage
      title={t('nav.points')}
      filters={
        <ListFilters>
          <PointsNav tab="leaderboard" community={f.community} onCommunity={(community) => list.set({ community })} />
          <Segmented
            value={f.period ?? 'MONTH'}
            onChange={(period) => list.set({ period: period as (typeof PERIODS)[number] })}
            options={PERIODS.map((p) => ({ value: p, label: t(`points.period.${p}`) }))}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="rank"
        loading={loading}
        empty={f.community ? undefined : t('points.pickCommunity')}
        rowProps={(row) => ({ 'data-testid': `rank-${row.rank}` })}
        columns={[
          { title: t('points.rank'), dataIndex: 'rank', width: 80 },
          { title: t('points.name'), dataIndex: 'displayName' },
          { title: t('points.points'), dataIndex: 'points' },
        ]}
        renderCard={(row) => (
          <>
            <strong>#{row.rank}</strong> {row.displayName} · {row.points} {t('points.unit')}
          </>
        )}
      />
    </ListPage>
  );
}
