import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { PAGE_SIZES } from '../Pager';

/** The URL parameter of a list's page size (absent: the screen's default). */
export const SIZE_PARAM = 'size';

/** The page size in a search string: one of `PAGE_SIZES`, else the default. */
export function parsePageSize(search: URLSearchParams, fallback: number): number {
  const n = Number(search.get(SIZE_PARAM));
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : fallback;
}

/**
 * A list's page size, kept in the URL (`?size=50`) beside its filters. Changing it starts again at
 * the first page (`cursorParam` is dropped): a cursor of one size means another page at another.
 */
export function usePageSize(fallback = 20, cursorParam = 'after'): [number, (size: number) => void] {
  const [search, setSearch] = useSearchParams();
  const size = parsePageSize(search, fallback);
  const set = useCallback(
    (next: number) =>
      setSearch((cur) => {
        const out = new URLSearchParams(cur);
        if (next === fallback) out.delete(SIZE_PARAM);
        else out.set(SIZE_PARAM, String(next));
        out.delete(cursorParam);
        return out;
      }),
    [setSearch, fallback, cursorParam],
  );
  return [size, set];
}
