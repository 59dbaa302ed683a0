import { useQuery } from '@apollo/client/react';
import { Select, Switch } from 'antd';
import { Link } from 'react-router';
import { ListFilters, ListPage, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { ActionItemList } from '../components/ActionItemList';
import { MeetingActionItemListDocument, MeetingCommunitiesDocument } from '../graphql/meeting';
import { ACTION_PARAMS, meetingUrl } from '../urls';

const PAGE = 20;

/** 督办事项: action items across a community's meetings, overdue ones highlighted (or only those). */
export function ActionItemTrackerView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(ACTION_PARAMS);
  const f = list.values;
  const communities = useQuery(MeetingCommunitiesDocument);
  const community = f.community ?? communities.data?.communities.edges[0]?.node.id ?? null;
  const { data, error } = useQuery(MeetingActionItemListDocument, {
    variables: { communityId: community ?? '', overdueOnly: f.overdue, first: PAGE, after: f.after },
    skip: !community,
    fetchPolicy: 'cache-and-network',
  });
  const conn = data?.meetingActionItems;
  return (
    <ListPage
      title={t('meeting.actions')}
      actions={<Link to={meetingUrl({ community: community ?? undefined })}>{t('nav.meeting')}</Link>}
      filters={
        <ListFilters>
          <Select
            aria-label={t('meeting.community')}
            value={community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(200)}
          />
          <span>
            <Switch checked={f.overdue} onChange={(v) => list.set({ overdue: v })} /> {t('meeting.action.overdueOnly')}
          </span>
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
    >
      <ActionItemList items={conn?.edges.map((e) => e.node) ?? []} showMeeting />
    </ListPage>
  );
}
