import { useQuery } from '@apollo/client/react';
import { Button, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { pct } from '../components/format';
import { VoteEditor } from '../components/VoteEditor';
import { VoteListDocument } from '../graphql/vote';
import { VOTE_PARAMS, voteUnitsUrl, voteUrl } from '../urls';
import { useEstates } from './useEstates';

const PAGE = 20;

const STATUS_COLOR = { DRAFT: 'default', OPEN: 'processing', CLOSED: 'blue' } as const;

/** An estate's owners' votes, newest first, with the editor for a new one. */
export function VoteListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const navigate = useNavigate();
  const list = useListParams(VOTE_PARAMS);
  const f = list.values;
  const { estates, estate } = useEstates(f.estate);
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(VoteListDocument, {
    variables: { communityId: estate?.community.id ?? '', estateId: estate?.id, first: PAGE, after: f.after },
    skip: !estate,
  });
  const conn = data?.votes;
  type Row = NonNullable<typeof conn>['edges'][number]['node'];
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const participation = (r: Row) =>
    r.tally ? (
      <Space size={4} wrap>
        <span>
          {r.tally.participation.owners}/{r.tally.participation.baseOwners}
        </span>
        <Tag color={r.tally.participation.met ? 'green' : 'default'}>{pct(r.tally.participation.areaPermille)}</Tag>
      </Space>
    ) : (
      '—'
    );

  return (
    <ListPage
      title={t('nav.vote')}
      actions={
        <Space wrap>
          <Link to={voteUnitsUrl({ estate: estate?.id })}>{t('vote.units')}</Link>
          <Button type="primary" onClick={() => setEditing(true)} disabled={!estate}>
            {t('vote.create')}
          </Button>
        </Space>
      }
      filters={
        <ListFilters>
          <Select
            aria-label={t('vote.estate')}
            placeholder={t('vote.estate')}
            value={estate?.id}
            onChange={(v) => list.set({ estate: v ?? null })}
            options={estates.map((e) => ({ value: e.id, label: `${e.name}（${e.community.name}）` }))}
            style={style(260)}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <VoteEditor
          estateId={estate?.id ?? null}
          open={editing}
          onClose={(id) => {
            setEditing(false);
            if (id) {
              void refetch();
              navigate(voteUrl(id));
            }
          }}
        />
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        onOpenCard={(r) => navigate(voteUrl(r.id))}
        columns={[
          { title: t('vote.title'), dataIndex: 'title', render: (v: string, r) => <Link to={voteUrl(r.id)}>{v}</Link> },
          {
            title: t('vote.status'),
            dataIndex: 'status',
            render: (s: Row['status']) => <Tag color={STATUS_COLOR[s]}>{t(`vote.status.${s}`)}</Tag>,
          },
          { title: t('vote.closesAt'), dataIndex: 'closesAt', render: (v: string) => formatTime(v) },
          { title: t('vote.participation'), key: 'p', render: (_: unknown, r) => participation(r) },
        ]}
        renderCard={(r) => (
          <Space direction="vertical" size={2}>
            <strong>{r.title}</strong>
            <Space wrap>
              <Tag color={STATUS_COLOR[r.status]}>{t(`vote.status.${r.status}`)}</Tag>
              <span>{formatTime(r.closesAt)}</span>
              {participation(r)}
            </Space>
          </Space>
        )}
      />
    </ListPage>
  );
}
