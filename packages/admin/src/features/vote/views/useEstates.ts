import { useQuery } from '@apollo/client/react';
import { VoteEstatesDocument } from '../graphql/vote';

/** The estates the viewer reaches (first 100), for the estate pickers; the first is the default. */
export function useEstates(selected: string | null | undefined) {
  const q = useQuery(VoteEstatesDocument);
  const estates = q.data?.estates.edges.map((e) => e.node) ?? [];
  const estate = estates.find((e) => e.id === selected) ?? estates[0] ?? null;
  return { estates, estate, loading: q.loading };
}
