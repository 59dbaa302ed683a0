import { Badge, Empty, List, Space, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { NotificationRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { renderNotification } from './render';

/** The fields a notification is shown with; the queries and the subscription spread it. */
export const NotificationRowFields = graphql(`
  fragment NotificationRow on Notification {
    id
    kind
    subject {
      type
      id
    }
    params
    title
    body
    readAt
    createdAt
  }
`);

export type NotificationRow = NotificationRowFragment;

/** The latest notifications, rendered by kind in the console's language; unread ones marked. Props only. */
export function NotificationList(props: {
  rows: readonly FragmentType<typeof NotificationRowFields>[];
  loading: boolean;
  /** Whether a row leads somewhere (its subject has a page). */
  linked(row: NotificationRow): boolean;
  onOpen(row: NotificationRow): void;
}) {
  const rows = getFragmentData(NotificationRowFields, props.rows);
  const { t, locale } = useI18n();
  return (
    <List
      size="small"
      loading={props.loading}
      dataSource={rows as NotificationRow[]}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.empty')} /> }}
      renderItem={(n) => {
        const text = renderNotification(n, t, locale);
        return (
          <List.Item
            key={n.id}
            onClick={() => props.onOpen(n)}
            style={{ cursor: props.linked(n) ? 'pointer' : 'default', paddingInline: 4 }}
          >
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <Space size={6}>
                {!n.readAt && <Badge status="processing" aria-label={t('notif.unread')} />}
                <Typography.Text
                  strong={!n.readAt}
                  type={text.warning ? 'warning' : undefined}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {text.title}
                </Typography.Text>
              </Space>
              {text.body && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {text.body}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(n.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
