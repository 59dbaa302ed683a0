import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects a path below the field being resolved, through fragments and
 * inline fragments: `selects(info, 'edges', 'node', 'user')` in a list resolver. A field under
 * `@skip`/`@include` counts as selected (the answer only decides whether to load ahead, so erring
 * towards loading is safe). Lets a list load a to-one relation with its page only when asked for.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    const visit = (set: SelectionSetNode) => {
      for (const s of set.selections) {
        if (s.kind === 'Field') {
          if (s.name.value === name && s.selectionSet) next.push(s.selectionSet);
          else if (s.name.value === name) next.push({ kind: 'SelectionSet' as never, selections: [] });
        } else if (s.kind === 'InlineFragment') visit(s.selectionSet);
        else {
          const fragment = info.fragments[s.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) visit(set);
    if (next.length === 0) return false;
    sets = next;
  }
  return true;
}
