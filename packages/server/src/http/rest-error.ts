import type { FastifyReply } from 'fastify';
import { type DomainError, ErrorCode } from '../common/errors.js';

/** The HTTP status a domain error is answered with on the REST routes (files, exports, .ics). */
export const REST_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.TOKEN_EXPIRED]: 401,
  [ErrorCode.SESSION_REVOKED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INVALID_TRANSITION]: 409,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * Answers a REST request that failed with a domain error, in the one shape every REST route uses:
 * `{ error: <code>, reason?: <module reason>, message }` with the code's status (and the
 * `WWW-Authenticate` challenge on 401).
 */
export function sendDomainError(reply: FastifyReply, err: DomainError): FastifyReply {
  const status = REST_STATUS[err.code] ?? 400;
  if (status === 401) reply.header('www-authenticate', 'Bearer');
  const body: { error: string; reason?: string; message: string } = { error: err.code, message: err.message };
  if (err.options.reason) body.reason = err.options.reason;
  return reply.code(status).send(body);
}
