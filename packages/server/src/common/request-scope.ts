import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the code below a request knows about it without being handed it: its id (log lines, webhook
 * deliveries) and whether its reads must go to the primary database (read replicas, issue 20).
 * Entered by the HTTP layer for each request (app.ts); absent in jobs and at start, where reads
 * always go to the primary.
 */
export interface RequestScope {
  readonly requestId: string;
  /** Reads use the primary: a mutation started, or this request wrote something. */
  primary: boolean;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the request being served, or undefined outside one. */
export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;

/** From now on this request reads from the primary (a write or a mutation has begun). */
export function readFromPrimary(): void {
  const scope = requestScope.getStore();
  if (scope) scope.primary = true;
}

/** Whether a read may be answered by a replica: only inside a request that has not written. */
export function replicaReadAllowed(): boolean {
  const scope = requestScope.getStore();
  return scope !== undefined && !scope.primary;
}

/** Runs `work` with its reads on the primary (e.g. the session check: a revoked session must not pass on a lagging replica). */
export function onPrimary<T>(work: () => Promise<T>): Promise<T> {
  const scope = requestScope.getStore();
  if (!scope || scope.primary) return work();
  return requestScope.run({ requestId: scope.requestId, primary: true }, work);
}

/** A request id from a client or a proxy is kept if it is plain and of a sane length. */
export const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
