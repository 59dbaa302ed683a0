import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';
import { useErrorText } from '../errors';
import { Pager } from '../Pager';
import { ListFailed } from './listState';
import { useCompact } from './ResponsiveTable';

/** A Relay connection's paging facts, as list queries return them. */
export interface PageFacts {
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ListPageProps {
  title: ReactNode;
  /** Buttons in the card's header (create…); the page hides their labels on a phone itself if it wants. */
  actions?: ReactNode;
  /** Show the total in the header on a desktop too (the pager shows it under the list). */
  totalInHeader?: boolean;
  /** The filter bar: controls laid out by `ListFilters`, or anything else. */
  filters?: ReactNode;
  /** Text above the list (read-only hints). */
  notice?: ReactNode;
  /** A failed query: shown above the list in the user's language, with a retry. */
  error?: unknown;
  /** What the retry does (default: refetch the screen's active queries). */
  onRetry?(): unknown;
  /** The list (a `ResponsiveTable`). */
  children: ReactNode;
  /** Cursor paging: the connection, the current cursor and how to change it (the URL). */
  paging?: {
    connection?: PageFacts | null;
    after: string | null;
    onPage(after: string | null): void;
    /** The page size (`usePageSize`) and how to change it: the pager then offers a size picker. */
    pageSize?: number;
    onPageSize?(size: number): void;
  };
  /** Drawers and modals the URL opens. */
  overlays?: ReactNode;
}

/**
 * The frame of every list screen: title and actions, filter bar, errors, the list, the pager, and the
 * drawers its URL opens. Props only; the view owns the queries and the URL state (`useListParams`).
 */
export function ListPage(props: ListPageProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const compact = useCompact();
  const client = useApolloClient();
  const [retrying, setRetrying] = useState(false);
  const conn = props.paging?.connection;
  const retry = async () => {
    setRetrying(true);
    try {
      await (props.onRetry ? props.onRetry() : client.refetchQueries({ include: 'active' }));
    } catch {
      /* the query's own error shows again */
    } finally {
      setRetrying(false);
    }
  };
  const total =
    props.totalInHeader && !compact ? (
      <Typography.Text type="secondary">{t('common.total', { count: conn?.totalCount ?? 0 })}</Typography.Text>
    ) : null;
  return (
    <Card
      size="small"
      title={props.title}
      extra={
        total && props.actions ? (
          <Space>
            {total}
            {props.actions}
          </Space>
        ) : (
          (total ?? props.actions)
        )
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {props.filters}
        {props.notice}
        {props.error ? (
          <Alert
            type="error"
            showIcon
            data-testid="list-error"
            title={t('common.loadFailed', { what: typeof props.title === 'string' ? props.title : t('common.list') })}
            description={errorText(props.error)}
            action={
              <Button size="small" onClick={retry} loading={retrying} data-testid="list-retry">
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        <ListFailed.Provider value={!!props.error}>{props.children}</ListFailed.Provider>
        {/* A failed list has no total to tell, nor pages. */}
        {props.paging && !(props.error && !conn) && (
          <Pager
            totalCount={conn?.totalCount}
            hasNextPage={conn?.pageInfo?.hasNextPage}
            endCursor={conn?.pageInfo?.endCursor}
            after={props.paging.after}
            onPage={props.paging.onPage}
            showTotal={!total}
            pageSize={props.paging.pageSize}
            onPageSize={props.paging.onPageSize}
          />
        )}
      </Space>
      {props.overlays}
    </Card>
  );
}

/**
 * A filter bar: one wrapping row on a desktop; on a phone a two-column grid in which every control
 * takes its cell's width (`wide` children span both), so nothing shrinks to its content.
 */
export function ListFilters({ children, testId }: { children: ReactNode; testId?: string }) {
  const compact = useCompact();
  if (compact)
    return (
      <div
        className="list-filters list-filters-compact"
        style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 8, alignItems: 'center' }}
        data-testid={testId}
      >
        {children}
      </div>
    );
  return (
    <Space wrap size={8} style={{ width: '100%' }} className="list-filters" data-testid={testId}>
      {children}
    </Space>
  );
}

/**
 * The style of a filter control: its desktop width, the full cell on a phone; `wide` spans both
 * phone columns (search boxes, date ranges).
 */
export function useFilterStyle() {
  const compact = useCompact();
  return (desktopWidth: number, wide = false): CSSProperties =>
    compact ? { width: '100%', ...(wide ? { gridColumn: '1 / -1' } : {}) } : { width: desktopWidth };
}
