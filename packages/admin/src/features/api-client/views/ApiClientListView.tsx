import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { ApiClientCommunitiesDocument, ApiClientListDocument } from '../graphql/api-client';
import { API_CLIENT_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  name: string;
  createdAt: string;
}

/** The apiClient records of a community, newest first. */
export function ApiClientListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(API_CLIENT_PARAMS);
  const f = list.values;
  const communities = useQuery(ApiClientCommunitiesDocument);
  const { data, loading, error } = useQuery(ApiClientListDocument, {
    variables: { communityId: f.community ?? '', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const conn = data?.apiClients;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  return (
    <ListPage
      title={t('nav.apiClient')}
      filters={
        <ListFilters>
          <Select
            placeholder={t('apiClient.community')}
            aria-label={t('apiClient.community')}
            value={f.community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(200)}
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
        columns={[
          { title: t('apiClient.name'), dataIndex: 'name' },
          { title: t('apiClient.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
        ]}
        renderCard={(row) => (
          <>
            <strong>{row.name}</strong> · {formatTime(row.createdAt)}
          </>
        )}
      />
    </ListPage>
  );
}
