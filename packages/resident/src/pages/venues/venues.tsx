import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { Card, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { useMyCommunity } from '../../components/PlacePicker';
import { request } from '../../lib/api';
import { errorText, formatTime, type MessageKey, useT } from '../../lib/i18n';
import { CancelBooking, MyBookings, Venues } from '../../lib/ops-venue';
import { clock } from '../../lib/time';
import { usePagedQuery } from '../../lib/useQuery';

const BOOKING_TONE: Record<string, 'ok' | 'warn' | 'bad' | 'info'> = {
  PENDING: 'warn',
  APPROVED: 'ok',
  CHECKED_IN: 'ok',
  CANCELLED: 'bad',
  REJECTED: 'bad',
  EXPIRED: 'bad',
  NO_SHOW: 'bad',
};

/** 场地预约: the venues of my community, and my bookings (with the check-in code; cancel before the start). */
export default function VenuesPage() {
  const { t, locale } = useT();
  const { community, cid, picker } = useMyCommunity();
  const venues = usePagedQuery(Venues, { communityId: cid }, `venues.${cid}`, !cid);
  const mine = usePagedQuery(MyBookings, {}, 'myBookings');
  const [error, setError] = useState<string | null>(null);
  usePullDownRefresh(
    () => void Promise.all([venues.reload(), mine.reload()]).finally(() => Taro.stopPullDownRefresh()),
  );

  async function cancel(id: string) {
    setError(null);
    const ok = await Taro.showModal({
      title: t('cancelBookingConfirm'),
      confirmText: t('confirm'),
      cancelText: t('cancel'),
    });
    if (!ok.confirm) return;
    try {
      await request(CancelBooking, { input: { id } });
      await mine.reload();
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const venueList = venues.data?.data.venues;
  const bookings = mine.data?.data.myBookings;
  return (
    <Page title={t('venues')}>
      {picker}
      {cid && <LoadState q={venues} />}
      {cid && (
        <Card title={community?.name}>
          {venueList && venueList.edges.length === 0 && <View className="rt-muted">{t('noVenues')}</View>}
          {venueList?.edges.map(({ node: v }) => (
            <View
              key={v.id}
              className="rt-list-item"
              data-testid="venue"
              onClick={() => void Taro.navigateTo({ url: `/pages/venue/venue?id=${v.id}` })}
            >
              <View className="rt-nav">
                <Text>{v.name}</Text>
              </View>
              <View className="rt-muted">
                {t('capacity', { n: v.capacity })}
                {v.facilities.length ? ` · ${v.facilities.join('、')}` : ''}
                {v.approvalRequired ? ` · ${t('needsApproval')}` : ''}
              </View>
            </View>
          ))}
          <More show={!!venueList?.pageInfo.hasNextPage && !venues.atMax} onClick={venues.more} />
        </Card>
      )}
      <Card title={t('myBookings')}>
        <LoadState q={mine} />
        <ErrorLine text={error} />
        {bookings && bookings.edges.length === 0 && <View className="rt-muted">{t('noBookings')}</View>}
        {bookings?.edges.map(({ node: b }) => (
          <View key={b.id} className="rt-list-item" data-testid="booking">
            <View>
              <Tag tone={BOOKING_TONE[b.status] ?? 'info'}>{t(`booking_${b.status}` as MessageKey)}</Tag>
              <Text>{b.venue.name}</Text>
            </View>
            <View>
              {formatTime(b.startsAt, locale)}–{clock(b.endsAt)}
            </View>
            <View className="rt-muted">
              {b.purpose} · {t('attendeesN', { n: b.attendees })}
              {b.reason ? ` · ${b.reason}` : ''}
            </View>
            {b.checkInCode && ['APPROVED', 'PENDING'].includes(b.status) && (
              <View className="rt-row">
                <Text className="rt-muted">{t('checkInCode')}</Text>
                <Text className="rt-code" data-testid="check-in-code">
                  {b.checkInCode}
                </Text>
              </View>
            )}
            {b.viewerCan.cancel && (
              <Button className="rt-btn rt-btn-plain rt-btn-small" onClick={() => void cancel(b.id)}>
                {t('cancelBooking')}
              </Button>
            )}
          </View>
        ))}
        <More show={!!bookings?.pageInfo.hasNextPage && !mine.atMax} onClick={mine.more} />
      </Card>
    </Page>
  );
}
