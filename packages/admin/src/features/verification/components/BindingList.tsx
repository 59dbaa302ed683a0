import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatTime } from '../../../app/format';
import { ResponsiveTable } from '../../../app/list';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { BindingRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { BindingContext } from './BindingContext';

/** The fields this component reads; the query spreads it (fragment masking keeps the rest out). */
export const BindingRowFields = graphql(`
  fragment BindingRow on HouseholdBinding {
    id
    status
    relation
    createdAt
    reviewedAt
    reason
    user {
      id
      displayName
      phone
    }
    estate {
      id
      name
    }
    household {
      id
      label
    }
    viewerCan {
      approve
      reject
    }
    ...BindingContext
  }
`);

export type BindingRow = BindingRowFragment;

const STATUS_COLOR = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'red', REVOKED: 'default' } as const;

interface Props {
  rows: readonly FragmentType<typeof BindingRowFields>[];
  loading: boolean;
  /** Forces a layout (tests); by default the width decides. */
  layout?: 'table' | 'cards';
  busyId: string | null;
  onApprove(row: BindingRow): void;
  onReject(row: BindingRow): void;
}

function Actions({
  row,
  busyId,
  onApprove,
  onReject,
}: Omit<Props, 'rows' | 'loading' | 'layout'> & { row: BindingRow }) {
  const { t } = useI18n();
  if (!row.viewerCan.approve && !row.viewerCan.reject) return null;
  return (
    <Space>
      {row.viewerCan.approve && (
        <Popconfirm
          title={t('verify.confirmApprove', {
            name: row.user.displayName,
            household: `${row.estate.name} ${row.household.label}`,
            relation: t(`verify.relation.${row.relation}`),
          })}
          onConfirm={() => onApprove(row)}
          okText={t('verify.approve')}
          cancelText={t('common.cancel')}
        >
          <Button type="primary" size="small" loading={busyId === row.id}>
            {t('verify.approve')}
          </Button>
        </Popconfirm>
      )}
      {row.viewerCan.reject && (
        <Button danger size="small" disabled={busyId === row.id} onClick={() => onReject(row)}>
          {row.status === 'APPROVED' ? t('verify.revoke') : t('verify.reject')}
        </Button>
      )}
    </Space>
  );
}

function useColumns(props: Props): ColumnsType<BindingRow> {
  const { t } = useI18n();
  return [
    {
      title: t('verify.resident'),
      key: 'resident',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.user.displayName}</Typography.Text>
          <Typography.Text type="secondary">{r.user.phone}</Typography.Text>
        </Space>
      ),
    },
    { title: t('verify.estate'), key: 'estate', render: (_, r) => r.estate.name },
    { title: t('verify.household'), key: 'household', render: (_, r) => r.household.label },
    { title: t('verify.relation'), key: 'relation', render: (_, r) => t(`verify.relation.${r.relation}`) },
    { title: t('verify.context'), key: 'context', render: (_, r) => <BindingContext binding={r} /> },
    { title: t('verify.requestedAt'), key: 'createdAt', render: (_, r) => formatTime(r.createdAt) },
    {
      title: t('verify.status'),
      key: 'status',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLOR[r.status]}>{t(`verify.status.${r.status}`)}</Tag>
          {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, r) => <Actions row={r} {...props} />,
    },
  ];
}

/** The verification queue as a table (desktop) or a list of cards (phone). Props only. */
export function BindingList(props: Props) {
  const rows = getFragmentData(BindingRowFields, props.rows);
  const { t } = useI18n();
  const columns = useColumns(props);
  return (
    <ResponsiveTable<BindingRow>
      rows={rows}
      rowKey="id"
      columns={columns}
      loading={props.loading}
      layout={props.layout}
      empty={t('verify.empty')}
      rowProps={(_, l) => (l === 'cards' ? { 'data-testid': 'binding-card' } : {})}
      renderCard={(r) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text strong>{r.user.displayName}</Typography.Text>
            <Tag color={STATUS_COLOR[r.status]}>{t(`verify.status.${r.status}`)}</Tag>
          </Space>
          <Typography.Text type="secondary">{r.user.phone}</Typography.Text>
          <Typography.Text>
            {r.estate.name} · {r.household.label} · {t(`verify.relation.${r.relation}`)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('verify.requestedAt')} {formatTime(r.createdAt)}
          </Typography.Text>
          <BindingContext binding={r} />
          {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
          <Actions row={r} {...props} />
        </Space>
      )}
    />
  );
}
