import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { BoardCommunitiesDocument, BoardListDocument } from '../graphql/board';
import { BOARD_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  name: string;
  createdAt: string;
}

/** The board records of a community, newest first. */
export function BoardListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(BOARD_PARAMS);
  const f = list.values;
  const communities = useQuery(BoardCommunitiesDocument);
  const { data, loading, error } = useQuery(BoardListDocument, {
    variables: { communityId: f.community ?? '', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const conn = data?.boards;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  return (
    <ListPage
      title={t('nav.board')}
      filters={
        <ListFilters>
          <Select
            placeholder={t('board.community')}
            aria-label={t('board.community')}
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
          { title: t('board.name'), dataIndex: 'name' },
          { title: t('board.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
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
