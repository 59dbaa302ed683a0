import { MyHome } from './ops';
import { useQuery } from './useQuery';

/**
 * My verified homes (approved bindings) and the communities they are in: the places whose venues,
 * board, publications and activities a resident sees.
 */
export function useMyPlaces() {
  const home = useQuery(MyHome, {}, 'home');
  const approved = (home.data?.data.myHouseholdBindings ?? []).filter((b) => b.status === 'APPROVED');
  const communities = [...new Map(approved.map((b) => [b.estate.community.id, b.estate.community] as const)).values()];
  return { home, approved, communities, loaded: home.data !== null };
}
