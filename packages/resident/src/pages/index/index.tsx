import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card, ErrorLine, NavRow, Page, Tag } from '../../components/Page';
import { errorText, formatTime, type MessageKey, useT } from '../../lib/i18n';
import { MyHome } from '../../lib/ops';
import { outbox } from '../../lib/outbox';
import { useStored } from '../../lib/store';
import { useQuery } from '../../lib/useQuery';

/** The community's services, each its own page (loaded when opened). */
const SERVICES: { url: string; key: MessageKey }[] = [
  { url: '/pages/board/board', key: 'board' },
  { url: '/pages/notifications/notifications', key: 'notifications' },
  { url: '/pages/publications/publications', key: 'publications' },
  { url: '/pages/ledger/ledger', key: 'ledger' },
  { url: '/pages/venues/venues', key: 'venues' },
  { url: '/pages/meetings/meetings', key: 'meetings' },
  { url: '/pages/volunteer/volunteer', key: 'volunteer' },
  { url: '/pages/points/points', key: 'points' },
  { url: '/pages/votes/votes', key: 'votes' },
];

const TONE = { APPROVED: 'ok', PENDING: 'warn', REJECTED: 'bad', REVOKED: 'bad' } as const;

/** Home: my households and their verification, the way to raise a matter, what waits to be sent. */
export default function Home() {
  const { t, locale } = useT();
  const q = useQuery(MyHome, {}, 'home');
  const waiting = useStored(outbox);
  const home = q.data?.data;
  const approved = home?.myHouseholdBindings.some((b) => b.status === 'APPROVED');
  return (
    <Page title={t('appName')} tab="home">
      {home && <View className="rt-card-title">{t('hello', { name: home.me.displayName })}</View>}
      {q.stale && q.data && (
        <View className="rt-notice">{t('offlineShowing', { time: formatTime(q.data.at, locale) })}</View>
      )}
      {!q.stale && q.error ? <ErrorLine text={errorText(t, q.error)} /> : null}
      {waiting.length > 0 && (
        <View className="rt-notice" onClick={() => Taro.reLaunch({ url: '/pages/matters/matters' })}>
          {t('outboxWaiting', { n: waiting.length })}
        </View>
      )}
      <Card title={t('myHome')}>
        {home && home.myHouseholdBindings.length === 0 && <View className="rt-muted">{t('noBinding')}</View>}
        {home?.myHouseholdBindings.map((b) => (
          <View key={b.id} className="rt-list-item" data-testid="binding">
            <View>
              <Tag tone={TONE[b.status]}>{t(`bindingStatus_${b.status}`)}</Tag>
              <Text>
                {b.estate.name} {b.household.label}
              </Text>
            </View>
            <View className="rt-muted">
              {t(`relation_${b.relation}`)} · {b.estate.community.name}
              {b.reason ? ` · ${b.reason}` : ''}
            </View>
          </View>
        ))}
        <Button className="rt-btn rt-btn-plain" onClick={() => Taro.navigateTo({ url: '/pages/bind/bind' })}>
          {t('bindHousehold')}
        </Button>
      </Card>
      {approved && (
        <Button className="rt-btn" onClick={() => Taro.navigateTo({ url: '/pages/raise/raise' })}>
          {t('raise')}
        </Button>
      )}
      {approved && (
        <Button
          className="rt-btn rt-btn-plain"
          onClick={() => Taro.navigateTo({ url: '/pages/disclosure/disclosure' })}
        >
          {t('disclosureLink')}
        </Button>
      )}
      {approved && (
        <Card title={t('services')}>
          {SERVICES.map((s) => (
            <NavRow key={s.url} url={s.url} label={t(s.key)} testId={`service-${s.key}`} />
          ))}
        </Card>
      )}
    </Page>
  );
}
