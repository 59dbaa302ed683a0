import { useQuery } from '@apollo/client/react';
import { Segmented, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useFilterStyle } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { PointsCommunitiesDocument } from '../graphql/points';
import { leaderboardUrl, ledgerUrl, rewardsUrl, rulesUrl } from '../urls';

type Tab = 'leaderboard' | 'ledger' | 'rules' | 'rewards';
const URLS = { leaderboard: leaderboardUrl, ledger: ledgerUrl, rules: rulesUrl, rewards: rewardsUrl };

/** The points screens' switch and community picker (the community travels in the URL). */
export function PointsNav(props: { tab: Tab; community: string | null; onCommunity(id: string | null): void }) {
  const { t } = useI18n();
  const style = useFilterStyle();
  const navigate = useNavigate();
  const communities = useQuery(PointsCommunitiesDocument);
  return (
    <>
      <Segmented<Tab>
        value={props.tab}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
        onChange={(tab) => navigate(URLS[tab]({ community: props.community }))}
        options={(['leaderboard', 'ledger', 'rules', 'rewards'] as const).map((v) => ({
          value: v,
          label: t(`points.tab.${v}`),
        }))}
      />
      <Select
        placeholder={t('points.community')}
        aria-label={t('points.community')}
        value={props.community ?? undefined}
        onChange={(v) => props.onCommunity(v ?? null)}
        options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        style={style(200)}
      />
    </>
  );
}
