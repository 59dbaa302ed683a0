import { RichText, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { Card, Chip, LoadState, More, Page, Tag } from '../../components/Page';
import { formatTime, type MessageKey, useT } from '../../lib/i18n';
import { Publications } from '../../lib/ops-disclosure';
import { usePagedQuery } from '../../lib/useQuery';

const CHANNELS = [null, 'NEWS', 'COMMUNITY_AFFAIRS', 'PARTY_BUILDING', 'PROPERTY', 'COMMITTEE'] as const;

/**
 * 公开信息: what my street, community and estates publish (news, 三务公开, 党建, 物业公开, 业委会公开),
 * pinned first, then newest; tap one to read it.
 */
export default function PublicationsPage() {
  const { t, locale } = useT();
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>(null);
  const q = usePagedQuery(Publications, { channel }, `publications.${channel ?? 'all'}`);
  const [open, setOpen] = useState<string | null>(null);
  usePullDownRefresh(() => void q.reload().finally(() => Taro.stopPullDownRefresh()));
  const list = q.data?.data.publications;
  return (
    <Page title={t('publications')}>
      <View className="rt-chips" style={{ marginBottom: '12px' }}>
        {CHANNELS.map((c) => (
          <Chip key={c ?? 'all'} on={c === channel} onClick={() => setChannel(c)}>
            {t(`channel_${c ?? 'ALL'}` as MessageKey)}
          </Chip>
        ))}
      </View>
      <LoadState q={q} />
      <Card>
        {list && list.edges.length === 0 && <View className="rt-muted">{t('noPublications')}</View>}
        {list?.edges.map(({ node: p }) => (
          <View key={p.id} className="rt-list-item" data-testid="publication">
            <View onClick={() => setOpen(open === p.id ? null : p.id)}>
              {p.pinned && <Tag tone="bad">{t('pinned')}</Tag>}
              {p.isNew && <Tag tone="info">{t('new')}</Tag>}
              <Text style={{ fontWeight: 600 }}>{p.title}</Text>
              <View className="rt-muted">
                {t(`channel_${p.channel}` as MessageKey)}
                {p.kind ? `·${t(`affairs_${p.kind}` as MessageKey)}` : ''} · {p.placeName} · {p.publisherName}
                {p.publishedAt ? ` · ${formatTime(p.publishedAt, locale, false)}` : ''}
              </View>
            </View>
            {open === p.id && (
              <View className="rt-publication" data-testid="publication-body">
                <RichText nodes={p.body} />
                {p.attachments.map((a) => (
                  <View key={a.id} className="rt-muted">
                    📎 {a.originalName}
                  </View>
                ))}
                {p.revisionNumber > 1 && <View className="rt-muted">{t('revisionN', { n: p.revisionNumber })}</View>}
              </View>
            )}
          </View>
        ))}
        <More show={!!list?.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
      </Card>
    </Page>
  );
}
