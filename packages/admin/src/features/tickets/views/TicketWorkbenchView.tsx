import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { dayRangeInstants } from '../../../app/format';
import { ListPage, useListParams, usePageSize } from '../../../app/list';
import { getFragmentData } from '../../../gql/fragment-masking';
import { useI18n } from '../../../i18n';
import { ExportButton } from '../../analysis/components/ExportButton';
import { BulkBar, type Selected } from '../../ticket-intake/BulkBar';
import { IntakeButton } from '../../ticket-intake/IntakeModal';
import { TicketFilterBar } from '../components/TicketFilterBar';
import { TicketList, TicketRowFields } from '../components/TicketList';
import { TicketFilterOptionsDocument, TicketListDocument } from '../graphql/tickets';
import { TICKET_PARAMS } from '../urls';
import { TicketDrawer } from './TicketDrawer';

const PAGE = 20;

/** 工单工作台: tickets in the viewer's scope, newest first, filtered through the URL; `?ticket=` opens one. */
export function TicketWorkbenchView() {
  const { t, locale } = useI18n();
  const list = useListParams(TICKET_PARAMS);
  const f = list.values;
  const [pageSize, setPageSize] = usePageSize(PAGE);

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

  // Bulk work (ticket desk): the selected tickets, with the version each was seen at.
  const [selected, setSelected] = useState<Selected[]>([]);

  const { data, loading, error, refetch } = useQuery(TicketListDocument, {
    variables: {
      states: f.states.length ? f.states : null,
      communityId: f.community,
      categoryId: f.category,
      estateId: f.estate,
      organisationId: f.org,
      overdue: f.overdue ? true : null,
      sources: f.sources.length ? f.sources : null,
      // Dates in the URL are Shanghai calendar days; the API takes instants.
      ...dayRangeInstants(f.from, f.to),
      search: f.q,
      // The desk's filters (features/ticket-desk).
      priorities: f.priorities.length ? f.priorities : null,
      acknowledged: f.unacked ? false : null,
      supervised: f.supervised ? true : null,
      first: pageSize,
      after: f.after,
    },
    notifyOnNetworkStatusChange: true,
  });
  const conn = data?.tickets;

  return (
    <ListPage
      title={t('nav.tickets')}
      totalInHeader
      actions={
        <>
          <IntakeButton communityId={f.community} onCreated={(id) => list.set({ ticket: id })} />
          <ExportButton
            path="tickets"
            fileName={t('nav.tickets')}
            query={{
              states: f.states.join(','),
              communityId: f.community,
              categoryId: f.category,
              estateId: f.estate,
              organisationId: f.org,
              overdue: f.overdue ? 'true' : null,
              ...dayRangeInstants(f.from, f.to),
              search: f.q,
            }}
          />
        </>
      }
      filters={
        <TicketFilterBar
          filters={f}
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
          onChange={list.set}
          onReset={list.reset}
        />
      }
      notice={
        <BulkBar
          selected={selected}
          organisations={(options.data?.organisations.edges ?? []).map((e) => ({
            value: e.node.id,
            label: e.node.name,
          }))}
          onClear={() => setSelected([])}
          onDone={() => {
            setSelected([]);
            void refetch();
          }}
        />
      }
      error={error}
      paging={{
        connection: conn,
        after: f.after,
        onPage: (after) => list.set({ after }),
        pageSize,
        onPageSize: setPageSize,
      }}
      overlays={<TicketDrawer ticketId={f.ticket} onClose={() => list.set({ ticket: null })} />}
    >
      <TicketList
        rows={conn?.edges.map((e) => e.node) ?? []}
        loading={loading}
        onOpen={(id) => list.set({ ticket: id })}
        selected={selected.map((s) => s.id)}
        onSelect={(id, on) => {
          const row = conn?.edges.map((e) => getFragmentData(TicketRowFields, e.node)).find((r) => r.id === id);
          if (!row) return;
          setSelected((now) =>
            on
              ? [...now.filter((s) => s.id !== id), { id, title: row.title, version: row.version }]
              : now.filter((s) => s.id !== id),
          );
        }}
      />
    </ListPage>
  );
}
