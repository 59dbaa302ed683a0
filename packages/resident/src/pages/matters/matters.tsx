import { Button, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect } from 'react';
import { Deadline, STATE_TONE } from '../../components/Deadline';
import { Card, ErrorLine, Page, Tag } from '../../components/Page';
import { ApiError } from '../../lib/api';
import { errorText, formatTime, type MessageKey, useT } from '../../lib/i18n';
import { onNotice } from '../../lib/live';
import { MyTickets } from '../../lib/ops';
import { discardMatter, onSent, outbox, retryMatter } from '../../lib/outbox';
import { useStored } from '../../lib/store';
import { useQuery } from '../../lib/useQuery';

/** My matters with their live state and deadlines; those still waiting to be sent on top. */
export default function Matters() {
  const { t, locale } = useT();
  const q = useQuery(MyTickets, { first: 50 }, 'myTickets');
  const waiting = useStored(outbox);
  const { reload } = q;
  useEffect(() => onNotice(() => void reload()), [reload]);
  useEffect(() => onSent(() => void reload()), [reload]);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  const list = q.data?.data.myTickets.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('myMatters')} tab="myMatters">
      {waiting.length > 0 && (
        <Card title={t('outbox')}>
          {waiting.map((m) => (
            <View key={m.idempotencyKey} className="rt-list-item" data-testid="outbox-item">
              <View>{m.input.title}</View>
              <View className="rt-muted">{formatTime(m.createdAt, locale)}</View>
              {m.error ? (
                <View>
                  <ErrorLine
                    text={t('outboxFailed', { reason: errorText(t, new ApiError('', m.error.code, m.error.reason)) })}
                  />
                  <View className="rt-row">
                    <Button className="rt-btn rt-btn-small" onClick={() => void retryMatter(m.idempotencyKey)}>
                      {t('retry')}
                    </Button>
                    <Button
                      className="rt-btn rt-btn-plain rt-btn-small"
                      onClick={() => discardMatter(m.idempotencyKey)}
                    >
                      {t('cancel')}
                    </Button>
                  </View>
                </View>
              ) : (
                <View className="rt-muted">{t('outboxWaiting', { n: 1 })}</View>
              )}
            </View>
          ))}
        </Card>
      )}
      {q.data && (
        <View className={q.stale ? 'rt-notice' : 'rt-muted'} style={{ marginBottom: '8px' }}>
          {q.stale
            ? t('offlineShowing', { time: formatTime(q.data.at, locale) })
            : t('lastLoaded', { time: formatTime(q.data.at, locale) })}
        </View>
      )}
      {!q.stale && q.error ? <ErrorLine text={errorText(t, q.error)} /> : null}
      <Card>
        {q.data && list.length === 0 && <View className="rt-muted">{t('noMatters')}</View>}
        {list.map((m) => (
          <View
            key={m.id}
            className="rt-list-item"
            data-testid="matter"
            onClick={() => Taro.navigateTo({ url: `/pages/matter/matter?id=${m.id}` })}
          >
            <View>
              <Tag tone={STATE_TONE[m.state] ?? 'info'}>{t(`state_${m.state}` as MessageKey)}</Tag>
              {m.title}
            </View>
            <View className="rt-muted">
              {m.number} · {formatTime(m.createdAt, locale)}
              {m.rating ? ` · ${t('rated', { n: m.rating })}` : ''}
            </View>
            {['SUBMITTED', 'ACCEPTED'].includes(m.state) && <Deadline label="replyDue" d={m.replyDeadline} />}
            {['REPLIED', 'ESCALATED'].includes(m.state) && <Deadline label="resolveDue" d={m.resolveDeadline} />}
          </View>
        ))}
      </Card>
      <Button className="rt-btn" onClick={() => Taro.navigateTo({ url: '/pages/raise/raise' })}>
        {t('raise')}
      </Button>
    </Page>
  );
}
