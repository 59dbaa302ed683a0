/** Where in the tree the page is: the deepest id given decides the level listed. */
export interface TreePosition {
  street: string | null;
  community: string | null;
  estate: string | null;
  building: string | null;
  archived: boolean;
}

export type TreeLevel = 'street' | 'community' | 'estate' | 'building' | 'household';

export function parseTreeParams(params: URLSearchParams): TreePosition {
  return {
    street: params.get('street'),
    community: params.get('community'),
    estate: params.get('estate'),
    building: params.get('building'),
    archived: params.get('archived') === '1',
  };
}

/** The level of the children listed at a position. */
export function childLevel(p: TreePosition): TreeLevel {
  if (p.building && p.estate) return 'household';
  if (p.estate) return 'building';
  if (p.community) return 'estate';
  if (p.street) return 'community';
  return 'street';
}

export function orgTreeUrl(p: Partial<TreePosition>): string {
  const q = new URLSearchParams();
  for (const k of ['street', 'community', 'estate', 'building'] as const) {
    const v = p[k];
    if (v) q.set(k, v);
  }
  if (p.archived) q.set('archived', '1');
  const s = q.toString();
  return s ? `/org?${s}` : '/org';
}
