import { Link, useSearchParams } from 'react-router';

/** "已合并到": the primary ticket as a link that opens its drawer over the same list. Props only. */
export function MergedIntoLink({ primary }: { primary: { id: string; title: string } }) {
  const [search] = useSearchParams();
  const next = new URLSearchParams(search);
  next.set('ticket', primary.id);
  return (
    <Link to={{ search: `?${next}` }} data-testid="merged-into-link">
      {primary.title}
    </Link>
  );
}
