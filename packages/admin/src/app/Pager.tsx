import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useI18n } from '../i18n';

/** Page sizes a staff member may pick (the API caps `first` at 100). */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * Where each forward page came from, so "previous" can go back one page although the API pages
 * forward only (Relay `after`): cursor of a page → cursor of the page before it. Filled as the
 * staff member pages; after a reload "previous" falls back to the first page.
 */
const previousOf = new Map<string, string | null>();

/** The cursor of the page before `after` (null: the first page). Exported for tests. */
export const previousCursor = (after: string | null): string | null => (after ? (previousOf.get(after) ?? null) : null);

/**
 * Cursor paging (Relay `after`): previous, next, the page size and the total, once. The cursor lives
 * in the URL, so the browser's back button returns to the previous page and a link reproduces the page.
 */
export function Pager(props: {
  totalCount?: number;
  hasNextPage?: boolean;
  endCursor?: string | null;
  after: string | null;
  onPage(after: string | null): void;
  /** Show the total here (false when the list's header shows it). */
  showTotal?: boolean;
  /** The page size and how to change it (the URL); without it no size picker is shown. */
  pageSize?: number;
  onPageSize?(size: number): void;
}) {
  const { t } = useI18n();
  const next = () => {
    const cursor = props.endCursor ?? null;
    if (cursor) previousOf.set(cursor, props.after);
    props.onPage(cursor);
  };
  return (
    <Space wrap style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }} data-testid="pager">
      {props.showTotal !== false ? (
        <Typography.Text type="secondary" data-testid="pager-total">
          {t('common.total', { count: props.totalCount ?? 0 })}
        </Typography.Text>
      ) : (
        <span />
      )}
      <Space wrap size={8}>
        {props.pageSize && props.onPageSize && (
          <Select
            size="small"
            aria-label={t('common.pageSize')}
            value={props.pageSize}
            onChange={(n) => props.onPageSize?.(n)}
            options={PAGE_SIZES.map((n) => ({ value: n, label: t('common.perPage', { count: n }) }))}
            style={{ width: 104 }}
            data-testid="pager-size"
          />
        )}
        <Button
          size="small"
          icon={<LeftOutlined />}
          disabled={!props.after}
          onClick={() => props.onPage(previousCursor(props.after))}
        >
          {t('common.prevPage')}
        </Button>
        <Button size="small" disabled={!props.hasNextPage || !props.endCursor} onClick={next}>
          {t('common.nextPage')}
          <RightOutlined />
        </Button>
      </Space>
    </Space>
  );
}
