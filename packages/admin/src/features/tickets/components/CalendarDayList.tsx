import { Button, Empty, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { CalendarDaysQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export type CalendarDayRow = CalendarDaysQuery['calendarDays']['days'][number];

/** The staff entries of a year; a remove button only for those who may edit. Props only. */
export function CalendarDayList(props: {
  rows: CalendarDayRow[];
  loading: boolean;
  compact: boolean;
  canManage: boolean;
  busyDate: string | null;
  onRemove(date: string): void;
}) {
  const { t } = useI18n();
  const kindTag = (r: CalendarDayRow) => (
    <Tag color={r.kind === 'HOLIDAY' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
      {t(`calendar.kind.${r.kind}`)}
    </Tag>
  );
  const weekday = (date: string) => dayjs(date).format('ddd');
  const remove = (r: CalendarDayRow) =>
    props.canManage && (
      <Popconfirm
        title={t('calendar.confirmRemove', { date: r.date })}
        onConfirm={() => props.onRemove(r.date)}
        okText={t('calendar.remove')}
        cancelText={t('common.cancel')}
      >
        <Button size="small" danger loading={props.busyDate === r.date}>
          {t('calendar.remove')}
        </Button>
      </Popconfirm>
    );
  const empty = <Empty description={t('calendar.empty')} />;
  if (props.compact) {
    return (
      <List
        loading={props.loading}
        dataSource={props.rows}
        locale={{ emptyText: empty }}
        renderItem={(r) => (
          <List.Item key={r.date} extra={remove(r)} data-testid="calendar-day">
            <Space size={6} wrap>
              <Typography.Text strong>
                {r.date} {weekday(r.date)}
              </Typography.Text>
              {kindTag(r)}
              <Typography.Text>{r.name}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    );
  }
  const columns: ColumnsType<CalendarDayRow> = [
    { title: t('calendar.date'), key: 'date', render: (_, r) => `${r.date} ${weekday(r.date)}` },
    { title: t('calendar.kind'), key: 'kind', render: (_, r) => kindTag(r) },
    { title: t('calendar.name'), dataIndex: 'name' },
    { title: t('calendar.updatedBy'), key: 'by', render: (_, r) => r.updatedBy?.displayName ?? '—' },
    ...(props.canManage
      ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, r: CalendarDayRow) => remove(r) }]
      : []),
  ];
  return (
    <Table<CalendarDayRow>
      rowKey="date"
      size="small"
      loading={props.loading}
      columns={columns}
      dataSource={props.rows}
      pagination={false}
      locale={{ emptyText: empty }}
      onRow={() => ({ 'data-testid': 'calendar-day' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
