import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Card, Chip, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { useMyCommunity } from '../../components/PlacePicker';
import { useAct } from '../../lib/act';
import { request } from '../../lib/api';
import { formatTime, type MessageKey, useT } from '../../lib/i18n';
import { MyPoints, PointsLeaderboard, PointsRewards, RedeemPointsReward } from '../../lib/ops-take-part';
import { usePagedQuery } from '../../lib/useQuery';

const PERIODS = ['MONTH', 'YEAR', 'ALL_TIME'] as const;
const TABS = ['ledger', 'leaderboard', 'rewards'] as const;

/** 我的积分: my balance and its entries, the community's leaderboard, and rewards to redeem (with the pick-up code). */
export default function Points() {
  const { t, locale } = useT();
  const { cid, picker } = useMyCommunity();
  const [tab, setTab] = useState<(typeof TABS)[number]>('ledger');
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('MONTH');
  const mine = usePagedQuery(MyPoints, { communityId: cid }, `points.${cid}`, !cid);
  const board = usePagedQuery(
    PointsLeaderboard,
    { communityId: cid, period },
    `leaderboard.${cid}.${period}`,
    !cid || tab !== 'leaderboard',
  );
  const rewards = usePagedQuery(PointsRewards, { communityId: cid }, `rewards.${cid}`, !cid || tab !== 'rewards');
  const { act, error, busy } = useAct(() => Promise.all([mine.reload(), rewards.reload()]));
  const balance = mine.data?.data.myPointsBalance;
  return (
    <Page title={t('points')}>
      {picker}
      {balance !== undefined && (
        <Card title={t('myBalance')}>
          <Text className="rt-code" data-testid="points-balance">
            {balance}
          </Text>
        </Card>
      )}
      <View className="rt-chips" style={{ marginBottom: '12px' }}>
        {TABS.map((x) => (
          <Chip key={x} on={x === tab} onClick={() => setTab(x)}>
            {t(`pointsTab_${x}` as MessageKey)}
          </Chip>
        ))}
      </View>
      <ErrorLine text={error} />
      {tab === 'ledger' && (
        <Card>
          <LoadState q={mine} />
          {mine.data?.data.myPointsEntries.edges.length === 0 && <View className="rt-muted">{t('noPoints')}</View>}
          {mine.data?.data.myPointsEntries.edges.map(({ node: e }) => (
            <View
              key={e.id}
              className="rt-list-item rt-row"
              style={{ justifyContent: 'space-between' }}
              data-testid="points-entry"
            >
              <View>
                <View>{t(`pointsReason_${e.reason}` as MessageKey)}</View>
                <View className="rt-muted">
                  {formatTime(e.createdAt, locale, false)}
                  {e.note ? ` · ${e.note}` : ''}
                </View>
              </View>
              <Text style={{ fontWeight: 600 }}>{e.delta > 0 ? `+${e.delta}` : e.delta}</Text>
            </View>
          ))}
          <More show={!!mine.data?.data.myPointsEntries.pageInfo.hasNextPage && !mine.atMax} onClick={mine.more} />
        </Card>
      )}
      {tab === 'leaderboard' && (
        <Card>
          <View className="rt-chips" style={{ marginBottom: '12px' }}>
            {PERIODS.map((p) => (
              <Chip key={p} on={p === period} onClick={() => setPeriod(p)}>
                {t(`period_${p}` as MessageKey)}
              </Chip>
            ))}
          </View>
          <LoadState q={board} />
          {board.data?.data.pointsLeaderboard.edges.length === 0 && <View className="rt-muted">{t('noPoints')}</View>}
          {board.data?.data.pointsLeaderboard.edges.map(({ node: r }) => (
            <View
              key={r.rank}
              className="rt-list-item rt-row"
              style={{ justifyContent: 'space-between', fontWeight: r.isViewer ? 600 : 'normal' }}
              data-testid="leaderboard-row"
            >
              <Text>
                {r.rank}. {r.displayName}
                {r.isViewer ? ` (${t('me')})` : ''}
              </Text>
              <Text>{r.points}</Text>
            </View>
          ))}
          <More show={!!board.data?.data.pointsLeaderboard.pageInfo.hasNextPage && !board.atMax} onClick={board.more} />
        </Card>
      )}
      {tab === 'rewards' && (
        <>
          <Card>
            <LoadState q={rewards} />
            {rewards.data?.data.pointsRewards.edges.length === 0 && <View className="rt-muted">{t('noRewards')}</View>}
            {rewards.data?.data.pointsRewards.edges.map(({ node: r }) => (
              <View key={r.id} className="rt-list-item" data-testid="reward">
                <Text style={{ fontWeight: 600 }}>{r.name}</Text>
                {r.description && <View className="rt-muted">{r.description}</View>}
                <View className="rt-muted">{t('rewardCost', { n: r.cost, stock: r.stock })}</View>
                <Button
                  className={`rt-btn rt-btn-small${busy || r.stock < 1 || (balance ?? 0) < r.cost ? ' rt-btn-off' : ''}`}
                  disabled={busy || r.stock < 1 || (balance ?? 0) < r.cost}
                  onClick={() => void act(() => request(RedeemPointsReward, { input: { rewardId: r.id } }))}
                >
                  {t('redeem')}
                </Button>
              </View>
            ))}
            <More
              show={!!rewards.data?.data.pointsRewards.pageInfo.hasNextPage && !rewards.atMax}
              onClick={rewards.more}
            />
          </Card>
          <Card title={t('myRedemptions')}>
            {rewards.data?.data.myRedemptions.edges.length === 0 && (
              <View className="rt-muted">{t('noRedemptions')}</View>
            )}
            {rewards.data?.data.myRedemptions.edges.map(({ node: r }) => (
              <View key={r.id} className="rt-list-item" data-testid="redemption">
                <View>
                  <Tag tone={r.status === 'CANCELLED' ? 'bad' : 'ok'}>{t(`redemption_${r.status}` as MessageKey)}</Tag>
                  {r.rewardName} · {t('pointsN', { n: r.cost })}
                </View>
                {r.pickupCode && r.status === 'RESERVED' && (
                  <View className="rt-row">
                    <Text className="rt-muted">{t('pickupCode')}</Text>
                    <Text className="rt-code">{r.pickupCode}</Text>
                  </View>
                )}
              </View>
            ))}
          </Card>
        </>
      )}
    </Page>
  );
}
