import { useQuery } from '@apollo/client/react';
import { Button, Segmented, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import type { MeetingListQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CreateMeetingModal } from '../components/CreateMeetingModal';
import { MeetingCalendar } from '../components/MeetingCalendar';
import { MeetingCommunitiesDocument, MeetingListDocument } from '../graphql/meeting';
import { actionItemsUrl, MEETING_PARAMS } from '../urls';
import { MeetingDrawer } from './MeetingDrawer';

const PAGE = 20;
const CALENDAR_PAGE = 100;
type Row = MeetingListQuery['meetings']['edges'][number]['node'];
const STATE_COLOR = { PLANNED: 'processing', HELD: 'success', CANCELLED: 'default' } as const;

/** 圆桌会: a community's meetings, newest first; a meeting opens in its drawer (`?meeting=`). */
export function MeetingListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(MEETING_PARAMS);
  const f = list.values;
  const [creating, setCreating] = useState(false);
  const communities = useQuery(MeetingCommunitiesDocument);
  const community = f.community ?? communities.data?.communities.edges[0]?.node.id ?? null;
  const calendar = f.view === 'calendar';
  // The calendar places the community's newest meetings (up to a page of 100) on their days.
  const { data, loading, error, refetch } = useQuery(MeetingListDocument, {
    variables: {
      communityId: community ?? '',
      state: f.state,
      first: calendar ? CALENDAR_PAGE : PAGE,
      after: calendar ? null : f.after,
    },
    skip: !community,
  });
  const conn = data?.meetings;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const state = (s: Row['state']) => (
    <Tag color={STATE_COLOR[s]} style={{ marginInlineEnd: 0 }}>
      {t(`meeting.state.${s}`)}
    </Tag>
  );

  return (
    <ListPage
      title={t('nav.meeting')}
      actions={
        <Space wrap>
          <Link to={actionItemsUrl({ community: community ?? undefined })}>{t('meeting.actions')}</Link>
          <Button type="primary" disabled={!community} onClick={() => setCreating(true)} data-testid="meeting-new">
            {t('meeting.new')}
          </Button>
        </Space>
      }
      filters={
        <ListFilters>
          <Select
            placeholder={t('meeting.community')}
            aria-label={t('meeting.community')}
            value={community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(200)}
          />
          <Select
            allowClear
            placeholder={t('meeting.state')}
            aria-label={t('meeting.state')}
            value={f.state ?? undefined}
            onChange={(v) => list.set({ state: v ?? null })}
            options={(['PLANNED', 'HELD', 'CANCELLED'] as const).map((s) => ({
              value: s,
              label: t(`meeting.state.${s}`),
            }))}
            style={style(140)}
          />
          <Segmented
            data-testid="meeting-view"
            value={f.view}
            onChange={(v) => list.set({ view: v === 'calendar' ? 'calendar' : null })}
            options={[
              { value: 'list', label: t('meeting.view.list') },
              { value: 'calendar', label: t('meeting.view.calendar') },
            ]}
          />
        </ListFilters>
      }
      error={error}
      paging={calendar ? undefined : { connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <>
          {community && (
            <CreateMeetingModal
              communityId={community}
              open={creating}
              onClose={(id) => {
                setCreating(false);
                if (id) {
                  void refetch();
                  list.set({ meeting: id });
                }
              }}
            />
          )}
          <MeetingDrawer meetingId={f.meeting} onClose={() => list.set({ meeting: null })} />
        </>
      }
    >
      {calendar ? (
        <MeetingCalendar rows={rows} onOpen={(id) => list.set({ meeting: id })} />
      ) : (
        <ResponsiveTable<Row>
          rows={rows}
          rowKey="id"
          loading={loading}
          rowProps={(row) => ({ 'data-testid': `meeting-row-${row.id}` })}
          onOpenCard={(row) => list.set({ meeting: row.id })}
          columns={[
            {
              title: t('meeting.title'),
              dataIndex: 'title',
              render: (v: string, row: Row) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => list.set({ meeting: row.id })}>
                  {v}
                </Button>
              ),
            },
            { title: t('meeting.kind'), dataIndex: 'kind', render: (k: Row['kind']) => t(`meeting.kind.${k}`) },
            { title: t('meeting.time'), dataIndex: 'startsAt', render: (v: string) => formatTime(v) },
            { title: t('meeting.place'), dataIndex: 'place' },
            { title: t('meeting.agendaCount'), key: 'agenda', render: (_: unknown, r: Row) => r.agenda.length },
            { title: t('meeting.state'), dataIndex: 'state', render: (s: Row['state']) => state(s) },
          ]}
          renderCard={(row) => (
            <Space orientation="vertical" size={2}>
              <strong>{row.title}</strong>
              <span>
                {formatTime(row.startsAt)} · {row.place} {state(row.state)}
              </span>
            </Space>
          )}
        />
      )}
    </ListPage>
  );
}
