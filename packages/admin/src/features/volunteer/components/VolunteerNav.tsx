import { useQuery } from '@apollo/client/react';
import { Segmented, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useFilterStyle } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { VolunteerCommunitiesDocument } from '../graphql/volunteer';
import { activitiesUrl, hoursUrl, volunteersUrl } from '../urls';

type Tab = 'activities' | 'hours' | 'people';

/** The volunteer screens' switch and community picker (the community travels in the URL). */
export function VolunteerNav(props: { tab: Tab; community: string | null; onCommunity(id: string | null): void }) {
  const { t } = useI18n();
  const style = useFilterStyle();
  const navigate = useNavigate();
  const communities = useQuery(VolunteerCommunitiesDocument);
  const options = communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const urls = { activities: activitiesUrl, hours: hoursUrl, people: volunteersUrl };
  return (
    <>
      <Segmented<Tab>
        value={props.tab}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
        onChange={(tab) => navigate(urls[tab]({ community: props.community }))}
        options={[
          { value: 'activities', label: t('volunteer.tab.activities') },
          { value: 'hours', label: t('volunteer.tab.hours') },
          { value: 'people', label: t('volunteer.tab.people') },
        ]}
      />
      <Select
        placeholder={t('volunteer.community')}
        aria-label={t('volunteer.community')}
        value={props.community ?? undefined}
        onChange={(v) => props.onCommunity(v ?? null)}
        options={options}
        style={style(200)}
      />
    </>
  );
}
