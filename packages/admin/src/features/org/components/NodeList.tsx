import { Button, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n';

/** One child in the tree, whatever its level. */
export interface NodeRow {
  id: string;
  name: string;
  detail?: string | null;
  archivedAt?: string | null;
  viewerCan: { update: boolean; archive: boolean };
  /** False for households: the tree ends there. */
  openable: boolean;
}

interface Props {
  rows: NodeRow[];
  loading: boolean;
  compact: boolean;
  detailTitle?: string;
  onOpen(row: NodeRow): void;
  onEdit(row: NodeRow): void;
  onArchive(row: NodeRow, archived: boolean): void;
}

function RowActions({ row, onEdit, onArchive }: Pick<Props, 'onEdit' | 'onArchive'> & { row: NodeRow }) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      {row.viewerCan.update && (
        <Button size="small" type="link" onClick={() => onEdit(row)}>
          {t('common.edit')}
        </Button>
      )}
      {row.viewerCan.archive &&
        (row.archivedAt ? (
          <Button size="small" type="link" onClick={() => onArchive(row, false)}>
            {t('common.restore')}
          </Button>
        ) : (
          <Popconfirm
            title={t('common.confirmArchive', { name: row.name })}
            onConfirm={() => onArchive(row, true)}
            okText={t('common.archive')}
            cancelText={t('common.cancel')}
          >
            <Button size="small" type="link" danger>
              {t('common.archive')}
            </Button>
          </Popconfirm>
        ))}
    </Space>
  );
}

function Name({ row, onOpen }: { row: NodeRow; onOpen(row: NodeRow): void }) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      {row.openable ? (
        <Typography.Link onClick={() => onOpen(row)}>{row.name}</Typography.Link>
      ) : (
        <Typography.Text>{row.name}</Typography.Text>
      )}
      {row.archivedAt && <Tag>{t('common.archived')}</Tag>}
    </Space>
  );
}

/** Children of the current tree node; buttons only where `viewerCan` allows. Props only. */
export function NodeList(props: Props) {
  const { t } = useI18n();
  if (props.compact) {
    return (
      <List
        loading={props.loading}
        dataSource={props.rows}
        renderItem={(row) => (
          <List.Item key={row.id} actions={[<RowActions key="a" row={row} {...props} />]}>
            <List.Item.Meta title={<Name row={row} onOpen={props.onOpen} />} description={row.detail} />
          </List.Item>
        )}
      />
    );
  }
  const columns: ColumnsType<NodeRow> = [
    { title: t('common.name'), key: 'name', render: (_, r) => <Name row={r} onOpen={props.onOpen} /> },
    ...(props.detailTitle
      ? [{ title: props.detailTitle, key: 'detail', render: (_: unknown, r: NodeRow) => r.detail }]
      : []),
    { title: t('common.actions'), key: 'actions', width: 160, render: (_, r) => <RowActions row={r} {...props} /> },
  ];
  return (
    <Table<NodeRow>
      rowKey="id"
      size="middle"
      loading={props.loading}
      columns={columns}
      dataSource={props.rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
