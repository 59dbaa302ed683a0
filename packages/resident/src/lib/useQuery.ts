import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { NetworkError, request } from './api';
import { type Cached, readCache, session, writeCache } from './store';

/**
 * Loads a query when the page shows; the answer is kept (per user) so a bad connection shows what was
 * last loaded, with its time (`stale` is true then).
 */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V, cacheName?: string, skip = false) {
  const [state, setState] = useState<{ data: Cached<R> | null; error: unknown; stale: boolean; loading: boolean }>(
    () => ({ data: cacheName ? readCache<R>(cacheName) : null, error: null, stale: false, loading: true }),
  );
  const vars = JSON.stringify(variables);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (skip || !session.get()) return;
    const n = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await request(doc, JSON.parse(vars) as V);
      if (n !== latest.current) return;
      const c = cacheName ? writeCache(cacheName, data) : { at: new Date().toISOString(), data };
      setState({ data: c, error: null, stale: false, loading: false });
    } catch (error) {
      if (n !== latest.current) return;
      setState((s) => ({ ...s, error, stale: error instanceof NetworkError && s.data !== null, loading: false }));
    }
  }, [doc, vars, cacheName, skip]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useDidShow(() => {
    void reload();
  });
  return { ...state, reload };
}

/** Page sizes of the growing lists: the first page, then one more page per "更多", never past the API's 100. */
export const PAGE = 20;
const MAX_PAGE = 100;

/**
 * A list loaded a page at a time: `more()` asks for one more page (the first `n` items again, so the kept
 * copy stays one answer, shown with its time when the connection is bad); bounded at 100 items.
 */
export function usePagedQuery<R, V extends { first: number }>(
  doc: TypedDocumentString<R, V>,
  variables: Omit<V, 'first'>,
  cacheName: string,
  skip = false,
) {
  const [first, setFirst] = useState(PAGE);
  const q = useQuery(doc, { ...variables, first } as V, cacheName, skip);
  const more = useCallback(() => setFirst((n) => Math.min(n + PAGE, MAX_PAGE)), []);
  return { ...q, more, atMax: first >= MAX_PAGE };
}
