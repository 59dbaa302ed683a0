import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Card, Chip, ErrorLine, LoadState, More, Page, Tag } from '../../components/Page';
import { useMyCommunity } from '../../components/PlacePicker';
import { useAct } from '../../lib/act';
import { request } from '../../lib/api';
import { formatTime, type MessageKey, useT } from '../../lib/i18n';
import { CastBallot, Votes } from '../../lib/ops-take-part';
import { usePagedQuery } from '../../lib/useQuery';

type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';
const CHOICES: Choice[] = ['FOR', 'AGAINST', 'ABSTAIN'];

/** 业主表决: the owners' votes whose roll I am on; my ballot (changeable while the vote is open). */
export default function VotesPage() {
  const { t, locale } = useT();
  const { cid, picker } = useMyCommunity();
  const q = usePagedQuery(Votes, { communityId: cid }, `votes.${cid}`, !cid);
  const { act, error, busy } = useAct(q.reload);
  const [open, setOpen] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, Choice>>({});
  const list = q.data?.data.votes;
  return (
    <Page title={t('votes')}>
      {picker}
      {cid && <LoadState q={q} />}
      <ErrorLine text={error} />
      <Card>
        {list && list.edges.length === 0 && <View className="rt-muted">{t('noVotes')}</View>}
        {list?.edges.map(({ node: v }) => {
          const mine = Object.fromEntries((v.myBallot?.choices ?? []).map((c) => [c.matterId, c.choice]));
          const chosen = (id: string): Choice | undefined => draft[`${v.id}.${id}`] ?? mine[id];
          const complete = v.matters.every((m) => chosen(m.id));
          return (
            <View key={v.id} className="rt-list-item" data-testid="vote">
              <View onClick={() => setOpen(open === v.id ? null : v.id)}>
                <Tag tone={v.status === 'OPEN' ? 'ok' : 'info'}>{t(`voteStatus_${v.status}` as MessageKey)}</Tag>
                <Text style={{ fontWeight: 600 }}>{v.title}</Text>
                <View className="rt-muted">
                  {v.estate.name} · {formatTime(v.opensAt, locale)}–{formatTime(v.closesAt, locale)}
                </View>
                <View className="rt-muted">
                  {v.myBallot ? t('ballotCast', { time: formatTime(v.myBallot.updatedAt, locale) }) : t('ballotNone')}
                </View>
              </View>
              {open === v.id &&
                v.matters.map((m) => (
                  <View key={m.id} className="rt-event">
                    <View style={{ fontWeight: 600 }}>
                      {m.position + 1}. {m.title}
                    </View>
                    <View className="rt-muted">{m.text}</View>
                    <View className="rt-chips" style={{ marginTop: '8px' }}>
                      {CHOICES.map((c) => (
                        <Chip
                          key={c}
                          on={chosen(m.id) === c}
                          onClick={() => v.viewerCan.cast && setDraft((d) => ({ ...d, [`${v.id}.${m.id}`]: c }))}
                        >
                          {t(`choice_${c}` as MessageKey)}
                        </Chip>
                      ))}
                    </View>
                  </View>
                ))}
              {open === v.id && v.viewerCan.cast && (
                <Button
                  className={`rt-btn${busy || !complete ? ' rt-btn-off' : ''}`}
                  disabled={busy || !complete}
                  onClick={() =>
                    void act(() =>
                      request(CastBallot, {
                        input: {
                          voteId: v.id,
                          choices: v.matters.map((m) => ({ matterId: m.id, choice: chosen(m.id) as Choice })),
                        },
                      }),
                    )
                  }
                >
                  {v.myBallot ? t('changeBallot') : t('castBallot')}
                </Button>
              )}
            </View>
          );
        })}
        <More show={!!list?.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
      </Card>
    </Page>
  );
}
