import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type Patch = Record<string, string | number | boolean | null | undefined>;

/** Merges a patch into search params; empty values are dropped so links stay short. */
export function mergeSearch(current: URLSearchParams, patch: Patch): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined || v === '' || v === false) next.delete(k);
    else next.set(k, v === true ? '1' : String(v));
  }
  return next;
}

/**
 * The URL is the state of filters, paging and open drawers (CONVENTIONS 11). `set` changes some
 * keys; any filter change should also drop `after` (the page cursor), which callers pass.
 */
export function useUrlState(): [URLSearchParams, (patch: Patch, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (patch: Patch, replace = false) => setParams((cur) => mergeSearch(cur, patch), { replace }),
    [setParams],
  );
  return [params, set];
}
