import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Largest GraphQL document, in lexical tokens (graphql-armor's rule and our own pre-parse). */
export const MAX_TOKENS = 3000;

/**
 * graphql-armor's limits on every document (HTTP and graphql-ws). The cost limit counts fields
 * weighted by depth, not list sizes (STACK trap 14): it stops absurd documents, while the console's
 * own documents — fragments included, which armor counts one level deeper — must pass
 * (test/foundation/console-documents.test.ts). A first-aware cost budget comes with the public API.
 */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: MAX_TOKENS },
    costLimit: { maxCost: 50000 },
  }).protect();
}
