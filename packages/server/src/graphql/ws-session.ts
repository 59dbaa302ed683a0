import type { WebSocket } from 'ws';
import { SESSION_ENDED, type SessionEnded } from '../auth/session-events.js';
import type { AccessClaims } from '../auth/tokens.js';
import { DomainError } from '../common/errors.js';
import type { Services } from '../services.js';

/** graphql-ws close code for a connection whose session ended (4400-4499: the client does not retry). */
export const SESSION_ENDED_CLOSE = 4401;

/**
 * Keeps an open graphql-ws connection tied to the session that opened it: when this process ends
 * a session it says so at once (SESSION_ENDED), and every `checkMs` the connection re-checks its
 * session in the database (sessions ended by another process). An ended session closes the socket
 * with 4401 and the reason SESSION_REVOKED, so no further event reaches it.
 */
export async function watchSession(
  services: Services,
  socket: WebSocket,
  authorization: string | undefined,
  checkMs: number,
): Promise<void> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) return;
  let claims: AccessClaims;
  try {
    claims = await services.tokens.verifyAccess(match[1]);
    await services.loadViewer(claims);
  } catch {
    return; // not signed in: each operation answers UNAUTHENTICATED / SESSION_REVOKED itself
  }
  let checking = false;
  const check = async () => {
    if (checking || socket.readyState !== socket.OPEN) return;
    checking = true;
    try {
      // From the database: the check exists for sessions ended by another process, which this
      // process's viewer cache does not hear of (issue 20).
      await services.loadViewer(claims, { fresh: true });
    } catch (err) {
      // A database hiccup is not an ended session: only a definite answer closes the socket.
      if (err instanceof DomainError) socket.close(SESSION_ENDED_CLOSE, err.code);
    } finally {
      checking = false;
    }
  };
  const onEnded = (e: SessionEnded) => {
    if (e.userId === claims.userId && (!e.familyId || e.familyId === claims.sessionFamilyId)) void check();
  };
  const timer = setInterval(() => void check(), checkMs);
  timer.unref();
  services.auth.sessionEvents.on(SESSION_ENDED, onEnded);
  socket.once('close', () => {
    clearInterval(timer);
    services.auth.sessionEvents.off(SESSION_ENDED, onEnded);
  });
}
