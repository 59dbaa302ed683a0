import { Card, Empty, Grid, Spin, Table, theme } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { HTMLAttributes, ReactNode } from 'react';
import { useListFailed } from './listState';

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
  /** Cards as antd Cards (default) or bare rows divided by lines. */
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
  const { token } = theme.useToken();
  const cards = props.layout ? props.layout === 'cards' : compact;
  // A list that failed to load says so above it (ListPage), never also that there is no data.
  const failed = useListFailed();
  const empty = failed ? (
    <span data-testid="list-failed-empty" />
  ) : props.empty === undefined || typeof props.empty === 'string' ? (
    <Empty description={props.empty} />
  ) : (
    props.empty
  );
  if (cards) {
    // Plain markup rather than antd's List (deprecated in antd 6.6): a spinner over a column of cards.
    return (
      <Spin spinning={!!props.loading}>
        {props.rows.length === 0 && !props.loading ? (
          empty
        ) : (
          <ul
            data-testid="responsive-cards"
            style={{
              display: 'grid',
              gap: props.cardStyle === 'plain' ? 0 : 8,
              listStyle: 'none',
              margin: 0,
              padding: 0,
              minHeight: props.loading ? 96 : undefined,
            }}
          >
            {props.rows.map((r) => {
              const attrs = props.rowProps?.(r, 'cards');
              const open = props.onOpenCard ? () => props.onOpenCard?.(r) : undefined;
              const key = String(r[props.rowKey]);
              if (props.cardStyle === 'plain')
                return (
                  <li
                    key={key}
                    onClick={open}
                    onKeyDown={open ? (e) => e.key === 'Enter' && open() : undefined}
                    tabIndex={open ? 0 : undefined}
                    style={{
                      padding: '12px 0',
                      borderBottom: `1px solid ${token.colorSplit}`,
                      cursor: open ? 'pointer' : undefined,
                      minWidth: 0,
                    }}
                    {...attrs}
                  >
                    {props.renderCard(r)}
                  </li>
                );
              return (
                <li key={key} style={{ minWidth: 0 }}>
                  <Card
                    size="small"
                    hoverable={!!open}
                    style={{ width: '100%', minWidth: 0 }}
                    onClick={open}
                    {...attrs}
                  >
                    {props.renderCard(r)}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </Spin>
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
