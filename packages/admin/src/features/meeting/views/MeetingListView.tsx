import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { MeetingCommunitiesDocument, MeetingListDocument } from '../graphql/meeting';
import { MEETING_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  name: string;
  createdAt: string;
}

/** The meeting records of a community, newest first. */
export function MeetingListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(MEETING_PARAMS);
  const f = list.values;
  const communities = useQuery(MeetingCommunitiesDocument);
  const { data, loading, error } = useQuery(MeetingListDocument, {
    variables: { communityId: f.community ?? '', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const conn = data?.meetings;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  return (
    <ListPage
      title={t('nav.meeting')}
      filters={
        <ListFilters>
          <Select
            placeholder={t('meeting.community')}
            aria-label={t('meeting.community')}
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
          { title: t('meeting.name'), dataIndex: 'name' },
          { title: t('meeting.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
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
