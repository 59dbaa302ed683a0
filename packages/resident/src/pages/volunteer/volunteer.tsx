import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Card, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { useMyCommunity } from '../../components/PlacePicker';
import { useAct } from '../../lib/act';
import { request } from '../../lib/api';
import { formatTime, type MessageKey, useT } from '../../lib/i18n';
import { CancelActivitySignup, MySignups, SignUpForActivity, VolunteerActivities } from '../../lib/ops-take-part';
import { clock } from '../../lib/time';
import { usePagedQuery } from '../../lib/useQuery';

const hours = (minutes: number) => (minutes / 60).toFixed(1);

/** 志愿服务: my hours, the community's activities (sign up; a full one puts me on the waiting list), my sign-ups. */
export default function Volunteer() {
  const { t, locale } = useT();
  const { cid, picker } = useMyCommunity();
  const q = usePagedQuery(VolunteerActivities, { communityId: cid }, `volunteer.${cid}`, !cid);
  const mine = usePagedQuery(MySignups, {}, 'mySignups');
  const { act, error, busy } = useAct(() => Promise.all([q.reload(), mine.reload()]));
  usePullDownRefresh(() => void Promise.all([q.reload(), mine.reload()]).finally(() => Taro.stopPullDownRefresh()));
  const record = q.data?.data.myVolunteerRecord;
  const list = q.data?.data.volunteerActivities;
  const signups = mine.data?.data.mySignups;
  const live = new Set(
    (signups?.edges ?? []).filter((e) => e.node.status !== 'CANCELLED').map((e) => e.node.activityId),
  );
  return (
    <Page title={t('volunteer')}>
      {picker}
      {cid && <LoadState q={q} />}
      <ErrorLine text={error} />
      {record && (
        <Card title={t('myHours')}>
          <View data-testid="my-hours">{t('hoursTotal', { h: hours(record.totalMinutes), n: record.activities })}</View>
          {record.years.map((y) => (
            <View key={y.year} className="rt-muted">
              {y.year}: {t('hoursTotal', { h: hours(y.minutes), n: y.activities })}
            </View>
          ))}
        </Card>
      )}
      {cid && (
        <Card title={t('activities')}>
          {list && list.edges.length === 0 && <View className="rt-muted">{t('noActivities')}</View>}
          {list?.edges.map(({ node: a }) => {
            const closed = Date.parse(a.signupDeadline) < Date.now();
            return (
              <View key={a.id} className="rt-list-item" data-testid="activity">
                <Text style={{ fontWeight: 600 }}>{a.title}</Text>
                <View>
                  {formatTime(a.startsAt, locale)}–{clock(a.endsAt)} · {a.place}
                </View>
                {a.description && <View className="rt-muted">{a.description}</View>}
                <View className="rt-muted">
                  {t('seats', { n: a.signedUpCount, max: a.capacity })} · {t('pointsPerHour', { n: a.pointsPerHour })} ·{' '}
                  {t('signupBy', { time: formatTime(a.signupDeadline, locale) })}
                </View>
                {live.has(a.id) ? (
                  <Tag tone="ok">{t('signedUp')}</Tag>
                ) : (
                  !closed && (
                    <Button
                      className={`rt-btn rt-btn-small${busy ? ' rt-btn-off' : ''}`}
                      disabled={busy}
                      onClick={() => void act(() => request(SignUpForActivity, { input: { activityId: a.id } }))}
                    >
                      {a.signedUpCount >= a.capacity ? t('joinWaiting') : t('signUp')}
                    </Button>
                  )
                )}
              </View>
            );
          })}
          <More show={!!list?.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
        </Card>
      )}
      <Card title={t('mySignups')}>
        <LoadState q={mine} />
        {signups && signups.edges.length === 0 && <View className="rt-muted">{t('noSignups')}</View>}
        {signups?.edges.map(({ node: s }) => (
          <View key={s.id} className="rt-list-item" data-testid="signup">
            <View>
              <Tag tone={s.status === 'SIGNED_UP' ? 'ok' : s.status === 'WAITING' ? 'warn' : 'bad'}>
                {t(`signup_${s.status}` as MessageKey, { n: s.position })}
              </Tag>
              <Text>{s.activityTitle}</Text>
            </View>
            {s.hoursStatus !== 'NONE' && (
              <View className="rt-muted">
                {t(`hours_${s.hoursStatus}` as MessageKey, {
                  h: hours(s.approvedMinutes ?? s.recordedMinutes ?? 0),
                })}
              </View>
            )}
            {s.status !== 'CANCELLED' && s.hoursStatus === 'NONE' && (
              <Button
                className="rt-btn rt-btn-plain rt-btn-small"
                disabled={busy}
                onClick={() => void act(() => request(CancelActivitySignup, { input: { signupId: s.id } }))}
              >
                {t('cancelSignup')}
              </Button>
            )}
          </View>
        ))}
        <More show={!!signups?.pageInfo.hasNextPage && !mine.atMax} onClick={mine.more} />
      </Card>
    </Page>
  );
}
