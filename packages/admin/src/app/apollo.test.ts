import { ApolloClient, ApolloLink, execute, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthErrorLink, refreshTokens } from './apollo';
import { session } from './session';

const query = parse('query Me { me { id } }');

/** A terminating link that fails with TOKEN_EXPIRED until the token is the refreshed one. */
function fakeServer(seen: string[]) {
  return new ApolloLink(() => {
    const token = session.accessToken() ?? '';
    seen.push(token);
    return new Observable((o) => {
      if (token === 'new-access') o.next({ data: { me: { id: 'u1' } } });
      else o.next({ errors: [{ message: 'expired', extensions: { code: 'TOKEN_EXPIRED' } }] });
      o.complete();
    });
  });
}

function run(link: ApolloLink) {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return new Promise<unknown>((resolve, reject) => {
    execute(link, { query }, { client }).subscribe({ next: resolve, error: reject });
  });
}

describe('auth error link', () => {
  afterEach(() => session.clear());

  it('on TOKEN_EXPIRED refreshes once, stores the rotated tokens and retries', async () => {
    session.save({ accessToken: 'old-access', refreshToken: 'refresh-1' });
    const fetchImpl = vi.fn(async () =>
      Response.json({ data: { refreshSession: { accessToken: 'new-access', refreshToken: 'refresh-2' } } }),
    );
    const seen: string[] = [];
    const result = await run(ApolloLink.from([createAuthErrorLink('/graphql', fetchImpl), fakeServer(seen)]));
    expect(result).toEqual({ data: { me: { id: 'u1' } } });
    expect(seen).toEqual(['old-access', 'new-access']);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(session.refreshToken()).toBe('refresh-2');
  });

  it('signs out when the refresh fails (SESSION_REVOKED)', async () => {
    session.save({ accessToken: 'old-access', refreshToken: 'used' });
    const fetchImpl = vi.fn(async () =>
      Response.json({ data: null, errors: [{ message: 'reused', extensions: { code: 'SESSION_REVOKED' } }] }),
    );
    await expect(
      run(ApolloLink.from([createAuthErrorLink('/graphql', fetchImpl), fakeServer([])])),
    ).rejects.toBeTruthy();
    expect(session.isSignedIn()).toBe(false);
  });

  it('does not refresh again when another tab already rotated the tokens (stored token is not the failed one)', async () => {
    session.save({ accessToken: 'rotated-by-other-tab', refreshToken: 'refresh-2' });
    const fetchImpl = vi.fn(async () => Response.json({ data: null }));
    await expect(refreshTokens('/graphql', fetchImpl, 'old-access')).resolves.toBe(true);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(session.refreshToken()).toBe('refresh-2');
  });
});
