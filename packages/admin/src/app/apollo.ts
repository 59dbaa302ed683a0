import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

/** Where the access token lives between page loads. */
export const tokenStore = {
  get: () => localStorage.getItem('roundtable.accessToken'),
  set: (token: string | null) =>
    token ? localStorage.setItem('roundtable.accessToken', token) : localStorage.removeItem('roundtable.accessToken'),
};

/** The one Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions, same path. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const authLink = new ApolloLink((operation, forward) => {
    const token = tokenStore.get();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }));
    return forward(operation);
  });
  const http = authLink.concat(new HttpLink({ uri }));
  const wsUrl = new URL(uri, window.location.href);
  wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = new GraphQLWsLink(
    createClient({
      url: wsUrl.toString(),
      lazy: true,
      connectionParams: () => {
        const token = tokenStore.get();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  );
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
