import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Input, Popconfirm, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { VenueFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { BookingTable } from '../components/BookingTable';
import { mondayOf } from '../components/time';
import { VenueForm } from '../components/VenueForm';
import { WeekTimeline } from '../components/WeekTimeline';
import {
  ArchiveVenueDocument,
  BookingListDocument,
  BookingRowDoc,
  VenueCommunitiesDocument,
  VenueFieldsDoc,
  VenueListDocument,
  VenueUsageDocument,
} from '../graphql/venue';
import { VENUE_PARAMS, VENUE_TABS, type VenueTab } from '../urls';
import { useBookingActions } from './useBookingActions';

const PAGE = 20;

/**
 * The venue console (场地预约): venue management, the approval queue, a week timeline per venue,
 * check-in at the door, and usage figures — one page, its tab and filters in the URL.
 */
export function VenueConsoleView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(VENUE_PARAMS);
  const f = list.values;
  const communities = useQuery(VenueCommunitiesDocument);
  const communityId = f.community ?? communities.data?.communities.edges[0]?.node.id ?? '';
  const venues = useQuery(VenueListDocument, {
    variables: {
      communityId,
      first: f.tab === 'venues' ? PAGE : 100,
      after: f.tab === 'venues' ? f.after : null,
      includeArchived: f.archived,
    },
    skip: !communityId,
  });
  const venueRows = getFragmentData(VenueFieldsDoc, venues.data?.venues.edges.map((e) => e.node) ?? []);
  const venueOptions = venueRows.map((v) => ({ value: v.id, label: v.name }));

  const filters = (
    <ListFilters>
      <Select
        placeholder={t('venue.pickCommunity')}
        aria-label={t('venue.community')}
        value={communityId || undefined}
        onChange={(v) => list.set({ community: v ?? null, venue: null })}
        options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        style={style(200)}
      />
      {(f.tab === 'timeline' || f.tab === 'queue' || f.tab === 'checkIn') && (
        <Select
          allowClear
          placeholder={t('venue.allVenues')}
          aria-label={t('venue.pickVenue')}
          value={f.venue ?? undefined}
          onChange={(v) => list.set({ venue: v ?? null })}
          options={venueOptions}
          style={style(180)}
        />
      )}
    </ListFilters>
  );

  const body: Record<VenueTab, React.ReactNode> = {
    venues: <VenueTable rows={venueRows} loading={venues.loading} onEdit={(id) => list.set({ edit: id })} />,
    queue: (
      <Queue communityId={communityId} venueId={f.venue} after={f.after} onPage={(after) => list.set({ after })} />
    ),
    timeline: (
      <Timeline
        communityId={communityId}
        venueId={f.venue}
        venues={venueRows}
        monday={mondayOf(f.week)}
        onWeek={(week) => list.set({ week })}
      />
    ),
    checkIn: <CheckIn communityId={communityId} venueId={f.venue} venues={venueOptions} />,
    usage: (
      <Usage
        communityId={communityId}
        month={f.month ?? dayjs().format('YYYY-MM')}
        onMonth={(m) => list.set({ month: m })}
      />
    ),
  };

  const editing = f.edit === 'new' ? null : (venueRows.find((v) => v.id === f.edit) ?? null);
  return (
    <ListPage
      title={t('nav.venue')}
      filters={filters}
      error={venues.error ?? communities.error}
      actions={
        f.tab === 'venues' && communityId ? (
          <Button type="primary" onClick={() => list.set({ edit: 'new' })} data-testid="venue-new">
            {t('venue.new')}
          </Button>
        ) : undefined
      }
      paging={
        f.tab === 'venues'
          ? { connection: venues.data?.venues, after: f.after, onPage: (after) => list.set({ after }) }
          : undefined
      }
      overlays={
        <VenueForm
          open={Boolean(f.edit) && (f.edit === 'new' || editing !== null)}
          communityId={communityId}
          venue={editing}
          onClose={() => list.set({ edit: null })}
        />
      }
    >
      <Tabs
        activeKey={f.tab ?? 'venues'}
        onChange={(k) => list.set({ tab: k as VenueTab, after: null })}
        items={VENUE_TABS.map((k) => ({ key: k, label: t(`venue.tab.${k}`), children: k === f.tab ? body[k] : null }))}
      />
    </ListPage>
  );
}

