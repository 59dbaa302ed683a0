import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Segmented, Tag } from 'antd';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { CompleteErasureDocument, ErasureRequestsDocument } from '../graphql/privacy';
import { PRIVACY_PARAMS } from '../urls';

const PAGE = 20;
type Status = 'PENDING' | 'COMPLETED';

interface Row {
  id: string;
  status: Status;
  createdAt: string;
  dueAt: string;
  completedAt?: string | null;
  overdue: boolean;
}

/** Residents' erasure requests in the viewer's reach, oldest (soonest due) first, with a complete button. */
export function ErasureRequestsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(PRIVACY_PARAMS);
  const status: Status = list.values.status === 'COMPLETED' ? 'COMPLETED' : 'PENDING';
  const { data, loading, error } = useQuery(ErasureRequestsDocument, {
    variables: { status, first: PAGE, after: list.values.after },
  });
  const [complete, completing] = useMutation(CompleteErasureDocument, { refetchQueries: ['ErasureRequests'] });
  const conn = data?.erasureRequests;
  const rows: Row[] = conn?.edges.map((e) => e.node as Row) ?? [];
  const run = async (id: string) => {
    try {
      await complete({ variables: { id } });
      message.success(t('privacy.completed'));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const due = (row: Row) => (
    <>
      {formatTime(row.dueAt)} {row.overdue ? <Tag color="red">{t('privacy.overdue')}</Tag> : null}
    </>
  );
  const action = (row: Row) =>
    row.status === 'PENDING' ? (
      <Popconfirm title={t('privacy.completeConfirm')} onConfirm={() => run(row.id)}>
        <Button size="small" type="primary" danger loading={completing.loading} data-testid="complete-erasure">
          {t('privacy.complete')}
        </Button>
      </Popconfirm>
    ) : (
      formatTime(row.completedAt ?? '')
    );

  return (
    <ListPage
      title={t('nav.privacy')}
      filters={
        <ListFilters>
          <Segmented
            aria-label={t('privacy.status')}
            value={status}
            onChange={(v) => list.set({ status: String(v) })}
            options={(['PENDING', 'COMPLETED'] as const).map((s) => ({ value: s, label: t(`privacy.status.${s}`) }))}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: list.values.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        columns={[
          { title: t('privacy.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          { title: t('privacy.dueAt'), key: 'due', render: (_: unknown, row: Row) => due(row) },
          { title: t('privacy.status'), key: 'action', render: (_: unknown, row: Row) => action(row) },
        ]}
        renderCard={(row) => (
          <>
            {formatTime(row.createdAt)} · {due(row)} · {action(row)}
          </>
        )}
      />
    </ListPage>
  );
}
