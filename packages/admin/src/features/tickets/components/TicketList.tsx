import { Button, Checkbox, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatTime } from '../../../app/format';
import { ResponsiveTable } from '../../../app/list';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { TicketRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { PriorityTag } from '../../ticket-desk/components/PriorityTag';
import { SourceTag } from '../../ticket-intake/SourceTag';
import { DeadlineBadge } from './DeadlineBadge';
import { StateTag } from './StateTag';

/** The fields this component reads; the query spreads it (fragment masking keeps the rest out). */
export const TicketRowFields = graphql(`
  fragment TicketRow on Ticket {
    id
    version
    title
    state
    priority
    pinned
    source
    createdAt
    anonymous
    locationText
    category {
      id
      nameZh
      nameEn
    }
    community {
      id
      name
    }
    estate {
      id
      name
    }
    submitter {
      id
      displayName
      phone
    }
    replyDeadline {
      dueAt
      isOverdue
      workingDaysLeft
      calendarCovered
    }
  }
`);

export type TicketRow = TicketRowFragment;

interface Props {
  rows: readonly FragmentType<typeof TicketRowFields>[];
  loading: boolean;
  onOpen(id: string): void;
  /** Forces a layout (tests); by default the width decides. */
  layout?: 'table' | 'cards';
  /** Bulk work (ticket desk): the selected ids, and a change of the selection. */
  selected?: readonly string[];
  onSelect?(id: string, on: boolean): void;
}

function SelectBox({ row, props }: { row: TicketRow; props: Props }) {
  const { t } = useI18n();
  if (!props.onSelect) return null;
  return (
    <Checkbox
      aria-label={`${t('desk.bulk.select')} ${row.title}`}
      data-testid="ticket-select"
      checked={props.selected?.includes(row.id) ?? false}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => props.onSelect?.(row.id, e.target.checked)}
    />
  );
}

function useCategoryName() {
  const { locale } = useI18n();
  return (c: { nameZh: string; nameEn: string }) => (locale === 'zh-CN' ? c.nameZh : c.nameEn);
}

function Submitter({ row }: { row: TicketRow }) {
  if (!row.submitter) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text>{row.submitter.displayName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {row.submitter.phone}
      </Typography.Text>
    </Space>
  );
}

function useColumns(props: Props): ColumnsType<TicketRow> {
  const { onOpen } = props;
  const { t } = useI18n();
  const categoryName = useCategoryName();
  return [
    ...(props.onSelect
      ? [
          {
            title: '',
            key: 'select',
            width: 40,
            render: (_: unknown, r: TicketRow) => <SelectBox row={r} props={props} />,
          },
        ]
      : []),
    {
      title: t('ticket.title'),
      key: 'title',
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => onOpen(r.id)}
        >
          <Space size={6} wrap>
            <PriorityTag priority={r.priority} pinned={r.pinned} />
            {r.title}
          </Space>
        </Button>
      ),
    },
    { title: t('ticket.state'), key: 'state', render: (_, r) => <StateTag state={r.state} /> },
    { title: t('desk.source'), key: 'source', render: (_, r) => <SourceTag source={r.source} /> },
    {
      title: t('ticket.replyDeadline'),
      key: 'deadline',
      render: (_, r) => <DeadlineBadge deadline={r.replyDeadline} />,
    },
    { title: t('ticket.category'), key: 'category', render: (_, r) => categoryName(r.category) },
    {
      title: t('ticket.estate'),
      key: 'estate',
      render: (_, r) => r.estate?.name ?? <Typography.Text type="secondary">{r.community.name}</Typography.Text>,
    },
    { title: t('ticket.submitter'), key: 'submitter', render: (_, r) => <Submitter row={r} /> },
    { title: t('ticket.createdAt'), key: 'createdAt', render: (_, r) => formatTime(r.createdAt) },
  ];
}

function TicketCard({ row: r, props }: { row: TicketRow; props: Props }) {
  const categoryName = useCategoryName();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
      <Space size={8} align="start">
        <SelectBox row={r} props={props} />
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {r.title}
        </Typography.Text>
      </Space>
      <Space size={6} wrap>
        <PriorityTag priority={r.priority} pinned={r.pinned} />
        <StateTag state={r.state} />
        <SourceTag source={r.source} />
        <DeadlineBadge deadline={r.replyDeadline} />
      </Space>
      <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
        {categoryName(r.category)} · {r.estate?.name ?? r.community.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {r.submitter ? `${r.submitter.displayName} ${r.submitter.phone} · ` : ''}
        {formatTime(r.createdAt)}
      </Typography.Text>
    </Space>
  );
}

/** The workbench list: a table on desktop, cards on a phone (no sideways scrolling). Props only. */
export function TicketList(props: Props) {
  const rows = getFragmentData(TicketRowFields, props.rows);
  const { t } = useI18n();
  const columns = useColumns(props);
  return (
    <ResponsiveTable<TicketRow>
      rows={rows}
      rowKey="id"
      columns={columns}
      renderCard={(r) => <TicketCard row={r} props={props} />}
      loading={props.loading}
      layout={props.layout}
      empty={t('ticket.empty')}
      rowProps={(r, layout) =>
        layout === 'cards' ? { 'data-testid': 'ticket-card' } : { 'data-testid': 'ticket-row', 'data-ticket-id': r.id }
      }
      onOpenCard={(r) => props.onOpen(r.id)}
    />
  );
}
