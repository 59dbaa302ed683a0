import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Largest GraphQL document, in lexical tokens (graphql-armor's rule and our own pre-parse). */
export const MAX_TOKENS = 3000;

/**
 * graphql-armor's limits on every document (HTTP and graphql-ws). The cost limit counts fields
 * weighted by depth, not list sizes (STACK trap 14): it stops absurd documents, while the console's
 * own documents — fragments included, which armor counts one level deeper — must pass
 * (test/foundation/console-documents.test.ts). The cost that multiplies by each list's `first`,
 * and the budgets, are graphql/limits.ts. Field suggestions ("Did you mean …?") only in development.
 */
export function createArmor(options: { suggestions?: boolean } = {}) {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: MAX_TOKENS },
    costLimit: { maxCost: 50000 },
    blockFieldSuggestion: { enabled: !options.suggestions },
  }).protect();
}
