import { useQuery } from '@apollo/client/react';
import { useUrlState } from '../../../app/url';
import { SettingsCommunitiesDocument } from '../graphql/settings';

/** The community whose settings are shown: `?community=` or the first one in the viewer's scope. */
export function useSettingsCommunity() {
  const [params, setParams] = useUrlState();
  const { data, loading } = useQuery(SettingsCommunitiesDocument);
  const communities = data?.communities.edges.map((e) => e.node) ?? [];
  const communityId = params.get('community') ?? communities[0]?.id ?? null;
  return { communities, communityId, loading, setCommunity: (id: string) => setParams({ community: id }) };
}