function VenueTable(props: { rows: readonly VenueFieldsFragment[]; loading: boolean; onEdit(id: string): void }) {
  const { t } = useI18n();
  const [archive] = useMutation(ArchiveVenueDocument, { refetchQueries: ['VenueList'] });
  const quota = (v: VenueFieldsFragment) => `${v.weeklyQuota ?? '∞'} / ${v.monthlyQuota ?? '∞'}`;
  const rules = (v: VenueFieldsFragment) =>
    `${v.slotMinutes}′ · ${v.minMinutes}–${v.maxMinutes}′ · ≤${v.horizonDays}d · ≥${v.leadMinutes}′`;
  const buttons = (v: VenueFieldsFragment) => (
    <Space size={4}>
      {v.viewerCan.update && (
        <Button size="small" onClick={() => props.onEdit(v.id)}>
          {t('venue.edit')}
        </Button>
      )}
      {v.viewerCan.archive && (
        <Popconfirm title={t('venue.archive.confirm')} onConfirm={() => archive({ variables: { id: v.id } })}>
          <Button size="small" danger>
            {t('venue.archive')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
  const tags = (v: VenueFieldsFragment) => (
    <>
      {v.approvalRequired && <Tag color="gold">{t('venue.approvalRequired')}</Tag>}
      {v.archivedAt && <Tag>{t('venue.archived')}</Tag>}
    </>
  );
  return (
    <ResponsiveTable<VenueFieldsFragment>
      rows={props.rows}
      rowKey="id"
      loading={props.loading}
      columns={[
        {
          title: t('venue.name'),
          key: 'name',
          render: (_, v) => (
            <>
              {v.name} {tags(v)}
            </>
          ),
        },
        { title: t('venue.capacity'), dataIndex: 'capacity' },
        { title: t('venue.rules'), key: 'rules', render: (_, v) => rules(v) },
        { title: t('venue.quota'), key: 'quota', render: (_, v) => quota(v) },
        { title: '', key: 'actions', render: (_, v) => buttons(v) },
      ]}
      renderCard={(v) => (
        <Space direction="vertical" size={4}>
          <span>
            <strong>{v.name}</strong> {tags(v)}
          </span>
          <span>
            {t('venue.capacity')} {v.capacity} · {rules(v)} · {t('venue.quota')} {quota(v)}
          </span>
          {buttons(v)}
        </Space>
      )}
    />
  );
}

function Queue(props: {
  communityId: string;
  venueId: string | null;
  after: string | null;
  onPage(a: string | null): void;
}) {
  const { t } = useI18n();
  const q = useQuery(BookingListDocument, {
    variables: {
      communityId: props.communityId,
      first: PAGE,
      after: props.after,
      venueId: props.venueId,
      statuses: ['PENDING'],
    },
    skip: !props.communityId,
    fetchPolicy: 'cache-and-network',
  });
  const rows = getFragmentData(BookingRowDoc, q.data?.bookings.edges.map((e) => e.node) ?? []);
  return (
    <div data-testid="venue-queue">
      <BookingTable rows={rows} loading={q.loading} actions={['approve', 'reject']} empty={t('booking.queue.empty')} />
    </div>
  );
}

function Timeline(props: {
  communityId: string;
  venueId: string | null;
  venues: { id: string; name: string }[];
  monday: string;
  onWeek(day: string): void;
}) {
  const { t } = useI18n();
  const from = dayjs(props.monday);
  const q = useQuery(BookingListDocument, {
    variables: {
      communityId: props.communityId,
      first: 100,
      venueId: props.venueId,
      statuses: ['PENDING', 'APPROVED', 'CHECKED_IN', 'NO_SHOW'],
      from: from.toISOString(),
      to: from.add(7, 'day').toISOString(),
    },
    skip: !props.communityId,
    fetchPolicy: 'cache-and-network',
  });
  const week = (n: number) => props.onWeek(from.add(n * 7, 'day').format('YYYY-MM-DD'));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => week(-1)}>{t('timeline.prev')}</Button>
        <Button onClick={() => props.onWeek(mondayOf())}>{t('timeline.thisWeek')}</Button>
        <Button onClick={() => week(1)}>{t('timeline.next')}</Button>
        <span>
          {from.format('YYYY-MM-DD')} – {from.add(6, 'day').format('MM-DD')}
        </span>
      </Space>
      <WeekTimeline
        monday={props.monday}
        venues={props.venues}
        bookings={getFragmentData(BookingRowDoc, q.data?.bookings.edges.map((e) => e.node) ?? [])}
      />
    </Space>
  );
}

function CheckIn(props: { communityId: string; venueId: string | null; venues: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const act = useBookingActions();
  const [venue, setVenue] = useState<string | undefined>(props.venueId ?? undefined);
  const [code, setCode] = useState('');
  // Today's bookings, and after 23:30 also those starting just after midnight: check-in opens
  // 30 minutes before the start (the server's rule). Fixed once per visit so the query is stable.
  const [span] = useState(() => {
    const from = dayjs().startOf('day');
    const soon = dayjs().add(30, 'minute');
    const end = from.add(1, 'day');
    return { from: from.toISOString(), to: (soon.isAfter(end) ? soon : end).toISOString() };
  });
  const q = useQuery(BookingListDocument, {
    variables: {
      communityId: props.communityId,
      first: 100,
      venueId: props.venueId,
      statuses: ['APPROVED', 'CHECKED_IN'],
      from: span.from,
      to: span.to,
    },
    skip: !props.communityId,
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          placeholder={t('venue.pickVenue')}
          aria-label={t('venue.pickVenue')}
          value={venue}
          onChange={setVenue}
          options={props.venues}
          style={{ minWidth: 160 }}
        />
        <Input
          placeholder={t('booking.code.hint')}
          aria-label={t('booking.code')}
          value={code}
          maxLength={6}
          inputMode="numeric"
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          style={{ width: 220 }}
        />
        <Button
          type="primary"
          disabled={!venue || code.length !== 6 || act.busy}
          onClick={async () => {
            if (venue && (await act.checkIn({ venueId: venue, code }))) setCode('');
          }}
        >
          {t('booking.checkInByCode')}
        </Button>
      </Space>
      <h4 style={{ margin: '8px 0 0' }}>{t('booking.today')}</h4>
      <BookingTable
        rows={getFragmentData(BookingRowDoc, q.data?.bookings.edges.map((e) => e.node) ?? [])}
        loading={q.loading}
        actions={['checkIn', 'cancel']}
      />
    </Space>
  );
}

function Usage(props: { communityId: string; month: string; onMonth(m: string): void }) {
  const { t } = useI18n();
  const q = useQuery(VenueUsageDocument, {
    variables: { communityId: props.communityId, month: props.month },
    skip: !props.communityId,
    fetchPolicy: 'cache-and-network',
  });
  const rows = q.data?.venueUsage ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input
        type="month"
        aria-label={t('usage.month')}
        value={props.month}
        onChange={(e) => e.target.value && props.onMonth(e.target.value)}
        style={{ width: 180 }}
      />
      <Table
        size="small"
        rowKey="venueId"
        loading={q.loading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: t('booking.venue'), dataIndex: 'venueName' },
          { title: t('usage.bookings'), dataIndex: 'bookings' },
          { title: t('usage.noShows'), dataIndex: 'noShows' },
          {
            title: t('usage.noShowRate'),
            dataIndex: 'noShowRate',
            render: (r: number) => `${Math.round(r * 1000) / 10}%`,
          },
          { title: t('usage.hoursUsed'), dataIndex: 'hoursUsed' },
        ]}
      />
    </Space>
  );
}
