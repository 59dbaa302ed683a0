import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Card, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { request } from '../../lib/api';
import { errorText, formatTime, useT } from '../../lib/i18n';
import { onNotice } from '../../lib/live';
import { MarkNotificationsRead, Notifications } from '../../lib/ops-board';
import { usePagedQuery } from '../../lib/useQuery';

/** Where a notification leads: my matter, or a followed matter on the board; bookings; nothing else here. */
function target(subject: { type: string; id: string } | null | undefined, mine: boolean): string | null {
  if (subject?.type === 'Ticket') return mine ? `/pages/matter/matter?id=${subject.id}` : '/pages/board/board';
  if (subject?.type === 'VenueBooking') return '/pages/venues/venues';
  return null;
}

/** 消息通知: newest first, unread marked; opening one marks it read; "全部已读" marks every one. */
export default function NotificationsPage() {
  const { t, locale } = useT();
  const q = usePagedQuery(Notifications, { locale }, `notifications.${locale}`);
  const [error, setError] = useState<string | null>(null);
  const { reload } = q;
  useEffect(() => onNotice(() => void reload()), [reload]);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  async function markRead(ids?: string[]) {
    setError(null);
    try {
      await request(MarkNotificationsRead, { input: ids ? { ids } : {} });
      await reload();
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const unread = q.data?.data.unreadNotificationCount ?? 0;
  const list = q.data?.data.notifications;
  return (
    <Page
      title={t('notifications')}
      actions={
        unread > 0 ? (
          <Text className="rt-header-action" data-testid="mark-all-read" onClick={() => void markRead()}>
            {t('markAllRead')}
          </Text>
        ) : null
      }
    >
      <LoadState q={q} />
      <ErrorLine text={error} />
      {q.data && <View className="rt-muted">{t('unreadN', { n: unread })}</View>}
      <Card>
        {list && list.edges.length === 0 && <View className="rt-muted">{t('noNotifications')}</View>}
        {list?.edges.map(({ node: n }) => {
          const url = target(n.subject, n.kind.startsWith('TICKET_') && !n.kind.startsWith('TICKET_FOLLOWED'));
          return (
            <View
              key={n.id}
              className="rt-list-item"
              data-testid={n.readAt ? 'notification-read' : 'notification-unread'}
              onClick={() => {
                if (!n.readAt) void markRead([n.id]);
                if (url) void Taro.navigateTo({ url });
              }}
            >
              <View>
                {!n.readAt && <Tag tone="bad">{t('unread')}</Tag>}
                <Text style={{ fontWeight: n.readAt ? 'normal' : 600 }}>{n.title}</Text>
              </View>
              {n.body && <View className="rt-muted">{n.body}</View>}
              <View className="rt-muted">{formatTime(n.createdAt, locale)}</View>
            </View>
          );
        })}
        <More show={!!list?.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
      </Card>
    </Page>
  );
}
