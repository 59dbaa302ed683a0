import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveTable } from '../../../app/list';
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
  if (!row.viewerCan.update && !row.viewerCan.archive) return null;
  return (
    // A card opens its node on click: the buttons act on their own.
    <Space size={4} onClick={(e) => e.stopPropagation()}>
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

/**
 * Children of the current tree node, as a table on a desktop and cards on a phone (the list kit, like
 * every other list); buttons only where `viewerCan` allows. Props only.
 */
export function NodeList(props: Props) {
  const { t } = useI18n();
  const columns: ColumnsType<NodeRow> = [
    { title: t('common.name'), key: 'name', render: (_, r) => <Name row={r} onOpen={props.onOpen} /> },
    ...(props.detailTitle
      ? [{ title: props.detailTitle, key: 'detail', render: (_: unknown, r: NodeRow) => r.detail }]
      : []),
    { title: t('common.actions'), key: 'actions', width: 160, render: (_, r) => <RowActions row={r} {...props} /> },
  ];
  return (
    <ResponsiveTable<NodeRow>
      rows={props.rows}
      rowKey="id"
      columns={columns}
      loading={props.loading}
      layout={props.compact ? 'cards' : 'table'}
      rowProps={(_, l) => (l === 'cards' ? { 'data-testid': 'node-card' } : {})}
      renderCard={(row) => (
        <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
          <Name row={row} onOpen={props.onOpen} />
          {row.detail && (
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {row.detail}
            </Typography.Text>
          )}
          <RowActions row={row} {...props} />
        </Space>
      )}
    />
  );
}
