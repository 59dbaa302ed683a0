import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { AuthImage } from '../../components/AuthImage';
import { Deadline, STATE_TONE } from '../../components/Deadline';
import { Card, ErrorLine, Field, Page, Tag } from '../../components/Page';
import { request } from '../../lib/api';
import { errorText, formatTime, type MessageKey, useT } from '../../lib/i18n';
import { onNotice } from '../../lib/live';
import { RateTicket, ReopenTicket, TicketDetail, WithdrawTicket } from '../../lib/ops';
import { useQuery } from '../../lib/useQuery';

const SHOWN_EVENTS = new Set([
  'SUBMITTED',
  'ACCEPTED',
  'REPLIED',
  'RESOLVED',
  'REJECTED',
  'REOPENED',
  'WITHDRAWN',
  'RATED',
]);

/** One matter: state, deadlines, photos, the replies as they arrive (live), and rate / reopen / withdraw. */
export default function Matter() {
  const { t, locale } = useT();
  const id = useRouter().params.id ?? '';
  const q = useQuery(TicketDetail, { id }, `ticket.${id}`);
  const { reload } = q;
  const [action, setAction] = useState<'rate' | 'reopen' | 'withdraw' | null>(null);
  const [score, setScore] = useState(0);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(
    () =>
      onNotice((n) => {
        if (n.subject?.id === id) {
          void reload();
          if (n.kind === 'TICKET_REPLIED') void Taro.showToast({ title: t('newReply'), icon: 'none' });
        }
      }),
    [id, reload, t],
  );

  const m = q.data?.data.ticket;

  async function act() {
    if (!m || !action) return;
    setError(null);
    setBusy(true);
    try {
      if (action === 'rate') {
        if (!score) throw Object.assign(new Error(t('rateHint')), { plain: true });
        await request(RateTicket, { input: { ticketId: m.id, score, comment: text.trim() || null } });
      } else if (action === 'reopen') {
        if (!text.trim()) throw Object.assign(new Error(t('required', { field: t('reopenReason') })), { plain: true });
        await request(ReopenTicket, { input: { ticketId: m.id, reason: text.trim() } });
      } else {
        await request(WithdrawTicket, { input: { ticketId: m.id, reason: text.trim() || null } });
      }
      setAction(null);
      setText('');
      await reload();
    } catch (e) {
      setError((e as { plain?: boolean }).plain ? (e as Error).message : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const events = m?.timeline.edges.map((e) => e.node).filter((e) => SHOWN_EVENTS.has(e.type)) ?? [];
  return (
    <Page title={m ? m.number : t('loading')}>
      {q.stale && q.data && (
        <View className="rt-notice">{t('offlineShowing', { time: formatTime(q.data.at, locale) })}</View>
      )}
      {!q.stale && q.error ? <ErrorLine text={errorText(t, q.error)} /> : null}
      {m && (
        <>
          <Card>
            <View>
              <Tag tone={STATE_TONE[m.state] ?? 'info'}>
                <Text data-testid="state">{t(`state_${m.state}` as MessageKey)}</Text>
              </Tag>
              <Text className="rt-card-title">{m.title}</Text>
            </View>
            <View className="rt-muted">
              {locale === 'en-US' ? m.category.nameEn : m.category.nameZh} · {formatTime(m.createdAt, locale)}
              {m.anonymous ? ` · ${t('anonymous').split('（')[0]}` : ''}
            </View>
            <View className="rt-muted">
              {[m.estate?.name, m.building?.name, m.locationText].filter(Boolean).join(' · ')}
            </View>
            <View style={{ margin: '12px 0' }}>{m.body}</View>
            {m.photos.length > 0 && (
              <View className="rt-photos">
                {m.photos.map((p) => (
                  <AuthImage key={p.id} className="rt-photo" url={p.url} />
                ))}
              </View>
            )}
            {['SUBMITTED', 'ACCEPTED'].includes(m.state) && (
              <View>
                <Deadline label="replyDue" d={m.replyDeadline} />
              </View>
            )}
            {['SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED'].includes(m.state) && (
              <View>
                <Deadline label="resolveDue" d={m.resolveDeadline} />
              </View>
            )}
            {m.rating ? <View className="rt-muted">{t('rated', { n: m.rating })}</View> : null}
          </Card>
          <Card title={t('replies')}>
            {events.map((e) => (
              <View
                key={e.id}
                className={`rt-event ${e.type === 'REPLIED' || e.type === 'RESOLVED' ? 'rt-event-reply' : ''}`}
                data-testid={`event-${e.type}`}
              >
                <View className="rt-muted">
                  {formatTime(e.createdAt, locale)} · {t(`event_${e.type}` as MessageKey)}
                  {e.organisation ? ` · ${e.organisation.name}` : ''}
                </View>
                {e.note && <View>{e.note}</View>}
              </View>
            ))}
          </Card>
          {action ? (
            <Card title={t(action)}>
              {action === 'rate' && (
                <View className="rt-stars">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <Text
                      key={n}
                      className={n <= score ? 'rt-star-on' : ''}
                      data-testid={`star-${n}`}
                      onClick={() => setScore(n)}
                    >
                      ★
                    </Text>
                  ))}
                </View>
              )}
              <Field
                label={t(action === 'rate' ? 'ratingComment' : action === 'reopen' ? 'reopenReason' : 'withdrawReason')}
              >
                <Input className="rt-input" value={text} onInput={(e) => setText(e.detail.value)} />
              </Field>
              <ErrorLine text={error} />
              <View className="rt-row">
                <Button className={`rt-btn${busy ? ' rt-btn-off' : ''}`} disabled={busy} onClick={act}>
                  {t('confirm')}
                </Button>
                <Button className="rt-btn rt-btn-plain" onClick={() => setAction(null)}>
                  {t('cancel')}
                </Button>
              </View>
            </Card>
          ) : (
            <View className="rt-row">
              {m.viewerCan.rate && (
                <Button className="rt-btn" onClick={() => setAction('rate')}>
                  {t('rate')}
                </Button>
              )}
              {m.viewerCan.reopen && (
                <Button className="rt-btn rt-btn-plain" onClick={() => setAction('reopen')}>
                  {t('reopen')}
                </Button>
              )}
              {m.viewerCan.withdraw && (
                <Button className="rt-btn rt-btn-plain" onClick={() => setAction('withdraw')}>
                  {t('withdraw')}
                </Button>
              )}
            </View>
          )}
        </>
      )}
    </Page>
  );
}
