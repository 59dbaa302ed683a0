import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { VolunteerCommunitiesDocument, VolunteerListDocument } from '../graphql/volunteer';
import { VOLUNTEER_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  name: string;
  createdAt: string;
}

/** The volunteer records of a community, newest first. */
export function VolunteerListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(VOLUNTEER_PARAMS);
  const f = list.values;
  const communities = useQuery(VolunteerCommunitiesDocument);
  const { data, loading, error } = useQuery(VolunteerListDocument, {
    variables: { communityId: f.community ?? '', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const conn = data?.volunteers;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  return (
    <ListPage
      title={t('nav.volunteer')}
      filters={
        <ListFilters>
          <Select
            placeholder={t('volunteer.community')}
            aria-label={t('volunteer.community')}
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
          { title: t('volunteer.name'), dataIndex: 'name' },
          { title: t('volunteer.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
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
