import { Card, Empty, Grid, List, Table } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { HTMLAttributes, ReactNode } from 'react';

/** Below antd's `md` breakpoint (768 px) a list is a column of cards: a phone never scrolls sideways. */
export function useCompact(): boolean {
  return Grid.useBreakpoint().md === false;
}

type DataAttributes = HTMLAttributes<HTMLElement> & Record<`data-${string}`, string | undefined>;

export interface ResponsiveTableProps<Row> {
  rows: readonly Row[];
  rowKey: keyof Row & string;
  /** The desktop table's columns (from the feature's column hook). */
  columns: ColumnsType<Row>;
  /** One row as a phone card's content: the same data and row actions as the table's columns. */
  renderCard(row: Row): ReactNode;
  loading?: boolean;
  /** What an empty list says. */
  empty?: ReactNode;
  /** Attributes of a table row or of a card (test ids, data attributes). */
  rowProps?(row: Row, layout: 'table' | 'cards'): DataAttributes;
  /** Clicking a card opens the row (the table opens it from a column's link). */
  onOpenCard?(row: Row): void;
  /** Cards as antd Cards (default) or bare list items. */
  cardStyle?: 'card' | 'plain';
  /** Layout regardless of the width (tests and print); by default the breakpoint decides. */
  layout?: 'table' | 'cards';
  size?: TableProps<Row>['size'];
}

/**
 * A list that is an antd Table on a desktop and a list of cards on a phone (antd `Grid.useBreakpoint`),
 * over the same rows, with the same actions. Props only.
 */
export function ResponsiveTable<Row extends object>(props: ResponsiveTableProps<Row>) {
  const compact = useCompact();
  const cards = props.layout ? props.layout === 'cards' : compact;
  const empty =
    props.empty === undefined || typeof props.empty === 'string' ? <Empty description={props.empty} /> : props.empty;
  if (cards) {
    return (
      <List<Row>
        loading={props.loading}
        dataSource={props.rows as Row[]}
        locale={{ emptyText: empty }}
        data-testid="responsive-cards"
        renderItem={(r) => {
          const attrs = props.rowProps?.(r, 'cards');
          const open = props.onOpenCard ? () => props.onOpenCard?.(r) : undefined;
          if (props.cardStyle === 'plain')
            return (
              <List.Item
                key={String(r[props.rowKey])}
                onClick={open}
                style={open ? { cursor: 'pointer' } : undefined}
                {...attrs}
              >
                {props.renderCard(r)}
              </List.Item>
            );
          return (
            <List.Item key={String(r[props.rowKey])} style={{ padding: '4px 0', border: 0 }}>
              <Card size="small" hoverable={!!open} style={{ width: '100%', minWidth: 0 }} onClick={open} {...attrs}>
                {props.renderCard(r)}
              </Card>
            </List.Item>
          );
        }}
      />
    );
  }
  return (
    <Table<Row>
      rowKey={props.rowKey}
      size={props.size ?? 'middle'}
      loading={props.loading}
      columns={props.columns}
      dataSource={props.rows as Row[]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      data-testid="responsive-table"
      onRow={props.rowProps ? (r) => props.rowProps?.(r, 'table') ?? {} : undefined}
    />
  );
}
