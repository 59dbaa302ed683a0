import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { from, Observable, switchMap } from 'rxjs';
import { CONSOLE_CLIENT_NAME, sha256Hex } from './request';
import { session } from './session';

/** Kept for callers of the shell's API: the access token between page loads. */
export const tokenStore = {
  get: () => session.accessToken(),
};

const REFRESH_MUTATION = `mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken refreshToken }
}`;

/** Codes after which the session is gone: back to the login page. */
const SIGNED_OUT_CODES = new Set(['SESSION_REVOKED', 'UNAUTHENTICATED']);

/** Held by whichever tab of this origin is refreshing (Web Locks API: shared by all tabs). */
const REFRESH_LOCK = 'roundtable.refresh';

/** Runs `fn` while holding the cross-tab refresh lock (directly where the browser has no locks). */
function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // lib.dom types the result as Promise<Promise<T>>; a promise resolved with a promise adopts it.
  return locks ? (locks.request(REFRESH_LOCK, fn) as unknown as Promise<T>) : fn();
}

/**
 * Exchanges the refresh token for new tokens, once for all requests and tabs failing at the same
 * moment: refresh tokens rotate and a second use of the same one ends the session everywhere.
 * Within a tab one promise is shared; across tabs a Web Lock serialises refreshes, and inside the
 * lock the stored tokens are read again: when another tab already rotated them (the stored access
 * token is no longer the one that failed), this tab uses its result instead of refreshing again.
 */
let refreshing: Promise<boolean> | null = null;
export function refreshTokens(
  uri: string,
  fetchImpl: typeof fetch = fetch,
  failedAccessToken: string | null = session.accessToken(),
): Promise<boolean> {
  if (refreshing) return refreshing;
  if (!session.refreshToken()) return Promise.resolve(false);
  refreshing = withRefreshLock(async () => {
    const stored = session.accessToken();
    if (stored && stored !== failedAccessToken) return true; // another tab refreshed meanwhile
    const refreshToken = session.refreshToken();
    if (!refreshToken) return false;
    try {
      const res = await fetchImpl(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH_MUTATION, variables: { input: { refreshToken } } }),
      });
      const body = (await res.json()) as {
        data?: { refreshSession?: { accessToken: string; refreshToken: string } | null } | null;
      };
      const tokens = body.data?.refreshSession;
      if (!tokens) return false;
      session.save(tokens);
      return true;
    } catch {
      return false;
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => String(e.extensions?.code ?? ''));
}

/**
 * TOKEN_EXPIRED: refresh once and retry the operation; a second TOKEN_EXPIRED (or a failed
 * refresh) signs out. SESSION_REVOKED / UNAUTHENTICATED on an authenticated request: sign out.
 */
export function createAuthErrorLink(uri: string, fetchImpl?: typeof fetch): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    const codes = errorCodes(error);
    const hadToken = !!operation.getContext().hadToken;
    if (codes.includes('TOKEN_EXPIRED') && !operation.getContext().retried) {
      const failedToken = (operation.getContext().accessToken as string | null | undefined) ?? session.accessToken();
      return from(refreshTokens(uri, fetchImpl, failedToken)).pipe(
        switchMap((ok) => {
          if (!ok) {
            session.clear();
            return new Observable<ApolloLink.Result>((o) => o.error(error));
          }
          operation.setContext({ retried: true });
          return forward(operation);
        }),
      );
    }
    if (hadToken && codes.some((c) => SIGNED_OUT_CODES.has(c) || c === 'TOKEN_EXPIRED')) session.clear();
  });
}

/** Adds the bearer token of the current session (read per request: it rotates). */
const authLink = new ApolloLink((operation, forward) => {
  const token = session.accessToken();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    hadToken: !!token,
    accessToken: token,
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
  return forward(operation);
});

export { CONSOLE_CLIENT_NAME, sha256Hex };

/**
 * Trusted documents: each operation is sent by its id (the sha256 of its text, registered at build
 * time in packages/schema/persisted-operations.json by `pnpm codegen`); the server answers
 * PERSISTED_QUERY_NOT_FOUND for an id it does not know and the link resends the full document.
 */
function persistedLink(): ApolloLink[] {
  return typeof crypto !== 'undefined' && crypto.subtle ? [new PersistedQueryLink({ sha256: sha256Hex })] : [];
}

/** The one Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions, same path. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const http = ApolloLink.from([
    createAuthErrorLink(uri),
    authLink,
    ...persistedLink(),
    new HttpLink({ uri, headers: { 'apollographql-client-name': CONSOLE_CLIENT_NAME } }),
  ]);
  const wsUrl = new URL(uri, window.location.href);
  wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const wsClient = createClient({
    url: wsUrl.toString(),
    lazy: true,
    retryAttempts: 10,
    // Read at every (re)connection: the server authenticates the socket once, from these params.
    connectionParams: () => {
      const token = session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const ws = new GraphQLWsLink(wsClient);
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  // A refreshed token, a sign-out or another sign-in must not keep the old socket (and its user):
  // terminating it makes graphql-ws reconnect with the current token and resubscribe. A new sign-in
  // starts from an empty cache: nothing cached belongs to the new viewer.
  let signedIn = session.isSignedIn();
  session.subscribe(() => {
    wsClient.terminate();
    if (session.isSignedIn() && !signedIn) void client.clearStore();
    signedIn = session.isSignedIn();
  });
  return client;
}

let consoleClient: ApolloClient | undefined;

/** The console's one client, made when the staff console first loads (the sign-in page has none). */
export function getConsoleClient(): ApolloClient {
  consoleClient ??= createApolloClient();
  return consoleClient;
}
