import { useQuery } from '@apollo/client/react';
import { Card, Grid, Space, Typography } from 'antd';
import { useErrorText } from '../../../app/errors';
import { dayRangeInstants } from '../../../app/format';
import { Pager } from '../../../app/Pager';
import { useUrlState } from '../../../app/url';
import { useI18n } from '../../../i18n';
import { TicketFilterBar } from '../components/TicketFilterBar';
import { TicketList } from '../components/TicketList';
import { TicketFilterOptionsDocument, TicketListDocument } from '../graphql/tickets';
import { parseTicketParams, type TicketFilters, ticketParamsPatch } from '../urls';
import { TicketDrawer } from './TicketDrawer';

const PAGE = 20;

/** 工单工作台: tickets in the viewer's scope, newest first, filtered through the URL; `?ticket=` opens one. */
export function TicketWorkbenchView() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useUrlState();
  const f = parseTicketParams(params);

  const options = useQuery(TicketFilterOptionsDocument, {
    variables: { communityId: f.community, withCategories: false, categoryCommunityId: '' },
  });
  const communities = options.data?.communities.edges.map((e) => e.node) ?? [];
  // Categories belong to a community: the chosen one, or the only one in scope.
  const categoryCommunity = f.community ?? (communities.length === 1 ? communities[0]?.id : undefined);
  const categories = useQuery(TicketFilterOptionsDocument, {
    variables: {
      communityId: categoryCommunity ?? null,
      withCategories: true,
      categoryCommunityId: categoryCommunity ?? '',
    },
    skip: !categoryCommunity,
  });

  const { data, loading, error } = useQuery(TicketListDocument, {
    variables: {
      states: f.states.length ? f.states : null,
      communityId: f.community,
      categoryId: f.category,
      estateId: f.estate,
      organisationId: f.org,
      overdue: f.overdue ? true : null,
      // Dates in the URL are Shanghai calendar days; the API takes instants.
      ...dayRangeInstants(f.from, f.to),
      search: f.q,
      first: PAGE,
      after: f.after,
    },
    notifyOnNetworkStatusChange: true,
  });
  const conn = data?.tickets;
  const change = (patch: TicketFilters) => setParams(ticketParamsPatch({ ...patch, after: null }));

  return (
    <Card
      title={t('nav.tickets')}
      size="small"
      extra={
        compact ? null : (
          <Typography.Text type="secondary">{t('common.total', { count: conn?.totalCount ?? 0 })}</Typography.Text>
        )
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <TicketFilterBar
          filters={f}
          compact={compact}
          communities={communities.map((c) => ({ value: c.id, label: c.name }))}
          categories={(categories.data?.ticketCategories ?? []).map((c) => ({
            value: c.id,
            label: locale === 'zh-CN' ? c.nameZh : c.nameEn,
          }))}
          estates={(options.data?.estates.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
          organisations={(options.data?.organisations.edges ?? []).map((e) => ({
            value: e.node.id,
            label: e.node.name,
          }))}
          onChange={change}
          onReset={() =>
            setParams({
              states: null,
              community: null,
              category: null,
              estate: null,
              org: null,
              overdue: null,
              from: null,
              to: null,
              q: null,
              after: null,
            })
          }
        />
        {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
        <TicketList
          rows={conn?.edges.map((e) => e.node) ?? []}
          loading={loading}
          compact={compact}
          onOpen={(id) => setParams({ ticket: id })}
        />
        <Pager
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage}
          endCursor={conn?.pageInfo.endCursor}
          after={f.after}
          onPage={(a) => setParams({ after: a })}
        />
      </Space>
      <TicketDrawer ticketId={f.ticket} onClose={() => setParams({ ticket: null })} />
    </Card>
  );
}
