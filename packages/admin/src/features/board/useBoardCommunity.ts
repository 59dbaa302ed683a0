import { useQuery } from '@apollo/client/react';
import { useListParams } from '../../app/list';
import { BoardCommunitiesDocument } from './graphql/board';
import { BOARD_PARAMS } from './urls';

/** The community shown: `?community=` or the first one in the viewer's scope. */
export function useBoardCommunity() {
  const list = useListParams(BOARD_PARAMS);
  const { data, loading } = useQuery(BoardCommunitiesDocument);
  const communities = data?.communities.edges.map((e) => e.node) ?? [];
  const communityId = list.values.community ?? communities[0]?.id ?? null;
  return {
    list,
    communities,
    communityId,
    loading,
    setCommunity: (id: string) => list.set({ community: id, after: null }),
  };
}
