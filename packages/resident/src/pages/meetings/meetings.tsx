import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { Card, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { useAct } from '../../lib/act';
import { ApiError, request } from '../../lib/api';
import { formatTime, type MessageKey, useT } from '../../lib/i18n';
import { OpenMeetings, RegisterForMeeting } from '../../lib/ops-take-part';
import { readCache, writeCache } from '../../lib/store';
import { clock } from '../../lib/time';
import { usePagedQuery } from '../../lib/useQuery';

/** 议事会议: upcoming meetings of my communities open to residents, and registering to attend. */
export default function Meetings() {
  const { t, locale } = useT();
  const q = usePagedQuery(OpenMeetings, {}, 'openMeetings');
  const { act, error, busy } = useAct(q.reload);
  // The public API does not say whether the viewer registered (Meeting.viewerCan.register stays true), so
  // the app remembers the meetings registered from this device, and a MEETING_ALREADY_REGISTERED answer.
  const [mine, setMine] = useState<string[]>(() => readCache<string[]>('meetingsRegistered')?.data ?? []);
  function remember(id: string) {
    const next = [...new Set([...mine, id])];
    writeCache('meetingsRegistered', next);
    setMine(next);
  }
  async function register(id: string) {
    try {
      await request(RegisterForMeeting, { input: { meetingId: id } });
      remember(id);
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'MEETING_ALREADY_REGISTERED') remember(id);
      throw e;
    }
  }
  usePullDownRefresh(() => void q.reload().finally(() => Taro.stopPullDownRefresh()));
  const list = q.data?.data.openMeetings;
  return (
    <Page title={t('meetings')}>
      <LoadState q={q} />
      <ErrorLine text={error} />
      <Card>
        {list && list.edges.length === 0 && <View className="rt-muted">{t('noMeetings')}</View>}
        {list?.edges.map(({ node: m }) => {
          const full = m.registeredCount >= m.residentCapacity;
          return (
            <View key={m.id} className="rt-list-item" data-testid="meeting">
              <View>
                <Tag tone="info">{t(`meetingKind_${m.kind}` as MessageKey)}</Tag>
                <Text style={{ fontWeight: 600 }}>{m.title}</Text>
              </View>
              <View>
                {formatTime(m.startsAt, locale)}–{clock(m.endsAt)}
              </View>
              <View className="rt-muted">
                {m.place ?? m.onlineUrl ?? ''} · {t('seats', { n: m.registeredCount, max: m.residentCapacity })}
              </View>
              {mine.includes(m.id) ? (
                <Tag tone="ok">{t('registered')}</Tag>
              ) : m.viewerCan.register ? (
                <Button
                  className={`rt-btn rt-btn-small${busy || full ? ' rt-btn-off' : ''}`}
                  disabled={busy || full}
                  onClick={() => void act(() => register(m.id))}
                >
                  {full ? t('full') : t('registerMeeting')}
                </Button>
              ) : (
                <Tag tone="info">{t('registrationClosed')}</Tag>
              )}
            </View>
          );
        })}
        <More show={!!list?.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
      </Card>
    </Page>
  );
}
