// Types of lists.mjs (plain JavaScript: the raw twin runs on node without a build).
type Shaper = (plan: Record<string, unknown>, results: unknown[][]) => { data: Record<string, unknown> };
export const listShapers: Record<'simpleList' | 'publicationList' | 'figures', Shaper>;
