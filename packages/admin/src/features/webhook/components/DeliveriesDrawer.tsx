import { Button, Drawer, Tag, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { ResponsiveTable, useCompact } from '../../../app/list';
import { Pager } from '../../../app/Pager';
import type { WebhookDeliveryListQuery, WebhookDeliveryStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

type Row = WebhookDeliveryListQuery['webhookDeliveries']['edges'][number]['node'];

const COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'gold', DELIVERED: 'green', FAILED: 'red' };

/** The delivery log of one subscription, newest first, with re-send. Props only. */
export function DeliveriesDrawer(props: {
  open: boolean;
  title: string;
  rows: readonly Row[];
  loading: boolean;
  connection?: WebhookDeliveryListQuery['webhookDeliveries'];
  after: string | null;
  onPage(after: string | null): void;
  onResend(id: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const compact = useCompact();
  const status = (r: Row) => <Tag color={COLOR[r.status]}>{t(`webhook.delivery.${r.status}`)}</Tag>;
  const answer = (r: Row) => (
    <>
      {r.lastStatusCode ?? t('webhook.delivery.noAnswer')}
      {r.lastResponse && (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: r.lastResponse }}
          style={{ maxWidth: 220, display: 'block' }}
        >
          {r.lastResponse}
        </Typography.Text>
      )}
    </>
  );
  const resend = (r: Row) =>
    r.status !== 'PENDING' && (
      <Button size="small" onClick={() => props.onResend(r.id)}>
        {t('webhook.delivery.resend')}
      </Button>
    );
  return (
    <Drawer open={props.open} onClose={props.onClose} title={props.title} size={compact ? '100%' : 860}>
      <ResponsiveTable<Row>
        rows={props.rows}
        rowKey="id"
        loading={props.loading}
        rowProps={(r) => ({ 'data-testid': `delivery-${r.status}` })}
        columns={[
          { title: t('webhook.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          {
            title: t('webhook.delivery.event'),
            dataIndex: 'eventType',
            render: (v: Row['eventType']) => t(`webhook.event.${v}`),
          },
          { title: t('webhook.delivery.status'), key: 'status', render: (_, r) => status(r) },
          { title: t('webhook.delivery.attempts'), dataIndex: 'attempts' },
          { title: t('webhook.delivery.lastStatus'), key: 'answer', render: (_, r) => answer(r) },
          {
            title: t('webhook.delivery.next'),
            dataIndex: 'nextAttemptAt',
            render: (v: string | null) => formatTime(v),
          },
          { title: '', key: 'actions', render: (_, r) => resend(r) },
        ]}
        renderCard={(r) => (
          <>
            <div>
              {status(r)} {t(`webhook.event.${r.eventType}`)} · {formatTime(r.createdAt)}
            </div>
            <div>
              {t('webhook.delivery.attempts')} {r.attempts} · {t('webhook.delivery.lastStatus')} {answer(r)}
            </div>
            {r.nextAttemptAt && (
              <div>
                {t('webhook.delivery.next')} {formatTime(r.nextAttemptAt)}
              </div>
            )}
            {resend(r)}
          </>
        )}
      />
      <Pager
        totalCount={props.connection?.totalCount}
        hasNextPage={props.connection?.pageInfo.hasNextPage}
        endCursor={props.connection?.pageInfo.endCursor}
        after={props.after}
        onPage={props.onPage}
      />
    </Drawer>
  );
}
