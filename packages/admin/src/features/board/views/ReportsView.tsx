import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Segmented, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable } from '../../../app/list';
import type { TicketReportState, TicketReportsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { ticketUrl } from '../../tickets/urls';
import { CommunitySelect } from '../components/CommunitySelect';
import { HandleTicketReportDocument, TicketReportsDocument } from '../graphql/board';
import { useBoardCommunity } from '../useBoardCommunity';

const PAGE = 20;
type Row = TicketReportsQuery['ticketReports']['edges'][number]['node'];

/** 举报处理: residents' reports of public tickets, open ones first; staff open the ticket to hide a text. */
export function ReportsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { list, communities, communityId, setCommunity } = useBoardCommunity();
  const state = (list.values.state ?? 'OPEN') as TicketReportState | 'ALL';
  const { data, loading, error } = useQuery(TicketReportsDocument, {
    variables: {
      communityId: communityId ?? '',
      state: state === 'ALL' ? null : state,
      first: PAGE,
      after: list.values.after,
    },
    skip: !communityId,
  });
  const [handle, handling] = useMutation(HandleTicketReportDocument, { refetchQueries: ['TicketReports'] });
  const conn = data?.ticketReports;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  const markHandled = async (id: string) => {
    try {
      await handle({ variables: { input: { id } } });
      message.success(t('common.saved'));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const stateTag = (r: Row) => (
    <Tag color={r.state === 'OPEN' ? 'orange' : 'default'}>{t(`board.reports.state.${r.state}`)}</Tag>
  );
  const actions = (r: Row) => (
    <Space size={6} wrap>
      <Link to={ticketUrl(r.ticket.id)}>{t('board.reports.open')}</Link>
      {r.state === 'OPEN' && (
        <Button size="small" loading={handling.loading} onClick={() => markHandled(r.id)}>
          {t('board.reports.handle')}
        </Button>
      )}
    </Space>
  );

  return (
    <ListPage
      title={t('board.reports.title')}
      filters={
        <ListFilters>
          <CommunitySelect communities={communities} value={communityId} onChange={setCommunity} />
          <Segmented
            value={state}
            onChange={(v) => list.set({ state: String(v), after: null })}
            options={[
              { value: 'OPEN', label: t('board.reports.state.OPEN') },
              { value: 'HANDLED', label: t('board.reports.state.HANDLED') },
              { value: 'ALL', label: t('board.reports.all') },
            ]}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: list.values.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        size="small"
        loading={loading}
        columns={[
          {
            title: t('board.reports.ticket'),
            key: 'ticket',
            render: (_, r) => (
              <Link to={ticketUrl(r.ticket.id)}>
                {r.ticket.number} · {r.ticket.title}
              </Link>
            ),
          },
          { title: t('board.reports.reason'), dataIndex: 'reason' },
          { title: t('board.reports.at'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          { title: t('users.status'), key: 'state', render: (_, r) => stateTag(r) },
          { title: t('common.actions'), key: 'actions', render: (_, r) => actions(r) },
        ]}
        renderCard={(r) => (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong ellipsis>
                {r.ticket.number} · {r.ticket.title}
              </Typography.Text>
              {stateTag(r)}
            </Space>
            <Typography.Text>{r.reason}</Typography.Text>
            <Typography.Text type="secondary">{formatTime(r.createdAt)}</Typography.Text>
            {actions(r)}
          </Space>
        )}
      />
    </ListPage>
  );
}
