import type { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/**
 * GraphiQL's fetcher: a JSON POST to the API with the headers of the headers editor (a Bearer token,
 * an X-Api-Key). No subscriptions (use graphql-ws for those); no cookies (the API reads headers only).
 */
export function explorerFetcher(url: string): Fetcher {
  return async (params, opts) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...opts?.headers },
      body: JSON.stringify(params),
      credentials: 'omit',
    });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
    }
  };
}
