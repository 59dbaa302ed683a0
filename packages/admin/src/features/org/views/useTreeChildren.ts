import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../i18n';
import type { NodeRow } from '../components/NodeList';
import {
  BuildingsDocument,
  CommunitiesDocument,
  EstatesDocument,
  HouseholdsDocument,
  StreetsDocument,
} from '../graphql/tree';
import { childLevel, type TreePosition } from '../urls';

const PAGE = 50;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: unknown }[];
}

/** Appends the next page of a connection to the cached one ("load more"). */
function appendPage<T extends Record<string, Page>>(key: keyof T) {
  return (prev: T, { fetchMoreResult }: { fetchMoreResult: T }): T => {
    const p = prev[key] as Page;
    const n = fetchMoreResult[key] as Page;
    return { ...fetchMoreResult, [key]: { ...n, edges: [...p.edges, ...n.edges] } };
  };
}

/** The children of the current tree position, whichever level that is, as uniform rows. */
export function useTreeChildren(p: TreePosition) {
  const { t } = useI18n();
  const level = childLevel(p);
  const base = { first: PAGE, after: null, includeArchived: p.archived };
  const streets = useQuery(StreetsDocument, { variables: base, skip: level !== 'street' });
  const communities = useQuery(CommunitiesDocument, {
    variables: { ...base, streetId: p.street },
    skip: level !== 'community',
  });
  const estates = useQuery(EstatesDocument, {
    variables: { ...base, communityId: p.community },
    skip: level !== 'estate',
  });
  const buildings = useQuery(BuildingsDocument, {
    variables: { ...base, estateId: p.estate },
    skip: level !== 'building',
  });
  const households = useQuery(HouseholdsDocument, {
    variables: { ...base, estateId: p.estate, buildingId: p.building },
    skip: level !== 'household',
  });

  switch (level) {
    case 'street': {
      const c = streets.data?.streets;
      return {
        level,
        rows: (c?.edges ?? []).map(({ node: n }): NodeRow => ({ ...n, detail: n.district, openable: true })),
        conn: c,
        loading: streets.loading,
        error: streets.error,
        refetch: streets.refetch,
        loadMore: () =>
          streets.fetchMore({ variables: { after: c?.pageInfo.endCursor }, updateQuery: appendPage('streets') }),
      };
    }
    case 'community': {
      const c = communities.data?.communities;
      return {
        level,
        rows: (c?.edges ?? []).map(({ node: n }): NodeRow => ({ ...n, detail: n.address, openable: true })),
        conn: c,
        loading: communities.loading,
        error: communities.error,
        refetch: communities.refetch,
        loadMore: () =>
          communities.fetchMore({
            variables: { after: c?.pageInfo.endCursor },
            updateQuery: appendPage('communities'),
          }),
      };
    }
    case 'estate': {
      const c = estates.data?.estates;
      return {
        level,
        rows: (c?.edges ?? []).map(({ node: n }): NodeRow => ({ ...n, detail: n.address, openable: true })),
        conn: c,
        loading: estates.loading,
        error: estates.error,
        refetch: estates.refetch,
        loadMore: () =>
          estates.fetchMore({ variables: { after: c?.pageInfo.endCursor }, updateQuery: appendPage('estates') }),
      };
    }
    case 'building': {
      const c = buildings.data?.buildings;
      return {
        level,
        rows: (c?.edges ?? []).map(({ node: n }): NodeRow => ({ ...n, openable: true })),
        conn: c,
        loading: buildings.loading,
        error: buildings.error,
        refetch: buildings.refetch,
        loadMore: () =>
          buildings.fetchMore({ variables: { after: c?.pageInfo.endCursor }, updateQuery: appendPage('buildings') }),
      };
    }
    default: {
      const c = households.data?.households;
      return {
        level,
        rows: (c?.edges ?? []).map(
          ({ node: n }): NodeRow => ({
            ...n,
            name: n.label,
            detail: `${n.unit || '—'} / ${n.room}`,
            openable: false,
          }),
        ),
        conn: c,
        loading: households.loading,
        error: households.error,
        refetch: households.refetch,
        loadMore: () =>
          households.fetchMore({ variables: { after: c?.pageInfo.endCursor }, updateQuery: appendPage('households') }),
        detailTitle: `${t('org.unit')} / ${t('org.room')}`,
      };
    }
  }
}
