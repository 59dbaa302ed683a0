/**
 * The one error type the domain throws. `code` becomes `extensions.code` on the wire; `field`
 * names the input field at fault so forms can show the message beside it.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  SESSION_REVOKED: 'SESSION_REVOKED',
  PHONE_TAKEN: 'PHONE_TAKEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The `X-Api-Key` names no app, or a key that has expired after a rotation (HTTP 401). */
  APP_KEY_INVALID: 'APP_KEY_INVALID',
  /** The `X-Api-Key` names an app whose key was revoked (HTTP 401). */
  APP_KEY_REVOKED: 'APP_KEY_REVOKED',
  /** The app's or user's cost budget is spent: retry after `Retry-After` seconds (HTTP 429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** This client must send a registered (persisted) document: TRUSTED_DOCUMENTS (HTTP 400). */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  /** The database cannot be reached right now: retry after `Retry-After` seconds. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface DomainErrorOptions {
  field?: string;
  /** A module's reason for the code (`extensions.reason`), e.g. 'TICKET_BIND_HOUSEHOLD_FIRST'. */
  reason?: string;
  /** Extra machine-readable facts (never personal data or echoed input). */
  details?: Record<string, string | number | boolean | null>;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
export const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first');

/**
 * A module's reason (`extensions.reason`): a stable name for one domain failure a client may want
 * to react to, under the generic `code` it is sent with.
 */
export interface ReasonSpec {
  readonly code: ErrorCode;
  /** One sentence for the contract (the `ErrorReason` enum and the mutations that raise it). */
  readonly description: string;
}
export interface Reason<R extends string = string> extends ReasonSpec {
  readonly reason: R;
}

/**
 * Declares a module's reasons (`<m>.errors.ts`): reason → { code, description }. Each entry also
 * carries its own name, so `fail(R.TICKET_X, …)` and `withReasons(…, [R.TICKET_X])` need no strings.
 */
export function defineReasons<const T extends Record<string, ReasonSpec>>(
  map: T,
): { readonly [K in keyof T & string]: Reason<K> } {
  return Object.fromEntries(Object.entries(map).map(([reason, spec]) => [reason, { reason, ...spec }])) as {
    [K in keyof T & string]: Reason<K>;
  };
}

/** The error of a declared reason: its code, the given English message, the reason on the wire. */
export const fail = (reason: Reason, message: string, options: Omit<DomainErrorOptions, 'reason'> = {}) =>
  new DomainError(reason.code, message, { ...options, reason: reason.reason });

/**
 * A mutation's description followed by the reasons it can raise, so the schema lists them
 * (`description: withReasons('Accept …', [R.TICKET_HANDLER_NOT_SERVING_PLACE])`).
 */
export function withReasons(description: string, reasons: readonly Reason[]): string {
  if (reasons.length === 0) return description;
  const list = reasons.map((r) => `${r.reason} (${r.code})`).join(', ');
  return `${description}\n\nError reasons (\`extensions.reason\`): ${list}.`;
}

/** Every module's reasons, registered by the composition root from the module manifests. */
const REASONS: Reason[] = [];
/** The `ErrorReason` enum's values and their contract text, filled as modules register. */
export const ErrorReasonValues: Record<string, string> = {};
export const errorReasonDescriptions: Record<string, { description: string }> = {};

/** Adds a module's reasons (its manifest's `errors`); a reason declared twice stops the start. */
export function registerReasons(map: Readonly<Record<string, Reason>>): void {
  for (const r of Object.values(map)) {
    if (r.reason in ErrorReasonValues) throw new Error(`Two modules declare the error reason '${r.reason}'`);
    REASONS.push(r);
    ErrorReasonValues[r.reason] = r.reason;
    errorReasonDescriptions[r.reason] = { description: `${r.description} Sent with code ${r.code}.` };
  }
}

/** Every registered reason, in module order. */
export const allReasons = (): readonly Reason[] => REASONS;
