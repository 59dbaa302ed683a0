import { Badge, Calendar, Empty, List, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { formatTime } from '../../../app/format';
import { useCompact } from '../../../app/list';
import type { MeetingListQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

type Row = MeetingListQuery['meetings']['edges'][number]['node'];

const STATE_STATUS: Record<Row['state'], 'processing' | 'success' | 'default'> = {
  PLANNED: 'processing',
  HELD: 'success',
  CANCELLED: 'default',
};

/**
 * The meetings of a community on a month calendar: titles in the day cells on a desktop, a small
 * calendar on a phone; the chosen day's meetings are listed under it either way.
 */
export function MeetingCalendar(props: { rows: Row[]; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const compact = useCompact();
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const byDay = useMemo(() => {
    const map = new Map<string, Row[]>();
    for (const row of [...props.rows].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
      const key = dayjs(row.startsAt).format('YYYY-MM-DD');
      map.set(key, [...(map.get(key) ?? []), row]);
    }
    return map;
  }, [props.rows]);
  const ofDay = byDay.get(day.format('YYYY-MM-DD')) ?? [];

  return (
    <div data-testid="meeting-calendar">
      <Calendar
        fullscreen={!compact}
        value={day}
        onSelect={(d) => setDay(d)}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const rows = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          if (!rows.length) return null;
          if (compact) return <Badge color="red" data-testid="calendar-day-marker" />;
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {rows.map((r) => (
                <li key={r.id}>
                  <Badge
                    status={STATE_STATUS[r.state]}
                    text={
                      <Typography.Link
                        data-testid="calendar-meeting"
                        onClick={(e) => {
                          e.stopPropagation();
                          props.onOpen(r.id);
                        }}
                      >
                        {dayjs(r.startsAt).format('HH:mm')} {r.title}
                      </Typography.Link>
                    }
                  />
                </li>
              ))}
            </ul>
          );
        }}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('meeting.calendar.dayTitle', { day: day.format('YYYY-MM-DD') })}
      </Typography.Title>
      {ofDay.length ? (
        <List
          size="small"
          dataSource={ofDay}
          renderItem={(r) => (
            <List.Item
              data-testid="calendar-day-meeting"
              onClick={() => props.onOpen(r.id)}
              style={{ cursor: 'pointer' }}
            >
              <Typography.Link>{r.title}</Typography.Link>
              <span>
                {formatTime(r.startsAt)} <Tag style={{ marginInlineEnd: 0 }}>{t(`meeting.state.${r.state}`)}</Tag>
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meeting.calendar.none')} />
      )}
    </div>
  );
}
