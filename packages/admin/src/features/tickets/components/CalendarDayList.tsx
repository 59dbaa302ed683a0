import { Button, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { ResponsiveTable } from '../../../app/list';
import type { CalendarDaysQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export type CalendarDayRow = CalendarDaysQuery['calendarDays']['days'][number];

/** The staff entries of a year; a remove button only for those who may edit. Props only. */
export function CalendarDayList(props: {
  rows: CalendarDayRow[];
  loading: boolean;
  /** Forces a layout (tests); by default the width decides. */
  layout?: 'table' | 'cards';
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
    <ResponsiveTable<CalendarDayRow>
      rows={props.rows}
      rowKey="date"
      size="small"
      columns={columns}
      loading={props.loading}
      layout={props.layout}
      empty={t('calendar.empty')}
      cardStyle="plain"
      rowProps={() => ({ 'data-testid': 'calendar-day' })}
      renderCard={(r) => (
        <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
          <Space size={6} wrap>
            <Typography.Text strong>
              {r.date} {weekday(r.date)}
            </Typography.Text>
            {kindTag(r)}
            <Typography.Text>{r.name}</Typography.Text>
          </Space>
          {remove(r)}
        </Flex>
      )}
    />
  );
}
