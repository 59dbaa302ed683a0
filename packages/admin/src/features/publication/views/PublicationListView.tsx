import { useQuery } from '@apollo/client/react';
import { Button, Segmented, Select, Space, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useCompact, useFilterStyle, useListParams } from '../../../app/list';
import type { PublicationListQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { PublicationListDocument } from '../graphql/publication';
import { CHANNELS, PUBLICATION_PARAMS, publicationNewUrl, publicationUrl, STATUSES } from '../urls';
import { StatusTag } from './StatusTag';

const PAGE = 20;
type Row = PublicationListQuery['publications']['edges'][number]['node'];

/** Disclosures of one channel the viewer may read (drafts of their own organisation), pinned first. */
export function PublicationListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const navigate = useNavigate();
  const compact = useCompact();
  const list = useListParams(PUBLICATION_PARAMS);
  const f = list.values;
  const { data, loading, error } = useQuery(PublicationListDocument, {
    variables: { channel: f.channel, statuses: f.status ? [f.status] : null, first: PAGE, after: f.after },
    fetchPolicy: 'cache-and-network',
  });
  const channelOptions = CHANNELS.map((c) => ({ value: c, label: t(`publication.channel.${c}`) }));
  const conn = data?.publications;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const title = (row: Row) => (
    <Space size={4} wrap>
      {row.pinned && <Tag color="gold">{t('publication.pinned')}</Tag>}
      {row.isNew && <Tag color="red">{t('publication.new')}</Tag>}
      <Link to={publicationUrl(row.id)} data-testid="publication-title">
        {row.title}
      </Link>
    </Space>
  );

  return (
    <ListPage
      title={t('nav.publication')}
      actions={
        <Button
          type="primary"
          onClick={() => navigate(publicationNewUrl(f.channel ?? 'NEWS'))}
          data-testid="publication-new"
        >
          {t('publication.new.button')}
        </Button>
      }
      filters={
        <ListFilters>
          {compact ? (
            <Select
              aria-label={t('publication.channel')}
              data-testid="publication-channel-filter"
              value={f.channel}
              onChange={(v) => list.set({ channel: v })}
              options={channelOptions}
              style={style(160)}
            />
          ) : (
            <Segmented
              value={f.channel ?? 'NEWS'}
              onChange={(v) => list.set({ channel: v as (typeof CHANNELS)[number] })}
              options={channelOptions}
            />
          )}
          <Select
            allowClear
            placeholder={t('publication.status')}
            aria-label={t('publication.status')}
            value={f.status ?? undefined}
            onChange={(v) => list.set({ status: v ?? null })}
            options={STATUSES.map((s) => ({ value: s, label: t(`publication.status.${s}`) }))}
            style={style(160)}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        onOpenCard={(row) => navigate(publicationUrl(row.id))}
        columns={[
          { title: t('publication.title'), key: 'title', render: (_: unknown, row) => title(row) },
          { title: t('publication.place'), dataIndex: 'placeName' },
          { title: t('publication.publisher'), dataIndex: 'publisherName' },
          {
            title: t('publication.status'),
            key: 'status',
            render: (_: unknown, row) => <StatusTag status={row.status} />,
          },
          {
            title: t('publication.publishedAt'),
            key: 'at',
            render: (_: unknown, row) => formatTime(row.publishedAt ?? row.createdAt),
          },
          { title: t('publication.views'), dataIndex: 'viewCount' },
        ]}
        renderCard={(row) => (
          <>
            {title(row)}
            <div>
              <StatusTag status={row.status} /> {row.placeName} · {formatTime(row.publishedAt ?? row.createdAt)} ·{' '}
              {t('publication.views')} {row.viewCount}
            </div>
          </>
        )}
      />
    </ListPage>
  );
}
