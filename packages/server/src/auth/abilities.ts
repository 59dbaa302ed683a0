import { DomainError, ErrorCode, fail, notFound, type Reason } from '../common/errors.js';
import { requireViewer } from './policy.js';
import type { Viewer } from './viewer.js';

/**
 * The one policy shape (after outline's `allow`/`authorize`/`serialize`): a module's policy names
 * what the viewer may do with one of its records, each ability a rule on (viewer, record). The
 * service asks `authorize`, the GraphQL type's `viewerCan` is `serialize` of the same map, so the
 * console's buttons and the server's checks are one table.
 */
export type Rule<R> = (viewer: Viewer, record: R) => boolean;

export interface Policy<R, A extends string> {
  /** The record's name in NOT_FOUND / FORBIDDEN messages. */
  what: string;
  /** May the viewer see the record at all? Not readable means NOT_FOUND: its existence is not revealed. */
  read: Rule<R>;
  /** Ability name → rule. Everything not listed is denied. */
  abilities: Record<A, Rule<R>>;
  /** The module's reason for a refusal of a readable record (`extensions.reason`, code FORBIDDEN). */
  forbidden?: Reason;
}

/** Declares a policy (a typed identity, so that a module's abilities are checked as a closed set). */
export const allow = <R, A extends string>(policy: Policy<R, A>): Policy<R, A> => policy;

/** Whether `viewer` may perform `ability` on `record` (false for nobody signed in). */
export function allowed<R, A extends string>(
  viewer: Viewer | null,
  policy: Policy<R, A>,
  ability: A,
  record: R,
): boolean {
  return viewer !== null && policy.abilities[ability](viewer, record);
}

/**
 * Asserts `ability` on `record`: UNAUTHENTICATED without a viewer, NOT_FOUND when they cannot even
 * read the record, FORBIDDEN when they can read it but not act on it.
 */
export function authorize<R, A extends string>(
  viewer: Viewer | null,
  policy: Policy<R, A>,
  ability: A,
  record: R,
): Viewer {
  const v = requireViewer(viewer);
  if (policy.abilities[ability](v, record)) return v;
  if (!policy.read(v, record)) throw notFound(policy.what);
  const message = `Not allowed to ${ability} this ${policy.what.toLowerCase()}`;
  throw policy.forbidden ? fail(policy.forbidden, message) : new DomainError(ErrorCode.FORBIDDEN, message);
}

/** The whole ability map evaluated for one record: what a type's `viewerCan` returns. */
export function serialize<R, A extends string>(
  viewer: Viewer | null,
  policy: Policy<R, A>,
  record: R,
): Record<A, boolean> {
  const out = {} as Record<A, boolean>;
  for (const a of Object.keys(policy.abilities) as A[]) out[a] = allowed(viewer, policy, a, record);
  return out;
}
