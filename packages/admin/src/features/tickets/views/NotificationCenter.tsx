import { BellOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { App, Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formatTime } from '../../../app/format';
import type { NotificationAddedSubscription } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../graphql/notifications';
import { ticketUrl } from '../urls';

type Notice = NotificationAddedSubscription['notificationAdded'];

/** Queries that show data a new notification may have changed (refetched only when on screen). */
const LIVE_QUERIES = ['TicketList', 'TicketDetail', 'UnreadNotificationCount', 'Notifications'];

/**
 * The header bell: unread count, the latest notifications with mark-as-read, and the live feed
 * (`notificationAdded` over graphql-ws) that toasts a new matter and refreshes the workbench.
 */
export default function NotificationCenter({ compact }: { compact?: boolean }) {
  const { t } = useI18n();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const unread = useQuery(UnreadNotificationCountDocument);
  const list = useQuery(NotificationsDocument, { variables: { first: 10 }, skip: !open });
  const [markRead] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: ['UnreadNotificationCount', 'Notifications'],
  });

  const openTicket = (n: Pick<Notice, 'id' | 'ticketId' | 'readAt'>) => {
    if (!n.readAt) void markRead({ variables: { input: { ids: [n.id] } } }).catch(() => undefined);
    if (n.ticketId) {
      // On the workbench, keep its filters and open the drawer over them.
      const onWorkbench = location.pathname === '/tickets';
      const params = new URLSearchParams(onWorkbench ? location.search : '');
      params.set('ticket', n.ticketId);
      navigate(onWorkbench ? `/tickets?${params}` : ticketUrl(n.ticketId));
    }
    setOpen(false);
  };

  useSubscription(NotificationAddedDocument, {
    onData: ({ data }) => {
      const n = data.data?.notificationAdded;
      if (!n) return;
      void client.refetchQueries({ include: LIVE_QUERIES });
      const key = `notice-${n.id}`;
      notification.open({
        key,
        type:
          n.type === 'TICKET_OVERDUE' || n.type === 'TICKET_TRIAGE_OVERDUE' || n.type === 'TICKET_NEAR_DUE'
            ? 'warning'
            : 'info',
        title: n.title,
        description: n.body,
        placement: compact ? 'top' : 'topRight',
        duration: 8,
        actions: n.ticketId ? (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy(key);
              openTicket(n);
            }}
          >
            {t('live.open')}
          </Button>
        ) : undefined,
        props: { 'data-testid': 'live-toast' } as Record<string, string>,
      });
    },
  });

  const count = unread.data?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications.edges.map((e) => e.node) ?? [];
  const content = (
    <div style={{ width: compact ? 300 : 360, maxWidth: 'calc(100vw - 24px)' }} data-testid="notification-list">
      <List
        size="small"
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            onClick={() => openTicket(n)}
            style={{ cursor: n.ticketId ? 'pointer' : 'default', paddingInline: 4 }}
          >
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <Space size={6}>
                {!n.readAt && <Badge status="processing" />}
                <Typography.Text strong={!n.readAt} style={{ overflowWrap: 'anywhere' }}>
                  {n.title}
                </Typography.Text>
              </Space>
              {n.body && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.body}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(n.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <span>{t('notif.title')}</span>
          <Button
            size="small"
            type="link"
            disabled={count === 0}
            onClick={() => void markRead({ variables: { input: {} } })}
          >
            {t('notif.markAllRead')}
          </Button>
        </Space>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={`${t('notif.title')}${count ? ` (${count})` : ''}`}
        data-testid="notification-bell"
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
