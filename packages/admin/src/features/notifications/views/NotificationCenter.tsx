import { BellOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { App, Badge, Button, Popover, Space } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getFragmentData } from '../../../gql/fragment-masking';
import { useI18n } from '../../../i18n';
import { NotificationList, type NotificationRow, NotificationRowFields } from '../components/NotificationList';
import { renderNotification } from '../components/render';
import { subjectUrl } from '../components/subject';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../graphql/notifications';

/** Queries that show data a new notification may have changed (refetched only when on screen). */
const LIVE_QUERIES = ['TicketList', 'TicketDetail', 'UnreadNotificationCount', 'Notifications'];

/**
 * The header bell: unread count, the latest notifications with mark-as-read, and the live feed
 * (`notificationAdded` over graphql-ws) that toasts each new notification and refreshes what is on
 * screen. Every notification is rendered by kind in the console's language and opens its subject.
 */
export default function NotificationCenter({ compact }: { compact?: boolean }) {
  const { t, locale } = useI18n();
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

  const urlOf = (n: NotificationRow) => subjectUrl(n.subject, location);
  const openSubject = (n: NotificationRow) => {
    if (!n.readAt) void markRead({ variables: { input: { ids: [n.id] } } }).catch(() => undefined);
    const url = urlOf(n);
    if (url) navigate(url);
    setOpen(false);
  };

  useSubscription(NotificationAddedDocument, {
    onData: ({ data }) => {
      const masked = data.data?.notificationAdded;
      if (!masked) return;
      const n = getFragmentData(NotificationRowFields, masked);
      void client.refetchQueries({ include: LIVE_QUERIES });
      const key = `notice-${n.id}`;
      const text = renderNotification(n, t, locale);
      notification.open({
        key,
        type: text.warning ? 'warning' : 'info',
        title: text.title,
        description: text.body,
        placement: compact ? 'top' : 'topRight',
        duration: 8,
        actions: urlOf(n) ? (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy(key);
              openSubject(n);
            }}
          >
            {t('notif.open')}
          </Button>
        ) : undefined,
        props: { 'data-testid': 'live-toast' } as Record<string, string>,
      });
    },
  });

  const count = unread.data?.unreadNotificationCount ?? 0;
  const content = (
    // On a phone the list takes the screen's width less a margin, whatever the bell's position.
    <div
      style={{
        width: compact ? 'calc(100vw - 48px)' : 360,
        maxWidth: 360,
        maxHeight: compact ? 'calc(100dvh - 160px)' : 'min(560px, calc(100vh - 160px))',
        overflowY: 'auto',
      }}
      data-testid="notification-list"
    >
      <NotificationList
        rows={list.data?.notifications.edges.map((e) => e.node) ?? []}
        loading={list.loading}
        linked={(n) => !!urlOf(n)}
        onOpen={openSubject}
      />
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement={compact ? 'bottom' : 'bottomRight'}
      arrow={!compact}
      autoAdjustOverflow
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
