import { Button, Space, Typography } from 'antd';
import { useI18n } from '../i18n';

/**
 * Forward cursor paging (Relay `after`). The cursor lives in the URL, so the browser's back
 * button returns to the previous page and a link reproduces the page.
 */
export function Pager(props: {
  totalCount?: number;
  hasNextPage?: boolean;
  endCursor?: string | null;
  after: string | null;
  onPage(after: string | null): void;
}) {
  const { t } = useI18n();
  return (
    <Space wrap style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text type="secondary">{t('common.total', { count: props.totalCount ?? 0 })}</Typography.Text>
      <Space>
        <Button size="small" disabled={!props.after} onClick={() => props.onPage(null)}>
          {t('common.firstPage')}
        </Button>
        <Button
          size="small"
          disabled={!props.hasNextPage || !props.endCursor}
          onClick={() => props.onPage(props.endCursor ?? null)}
        >
          {t('common.nextPage')}
        </Button>
      </Space>
    </Space>
  );
}
