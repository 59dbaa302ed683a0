import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { STATE_TONE } from '../../components/Deadline';
import { Card, Chip, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { useMyCommunity } from '../../components/PlacePicker';
import { request } from '../../lib/api';
import { errorText, formatTime, type MessageKey, useT } from '../../lib/i18n';
import { FollowTicket, MeTooTicket, TicketBoard } from '../../lib/ops-board';
import { usePagedQuery } from '../../lib/useQuery';

const SORTS = ['NEWEST', 'MOST_ME_TOO', 'RECENTLY_RESOLVED'] as const;

/**
 * 社区公开栏: the community's accepted matters in their public form; 我也遇到 (I have it too) and
 * follow (told of replies and resolution).
 */
export default function Board() {
  const { t, locale } = useT();
  const { cid, picker } = useMyCommunity();
  const [sort, setSort] = useState<(typeof SORTS)[number]>('NEWEST');
  const q = usePagedQuery(TicketBoard, { communityId: cid, sort }, `board.${cid}.${sort}`, !cid);
  const [error, setError] = useState<string | null>(null);
  usePullDownRefresh(() => void q.reload().finally(() => Taro.stopPullDownRefresh()));

  async function act(run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
      await q.reload();
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const list = q.data?.data.ticketBoard;
  return (
    <Page title={t('board')}>
      {picker}
      <View className="rt-chips" style={{ marginBottom: '12px' }}>
        {SORTS.map((s) => (
          <Chip key={s} on={s === sort} onClick={() => setSort(s)}>
            {t(`sort_${s}`)}
          </Chip>
        ))}
      </View>
      {cid && <LoadState q={q} />}
      <ErrorLine text={error} />
      <Card>
        {list && list.edges.length === 0 && <View className="rt-muted">{t('boardEmpty')}</View>}
        {list?.edges.map(({ node: m }) => (
          <View key={m.id} className="rt-list-item" data-testid="board-item">
            <View>
              <Tag tone={STATE_TONE[m.state] ?? 'info'}>{t(`state_${m.state}` as MessageKey)}</Tag>
              <Text>{m.title}</Text>
            </View>
            <View className="rt-muted">
              {m.number} · {formatTime(m.createdAt, locale, false)}
              {m.estate ? ` · ${m.estate.name}` : ''}
              {m.category ? ` · ${locale === 'zh-CN' ? m.category.nameZh : m.category.nameEn}` : ''}
            </View>
            {m.body && <View>{m.body.length > 80 ? `${m.body.slice(0, 80)}…` : m.body}</View>}
            <View className="rt-row" style={{ marginTop: '8px' }}>
              <Button
                className={`rt-btn rt-btn-small${m.viewerMeToo ? ' rt-btn-off' : ''}`}
                disabled={m.viewerMeToo}
                data-testid="me-too"
                onClick={() => void act(() => request(MeTooTicket, { input: { ticketId: m.id } }))}
              >
                {m.viewerMeToo ? t('meTooDone', { n: m.meTooCount }) : t('meToo', { n: m.meTooCount })}
              </Button>
              <Button
                className="rt-btn rt-btn-plain rt-btn-small"
                data-testid="follow"
                onClick={() =>
                  void act(() => request(FollowTicket, { input: { ticketId: m.id, follow: !m.viewerFollows } }))
                }
              >
                {m.viewerFollows ? t('unfollow') : t('follow')}
              </Button>
            </View>
          </View>
        ))}
        <More show={!!list?.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
      </Card>
    </Page>
  );
}
