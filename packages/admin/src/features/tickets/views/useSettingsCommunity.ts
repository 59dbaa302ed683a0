import { useQuery } from '@apollo/client/react';
import { useListParams } from '../../../app/list';
import { SettingsCommunitiesDocument } from '../graphql/settings';
import { CATEGORY_PARAMS } from '../urls';

/** The community whose settings are shown: `?community=` or the first one in the viewer's scope. */
export function useSettingsCommunity() {
  const list = useListParams(CATEGORY_PARAMS);
  const { data, loading } = useQuery(SettingsCommunitiesDocument);
  const communities = data?.communities.edges.map((e) => e.node) ?? [];
  const communityId = list.values.community ?? communities[0]?.id ?? null;
  return { communities, communityId, loading, setCommunity: (id: string) => list.set({ community: id }) };
}
